/**
 * What each sentence does in the story: who acts, whether it tells of the failure, the fix, the
 * cost, the lesson or the change that followed. The section inference and most rules read these
 * signals instead of matching words on their own, so "understanding" lives in one place.
 */
import type { MatchableWord, PhraseMatch } from './phrase-language.js';
import { PhraseSet } from './phrase-trie.js';
import { fingerprintOf, loadSavedSet, saveSet } from './phrase-file.js';
import { OTHERS, WORD_CLASSES, negatedBefore } from './lexicon.js';

export interface SentenceSignals {
  /** The speaker is a grammatical subject ("I", "I'm", "I've"). */
  readonly speakerSubject: boolean;
  /** "we" or "the team" is a subject. */
  readonly groupSubject: boolean;
  /** The sentence tells of something going wrong. */
  readonly failure: boolean;
  /** The speaker owns a failure here ("I missed", "my mistake", "I should have"). */
  readonly ownedFailure: boolean;
  /** Something done to fix, contain or own up to the damage. */
  readonly remedy: boolean;
  /** A remedy whose subject is the speaker ("I rolled back", "so I called her"). */
  readonly ownedRemedy: boolean;
  /** A lesson or takeaway. */
  readonly lesson: boolean;
  /** The speaker did something: "I" followed closely by a past-tense verb of action. */
  readonly speakerAction: boolean;
  /** What is done differently now, or proof the lesson stuck. */
  readonly prevention: boolean;
  /** The speaker changed how things are done ("I wrote a checklist"): prevention when it follows the lesson. */
  readonly change: boolean;
  /** The goal, the task or the speaker's responsibility. */
  readonly goal: boolean;
  /** Scene-setting: when, where, which role. */
  readonly setting: boolean;
  /** How things turned out. */
  readonly outcome: boolean;
  /** A consequence or cost. */
  readonly cost: boolean;
  /** Source ranges of the failure wording ("missed", "without warning", "wrong"), quoted words included. */
  readonly failureWording: readonly { readonly start: number; readonly end: number }[];
}

/** Verbs of getting it wrong. Owned when the clause's subject is the speaker ("I … skipped"). */
const FAILURE_VERBS: readonly string[] = [
  'failed|missed|forgot|overlooked|underestimated|overestimated|misjudged|misread|misunderstood|broke|deleted|dropped|ignored|skipped|rushed|assumed|neglected|botched|miscalculated|misconfigured|overcommitted|mishandled|lost|blew|overpromised|overwrote|wiped|approved|merged|shipped|pushed|published|sent|signed|copied|ordered|imported|scheduled|booked|promised|agreed|let',
  "didn't|hadn't|never|wasn't|couldn't|wouldn't",
  'did|had|was not',
  'failed to',
  'made|make a|an|the|that|one|two|several|some bad|wrong|poor|big|serious|costly|critical|rookie|classic? mistake|mistakes|error|errors|call|decision|assumption|choice|misjudgment',
  'caused|introduced|created the|a|an|this|that problem|bug|error|mess|issue|outage|delay|confusion',
];

/** Verbs above that are only a failure when the sentence also says something went wrong ("I shipped" vs "I shipped it without tests"). */
const CONTEXT_VERBS = new Set([
  'approved',
  'merged',
  'shipped',
  'pushed',
  'published',
  'sent',
  'signed',
  'copied',
  'ordered',
  'imported',
  'scheduled',
  'booked',
  'promised',
  'agreed',
  'let',
  'assumed',
]);

const FAILURE: readonly string[] = [
  'mistake|mistakes|error|errors|failure|failures|fail|failed|failing|blunder|oversight|fiasco|flop|flopped|typo|typos',
  'went wrong',
  'go wrong',
  'gone wrong',
  'fell apart',
  'fell through',
  'blew up',
  'backfired',
  'broke|broken|breaking',
  'crash*',
  'outage',
  'outages',
  'bug',
  'bugs',
  'incident',
  'missed|miss|missing',
  'slipped',
  'overran',
  'over budget',
  'lost',
  'dropped the ball',
  'forgot|forgotten',
  'overlooked',
  'underestimat*',
  'overestimat*',
  'misjudg*',
  'skipped',
  'misread',
  'miscalculat*',
  'misconfigur*',
  'misunderstood',
  'deleted',
  'wiped',
  'corrupted',
  'contaminated',
  'leaked',
  'cracked',
  'jammed',
  'wrong',
  'late',
  'rejected',
  'regression',
  'derailed',
  'botched',
  'should have',
  "should've",
  'too late',
  'off track',
  'lapsed',
  'expired',
  // An omitted check or step is a failure whoever the subject turns out to be.
  "(didn't|did not|never|failed to|forgot to|neglected to) @adv? (check|test|ask|confirm|read|verify|consider|plan|look|review|tell|warn|update|notice|catch|think|follow up|back up|double-check|escalate|flag|push back|account for)",
  'too fast|quickly|early|soon|much|many|little|few|optimistic|ambitious|aggressive|slowly',
  'poor|bad|wrong|costly|rushed call|decision|decisions|choice|choices|fit|fits|estimate|estimates',
];

/** Omissions that attach to the clause's subject: "I built it without checking…" is the speaker's own. */
const OMISSION: readonly string[] = [
  'without (checking|testing|asking|telling|walking|confirming|reading|reviewing|consulting|verifying|running|warning|talking|a|any|proper|the right|the proper|the correct|the required|the necessary|enough)',
  'instead of (asking|checking|testing|sitting|talking|confirming|waiting|reading|listening)',
];

const OWNED_FAILURE: readonly string[] = [
  'my (mistake|mistakes|error|errors|fault|failure|oversight|responsibility|call|decision|miss|assumption|blind spot|misjudgment)',
  "i (should have|should've)",
  "i (could have|could've)",
  'that|it|this was on me',
  'on me',
  'i own|owned it|that|this|the',
  'i take|took full|complete? responsibility|ownership',
  'i was wrong',
  'i let * down',
  'i let the|my * down',
  'i was the one who|that',
  'because of me',
  'it was my',
  'i accidentally|mistakenly|wrongly *',
  "i wasn't prepared|ready|careful",
];

const REMEDY_VERBS = [
  'fix|fixed|fixes|fixing',
  'rolled|roll ..3 back',
  'reverted|revert*',
  'restor*',
  'apolog*',
  'flagged|flag',
  'escalat*',
  'admitted|admit',
  'owned up',
  'owned it|the|my|that|this',
  'patched',
  'recovered',
  'repaired',
  'corrected',
  'redid|re-did|redo',
  'reworked|rework',
  'rebuilt|rewrote|rewrite|rebuild',
  'salvaged',
  'contained',
  'mitigat*',
  'paused',
  'halted',
  'refunded',
  'renegotiat*',
  'rescoped|re-scoped',
  'reprioriti*',
  'triaged',
  'reset',
  'reran|re-ran',
  'resent|re-sent',
  'backfilled',
  'reconciled',
  '(called|phoned|emailed|told|informed|notified|warned|contacted|alerted|briefed|updated|messaged|wrote to|met with|sat down with|went to|reached out|raised it|raised the)',
  'arranged|rearranged|rescheduled|rebooked|replanned|re-planned|redesigned',
  'offered',
  'proposed',
  'volunteered',
  'stayed late|up|on|behind|back',
  'worked (through|late|overnight|nights|weekends|the weekend|with|closely)',
  'spent the|that|two|three|a|every|my (rest of the)? night|nights|weekend|weekends|evening|evenings|day|days|week|weeks|morning|afternoon|hours|month|months',
  'cleaned up',
  'pulled the|it|back',
  'stopped the',
  'came clean',
  'asked for help',
  'put together a|an',
  'set up a|an',
  'scheduled a|an',
  'drafted a|an',
  'walked them|the|her|him|everyone through',
  'took ownership|responsibility|the blame',
  'made it right',
  'made things right',
  'made up for',
  'went back',
  'hand-checked|double-checked|rechecked|re-checked|audited',
  'brought in|on',
  'paired with',
  'delivered the|it',
  'shipped a|the fix|patch',
  'reported it|the|my|this|that',
  'filed a|an',
  'logged it|the|a',
  'disclosed',
  'confessed',
  'replaced',
  'restarted',
  'rolled out a fix',
  'gave (them|her|him|the client|the customer)',
];

/** Remedies that name no subject of their own: purpose clauses and "my first step". */
const REMEDY_FRAMES: readonly string[] = [
  'to fix it|this|that|the',
  'to make it|things right',
  'to make up for',
  'to repair',
  'to recover',
  'to contain',
  'to limit the|its',
  'my first step|move|call|priority|job was',
  'the first thing i did',
  'i immediately *',
  'we immediately *',
];

const LESSON: readonly string[] = [
  'i|we @adv? learned|learnt|learn',
  'i|we @adv? realized|realised|understood|discovered|recognized|recognised|saw that|how|why',
  "(i've|we've|i have|we have) @adv? learned|learnt|realized|realised",
  'lesson|lessons|takeaway|takeaways|insight|moral',
  'taught|teaches|showed|shows|reminded me',
  'made me realize|realise|see|understand|rethink',
  '@self understand|know|see now',
  'now @self understand|know|see',
  'i came|took away',
  'what i took from',
  'it was a lesson',
  'the biggest thing',
  'i learned|learnt the hard way',
  'the point is',
  'it turned out that i',
  'i now believe|know|treat|see|think',
];

/** Reflection openers: a lesson only when the speaker owns something in the same breath. */
const HINDSIGHT: readonly string[] = ['in hindsight', 'looking back', 'with hindsight', 'in retrospect', 'if i could go back'];

const PREVENTION: readonly string[] = [
  'now @self',
  '@self now',
  'these days',
  'today @self',
  'since then',
  'ever since',
  'since that',
  'from then on',
  'from that day|point|moment',
  'going forward',
  'next time',
  '(on|in|during|by|at|with|over) the|my|our next|following|subsequent project|projects|release|releases|launch|quarter|sprint|time|year|team|job|role|migration|migrations|cycle|deadline|review|one|two|three|few|event|campaign|season|semester|term|audit|contract',
  'i|we always',
  '@self never * anymore',
  'no longer',
  "i've|we've since",
  'i|we have since',
  "(i have|i've) @adv? made it a",
  'i make sure',
  'if @self did|faced|had|were it|this|that? again',
  'if i could do it|this|that? again|over',
  "(i would|we would|i'd|we'd) @adv? do|handle|approach|have it|things|this|that? differently",
  'i|we ..4 differently',
  'never happened again',
  "(hasn't|has not|haven't|have not) happened|recurred|repeated|slipped|missed|had ..3 since",
  'it stuck',
  'that habit',
  'the habit',
  'a habit',
  'it paid off',
  'paid off',
  'ever again',
  'every time',
  'whenever',
];

/** "Two months later I…": proof the lesson stuck, when the speaker acts in that sentence. */
const LATER: readonly string[] = [
  'a|one|two|three|four|six|few|couple|several * later',
  '@number? @number? months|weeks|years|quarters|days later',
  'later that|the year|quarter|month',
];
const OPENERS_OF_NOW = new Set(['now', 'nowadays', 'today', 'currently', 'these']);

/** What the speaker does as a matter of course: prevention only with a marker of routine beside it. */
const HABIT: readonly string[] = [
  'i|we @adv? keep|run|make|use|block|ask|check|schedule|write|share|send|insist|build|require|book|review|test|confirm|plan|include|start|set|put|read|print|place|compare|pilot|list|give|treat|document|track|flag|raise|follow|hold|budget|add|walk|call|email|save|back|sign|initial|search|rehearse|timebox|pair',
];
const ROUTINE = new Set([
  'every',
  'each',
  'always',
  'before',
  'whenever',
  'now',
  'first',
  'routinely',
  'weekly',
  'daily',
  'monthly',
  'never',
  'any',
  'until',
]);

/** A routine marker in the habit's own clause ("I check every…", "before I send, I…"). */
function routineNear(words: readonly MatchableWord[], start: number, end: number): boolean {
  for (let i = Math.max(0, start - 4); i < Math.min(words.length, end + 6); i++) {
    const norm = words[i]!.norm;
    if (ROUTINE.has(norm) && !(norm === 'always' && words[i + 1]?.norm === 'been')) return true;
  }
  return false;
}

/** Past changes to how the speaker works: prevention when they follow the lesson. */
const CHANGE: readonly string[] = [
  '@self|we @adv? (started|began) *ing|to',
  '@self|we @adv? introduced|instituted|adopted|built|created|added|wrote|established|changed|proposed|suggested|automated|standardised|standardized|redesigned|rewrote|set|put|made',
];

const GOAL: readonly string[] = [
  'my job|role|task|goal|responsibility|responsibilities|assignment|remit|brief|mandate|target|objective|mission|part|aim|duty|duties|number|quota',
  'one of my duties|responsibilities|jobs|tasks',
  'responsible for',
  'in charge of',
  'charged with',
  'tasked with',
  'i was @adv? responsible|accountable|tasked|asked|hired|brought|assigned|supposed|meant|expected|leading|running|managing|heading|owning|coordinating|charged|chosen|put|given|in',
  'i was the lead|owner|manager|pm|point|only|sole|analyst|engineer|developer|designer',
  'i @adv? (led|owned|managed|ran|headed|coordinated|oversaw|inherited|took over|looked after|took care of|handled|supervised)',
  // "…and owned their renewals": a second verb of responsibility in the speaker's clause.
  'and|then (owned|managed|led|ran|oversaw|looked after|was responsible for)',
  'i @adv? (volunteered|agreed|promised|committed|offered|planned|set out|needed|had|wanted|tried|was) to',
  'the goal|aim|objective|target|plan|deadline|mission|task|job|brief|idea|ask was',
  'we @adv? (needed|had|wanted|planned|aimed|hoped|promised|committed|were supposed|were meant|were asked) to',
  'was due',
  'were due',
  'in order to',
  'so that',
  'i needed to',
  'i had to deliver|ship|launch|finish|build|prepare|present',
  'i had @number * to',
  "i'd promised|committed|agreed",
  'were counting on',
];

const SETTING: readonly string[] = [
  'at my last|previous|first|old|current job|role|company|employer|internship|startup',
  '@self was working|worked|joined|started|interned',
  'a few|couple|two|three|several? years|months ago',
  'early|earlier|late in my career',
  'when @self was|first|joined|started',
  'back in',
  'last year|spring|summer|autumn|fall|winter|quarter',
  'at the time',
  'during my',
  'while @self was',
  'in my first|second|third|last|previous',
  'i was a|an',
  'i worked as|at|for|on',
  'our team|company|startup|group|department',
  'in 19*|20*',
  'i was * years',
  'years ago',
  'one time',
  // "As a night-shift nurse at a…": the role that opens many answers.
  'as a|an ..4 at|for|in|on|with',
];

const OUTCOME: readonly string[] = [
  'as a result',
  'in the end',
  'ultimately',
  'eventually',
  'the result|outcome|upshot|fallout|impact|consequence was|were',
  'by the end',
  'it cost',
  'in total',
  'all told',
  'finally',
  'we|i ended up',
  'we|i still|eventually|finally? shipped|launched|delivered|kept|saved|recovered|retained|hit|met|closed|won|lost|finished',
  'the client|customer|team|manager|project (stayed|renewed|agreed|accepted|signed|shipped|launched|recovered|went live)',
  'went live',
  'result|results|outcome|outcomes',
  'afterwards|afterward',
  'in the aftermath',
  'the damage was',
];

const COST: readonly string[] = [
  'lost|lose|losing|cost|costing|costs|wasted|waste',
  'missed|miss the|our|a|its|their|two|three ..1 deadline|deadlines|launch|target|window|date|milestone|quarter|goal|sla|release|handoff',
  'slipped|delayed|postponed|cancelled|canceled|scrapped|abandoned',
  'pushed back',
  'pulled the',
  'outage|outages|downtime|incident|incidents|refund|refunds|refunded|churn|churned|complaint|complaints|complained|penalty|penalties|fined|rework|overtime|damage|damaged|breach|escalation|escalated',
  "customers|users|clients|patients|students|readers|shoppers|guests|members|callers|staff (couldn't|could not|can't|cannot|were unable|lost|left|complained|churned|cancelled|canceled|waited|were charged|were overcharged|were underpaid|were told|saw errors|got the wrong|received the wrong|had to wait)",
  'affected|impacted',
  '(calls|tickets|complaints|errors|returns|cancellations|churn|bugs|incidents|escalations|refunds) ..6 (tripled|doubled|quadrupled|spiked|surged|jumped|soared|rose|increased|climbed)',
  'revenue|budget|budgets|dollars|euros|pounds|funding',
  'lost|lose|losing the|a|our|that|their ..1 contract|deal|account|client|customer|sale|sales',
  'angry|furious|upset|frustrated|disappointed|unhappy|embarrass*|humiliat*|trust|reputation|credibility|confidence',
  'had to re*',
  'had to work|refund|delay|push|stay|cancel|start|throw|scrap|apologize|apologise|explain|pay|absorb|close|shut|stop|pull|recall|replace',
  '(got|received|earned|ended up with) a|an? lower|worse|poor|failing|bad|low grade|mark|score|rating|review|result|reviews|grades|marks',
  'it took @number? @number? @period',
  'hours|days|weeks|months of',
  'down for',
  'went down',
  'crashed',
  '(ran|was|were|came in|finished|delivered|shipped|launched|went out|arrived) @adv? late',
  '(day|days|week|weeks|month|months|hour|hours) late',
  'delay|delays|appeal|appeals|appealed',
  '(behind schedule|over budget)',
  '(nobody|no one) used',
  "(didn't|did not) sell|convert|launch|ship|land|work",
];

const SPEAKER = new Set(['i', "i'm", "i've", "i'd", "i'll"]);
const IRREGULAR_ACTIONS = new Set([
  'ran',
  'went',
  'took',
  'made',
  'gave',
  'told',
  'held',
  'sent',
  'spent',
  'wrote',
  'rewrote',
  'brought',
  'set',
  'put',
  'met',
  'sat',
  'found',
  'built',
  'rebuilt',
  'drove',
  'bought',
  'kept',
  'caught',
  'stood',
  'paid',
  'led',
  'rang',
  'flew',
  'cut',
  'shut',
  'began',
  'dug',
  'drew',
  'redid',
  'undid',
  'won',
  'swapped',
  'split',
  'read',
  'quit',
  'sought',
]);
const NOT_ACTIONS = new Set([
  'learned',
  'realised',
  'realized',
  'assumed',
  'believed',
  'hoped',
  'wanted',
  'needed',
  'liked',
  'loved',
  'preferred',
  'seemed',
  'used',
  'tried',
  'failed',
  'missed',
  'forgot',
  'overlooked',
  'underestimated',
  'ignored',
  'skipped',
  'rushed',
  'neglected',
  'joined',
  'started',
  'worked',
  'managed',
  'owned',
  'noticed',
  'panicked',
  'froze',
  'blamed',
  'expected',
  'decided',
  'agreed',
  'promised',
  'planned',
  'signed',
  'approved',
  'designed',
  'built',
  'wrote',
]);

/** "I called", "I then rolled", "I quietly rebuilt": the speaker acting, by the verb that follows "I". */
function speakerActs(words: readonly (MatchableWord & { quoted: boolean })[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.norm !== 'i' || words[i]!.quoted) continue;
    for (let j = i + 1; j <= i + 2 && j < words.length; j++) {
      const norm = words[j]!.norm;
      if (NOT_ACTIONS.has(norm)) break;
      if (IRREGULAR_ACTIONS.has(norm) || (norm.length > 4 && norm.endsWith('ed'))) return true;
    }
  }
  return false;
}
const GROUP_SUBJECT: readonly string[] = ["we|we've|we'd|we're|we'll", 'the|our team|group|squad'];

/**
 * Every signal's phrases in one trie, matched in one pass per sentence; each signal keeps its
 * own leftmost-longest matches. A remedy verb counts when its clause's subject is the speaker
 * or the speaker's group; a failure verb is the speaker's own when its subject is "I".
 */
export const SIGNAL_LISTS: Readonly<Record<string, readonly string[]>> = {
  'signal/failureVerbs': FAILURE_VERBS,
  'signal/failure': FAILURE,
  'signal/omission': OMISSION,
  'signal/ownedFailure': OWNED_FAILURE,
  'signal/remedy': REMEDY_VERBS,
  'signal/remedyFrames': REMEDY_FRAMES,
  'signal/lesson': LESSON,
  'signal/hindsight': HINDSIGHT,
  'signal/prevention': PREVENTION,
  'signal/later': LATER,
  'signal/habit': HABIT,
  'signal/change': CHANGE,
  'signal/goal': GOAL,
  'signal/setting': SETTING,
  'signal/outcome': OUTCOME,
  'signal/cost': COST,
  'signal/groupSubject': GROUP_SUBJECT,
};

const SIGNAL_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(SIGNAL_LISTS).map((key) => [key.slice('signal/'.length), key]),
);
const NONE: PhraseMatch[] = [];

const SIGNAL_BOOK_FILE = new URL('./signal-book.json', import.meta.url);
const signalBookFingerprint = (): string => fingerprintOf([SIGNAL_LISTS, WORD_CLASSES]);

/**
 * The signal lists compiled into one phrase set, on first use: loaded from the copy the build
 * saves beside the code while the lists are unchanged, compiled from them otherwise.
 */
export const signalPhrases: () => PhraseSet = (() => {
  let compiled: PhraseSet | null = null;
  return () => (compiled ??= loadSavedSet(SIGNAL_BOOK_FILE, signalBookFingerprint()) ?? PhraseSet.fromTagged(SIGNAL_LISTS, WORD_CLASSES));
})();

/** Build step: saves the compiled signal lists beside the code; returns the file's path. */
export function saveSignalBook(): string {
  saveSet(SIGNAL_BOOK_FILE, signalBookFingerprint(), PhraseSet.fromTagged(SIGNAL_LISTS, WORD_CLASSES));
  return SIGNAL_BOOK_FILE.pathname;
}

/** Matches that do not touch quoted words: the speaker's own language only. */
export function unquoted(matches: readonly PhraseMatch[] | undefined, words: readonly { quoted: boolean }[]): PhraseMatch[] {
  if (!matches) return [];
  if (!words.some((w) => w.quoted)) return matches as PhraseMatch[];
  return matches.filter((m) => {
    for (let i = m.start; i < m.end; i++) if (words[i]!.quoted) return false;
    return true;
  });
}

const SUBJECT_WORDS = new Set(['i', 'we', 'he', 'she', 'they', 'you', 'it', 'nobody', 'everyone', 'someone']);
const OBJECT_FORMS = new Set(['him', 'her', 'them', 'their', 'his']);
const OTHER_PEOPLE = new Set(OTHERS.filter((w) => !OBJECT_FORMS.has(w)));
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'so',
  'then',
  'because',
  'when',
  'while',
  'after',
  'before',
  'until',
  'since',
  'if',
  'although',
  'though',
  'that',
  'who',
  'once',
  'as',
]);
const DETERMINERS = new Set([
  'the',
  'my',
  'our',
  'a',
  'an',
  'their',
  'his',
  'her',
  'one',
  'two',
  'three',
  'some',
  'several',
  'both',
  'all',
  'every',
]);

/** A noun for a person opens a clause ("my manager said", "and the client agreed") rather than ending one ("I called the client"). */
function opensClause(words: readonly MatchableWord[], i: number): boolean {
  let j = i - 1;
  // Allow one modifier between a determiner and the noun: "my new manager", "the support lead".
  const modifier = words[j];
  if (
    j >= 1 &&
    modifier &&
    DETERMINERS.has(words[j - 1]!.norm) &&
    !DETERMINERS.has(modifier.norm) &&
    !CLAUSE_OPENERS.has(modifier.norm) &&
    !SUBJECT_WORDS.has(modifier.norm)
  )
    j--;
  while (j >= 0 && DETERMINERS.has(words[j]!.norm)) j--;
  return j < 0 || CLAUSE_OPENERS.has(words[j]!.norm);
}

const AUXILIARIES = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'does',
  'did',
  'should',
  "wasn't",
  "isn't",
  "weren't",
  "hasn't",
  "hadn't",
  "didn't",
  "doesn't",
]);
const AMBIGUOUS_PRONOUNS = new Set(['it', 'you']);

/** "it was", "you had": the pronoun is a subject only when a verb follows it. */
function actsAsSubject(words: readonly MatchableWord[], i: number): boolean {
  const next = words[i + 1]?.norm ?? '';
  return AUXILIARIES.has(next) || /ed$/.test(next);
}

/**
 * The subject of the clause that word `index` sits in, looking backwards: "i", "we", "other"
 * (a person such as "my manager"), "thing" (a noun subject such as "the deadline was"), a
 * pronoun, or null. Enough to tell "I skipped" from "we skipped" and "the vendor skipped".
 */
function nearestSubject(words: readonly MatchableWord[], index: number): string | null {
  for (let i = index; i >= 0; i--) {
    const norm = words[i]!.norm;
    if (norm === "i'm" || norm === "i've" || norm === "i'd") return 'i';
    if (norm === "we're" || norm === "we've" || norm === "we'd") return 'we';
    if (SUBJECT_WORDS.has(norm)) {
      if (AMBIGUOUS_PRONOUNS.has(norm) && !actsAsSubject(words, i)) continue;
      return norm;
    }
    if (norm === 'team' && (words[i - 1]?.norm === 'our' || words[i - 1]?.norm === 'the')) return 'we';
    if (OTHER_PEOPLE.has(norm) && opensClause(words, i)) return 'other';
    // "the deadline was": a verb whose own subject is a noun closes the search.
    if (
      AUXILIARIES.has(norm) &&
      i > 0 &&
      !SUBJECT_WORDS.has(words[i - 1]!.norm) &&
      !/^(i|we)'/.test(words[i - 1]!.norm) &&
      !['not', 'never', 'also', 'then', 'just', 'really', 'still', 'already'].includes(words[i - 1]!.norm)
    )
      return 'thing';
  }
  return null;
}

/** Besides a negator, words that deny a failure word after them ("zero errors", "to avoid a delay"). */
const DENYING = new Set(['without', 'zero', 'avoid', 'avoided', 'prevent', 'prevented']);

/** "no errors", "without missing a deadline": the failure word is denied. */
function negatedAt(words: readonly MatchableWord[], start: number): boolean {
  return negatedBefore(words, start, 3, DENYING);
}

/** "later than I should have", "I've always been": not a change in behaviour. */
function falsePrevention(words: readonly MatchableWord[], end: number): boolean {
  const next = words[end]?.norm;
  return next === 'than' || next === 'been' || next === 'had';
}

/** "Nothing I could have done", "anything I could have": not an admission. */
function isDenied(words: readonly MatchableWord[], start: number): boolean {
  const before = words[start - 1]?.norm;
  return before === 'nothing' || before === 'anything' || before === 'what';
}

/** The signals of one sentence, from its words (as tokenised by the parser) and its text. */
export function computeSignals(
  words: readonly (MatchableWord & { quoted: boolean; start: number; end: number })[],
  text: string,
): SentenceSignals {
  const byTag = signalPhrases().matchAllByTag(words);
  const speakerSubject = words.some((w) => !w.quoted && SPEAKER.has(w.norm));
  const quoted = words.some((w) => w.quoted);
  const hits = (tag: string): PhraseMatch[] => {
    const found = byTag.get(SIGNAL_KEYS[tag] ?? `signal/${tag}`);
    return found === undefined ? NONE : quoted ? unquoted(found, words) : found;
  };
  const found = (tag: string): boolean => hits(tag).length > 0;
  const failureVerbs = hits('failureVerbs').filter((m) => !negatedAt(words, m.start));
  const omissions = hits('omission');
  const plainFailure = omissions.length > 0 || hits('failure').some((m) => !negatedAt(words, m.start));
  const ownedVerb = failureVerbs.some(
    (m) => nearestSubject(words, m.start - 1) === 'i' && (!CONTEXT_VERBS.has(words[m.start]!.norm) || plainFailure),
  );
  const ownedOmission = omissions.some((m) => nearestSubject(words, m.start - 1) === 'i');
  const ownedFailure = ownedVerb || ownedOmission || hits('ownedFailure').some((m) => !isDenied(words, m.start));
  const subjects = hits('remedy').map((m) => nearestSubject(words, m.start - 1));
  const framed = found('remedyFrames');
  const ownedRemedy = framed || subjects.includes('i');
  const remedy = ownedRemedy || subjects.includes('we');
  return {
    speakerSubject,
    groupSubject: found('groupSubject'),
    failure: ownedFailure || plainFailure,
    ownedFailure,
    remedy,
    ownedRemedy,
    speakerAction: speakerActs(words),
    lesson: found('lesson') || (ownedFailure && found('hindsight')),
    prevention:
      hits('prevention').some((m) => !falsePrevention(words, m.end)) ||
      (speakerSubject && OPENERS_OF_NOW.has(words[0]?.norm ?? '') && !words[0]!.quoted) ||
      (speakerSubject && hits('later').some((m) => !falsePrevention(words, m.end))) ||
      hits('habit').some((m) => routineNear(words, m.start, m.end)),
    change: found('change'),
    goal: found('goal'),
    setting: found('setting'),
    outcome: found('outcome'),
    cost: found('cost') || /[$€£]\s?\d|\d\s?(?:%|percent|k\b)/.test(text),
    failureWording: failureWording(words, byTag),
  };
}

const FAILURE_TAGS = ['signal/failure', 'signal/failureVerbs', 'signal/omission'];

function failureWording(
  words: readonly { start: number; end: number }[],
  byTag: ReadonlyMap<string, PhraseMatch[]>,
): { start: number; end: number }[] {
  return FAILURE_TAGS.flatMap((key) => (byTag.get(key) ?? NONE).map((m) => ({ start: words[m.start]!.start, end: words[m.end - 1]!.end })));
}

/** Source ranges of a sentence's failure wording ("missed", "without warning", "wrong"), for clause-level readings. */
export function failureSpans(sentence: { readonly signals: SentenceSignals }): readonly { start: number; end: number }[] {
  return sentence.signals.failureWording;
}
