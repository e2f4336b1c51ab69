/**
 * The word lists behind the answer signals (signals.ts): what counts as a failure, a remedy, a lesson,
 * a prevention, the stakes, the setting and the goal. Data only; the phrase language is described in
 * phrase-language.ts, and the lists are compiled into the signal book at build time.
 */

/** Verbs of getting it wrong. Owned when the clause's subject is the speaker ("I … skipped"). */
// biome-ignore format: a word list reads best packed, several entries a line
const FAILURE_VERBS: readonly string[] = [
  'failed|missed|forgot|overlooked|underestimated|overestimated|misjudged|misread|misunderstood|broke|deleted|dropped|ignored|skipped|rushed|assumed|neglected|botched|miscalculated|misconfigured|overcommitted|mishandled|lost|blew|overpromised|overwrote|wiped|approved|merged|shipped|pushed|published|sent|signed|copied|ordered|imported|scheduled|booked|promised|agreed|let',
  "didn't|hadn't|never|wasn't|couldn't|wouldn't", 'did|had|was not', 'failed to',
  'made|make a|an|the|that|one|two|several|some bad|wrong|poor|big|serious|costly|critical|rookie|classic? mistake|mistakes|error|errors|call|decision|assumption|choice|misjudgment',
  'caused|introduced|created the|a|an|this|that problem|bug|error|mess|issue|outage|delay|confusion',
];

/** Verbs above that are only a failure when the sentence also says something went wrong ("I shipped" vs "I shipped it without tests"). */
// biome-ignore format: a word list reads best packed, several entries a line
export const CONTEXT_VERBS = new Set([
  'approved', 'merged', 'shipped', 'pushed', 'published', 'sent', 'signed', 'copied', 'ordered', 'imported', 'scheduled', 'booked',
  'promised', 'agreed', 'let', 'assumed',
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

// biome-ignore format: a word list reads best packed, several entries a line
const OWNED_FAILURE: readonly string[] = [
  'my (mistake|mistakes|error|errors|fault|failure|oversight|responsibility|call|decision|miss|assumption|blind spot|misjudgment)',
  "i (should have|should've)", "i (could have|could've)", 'that|it|this was on me', 'on me', 'all on us', 'i own|owned it|that|this|up',
  // "I owned the mistake", not "I owned the renewal": owning a task is no failure owned.
  'i own|owned the|my (mistake|mistakes|error|errors|failure|oversight|miss|call|decision|outcome|result|problem|fallout|consequences|root cause)',
  'i take|took full|complete? responsibility|ownership', 'i was wrong', 'i let * down', 'i let the|my * down', 'i was the one who|that',
  'because of me', 'it was my', 'i accidentally|mistakenly|wrongly *', "i wasn't prepared|ready|careful",
  // "I did something I now see was a mistake": the speaker's act judged a mistake in hindsight.
  'i now? see|know|realise|realize|recognise|recognize was a mistake|error',
  // "the gap was in my design", "the fault lay with my estimate": the failure placed in the speaker's own work.
  'the (gap|fault|flaw|problem|mistake|error|weakness|hole) (was|lay|lies|is|sat) (in|with) my',
];

// biome-ignore format: a word list reads best packed, several entries a line
const REMEDY_VERBS = [
  'fix|fixed|fixes|fixing', 'rolled|roll ..3 back', 'reverted|revert*', 'restor*', 'apolog*', 'flagged|flag', 'escalat*', 'admitted|admit',
  'owned up', 'owned it|that|this', 'patched',
  // "owned the error", not "owned the renewal": owning a task is the setting, not a fix.
  'owned the|my (mistake|mistakes|error|errors|failure|oversight|miss|slip|fix|fallout|consequences|problem|outcome|result|root cause|recovery|response|incident)', 'recovered', 'repaired', 'corrected', 'redid|re-did|redo', 'reworked|rework',
  'rebuilt|rewrote|rewrite|rebuild', 'salvaged', 'contained', 'mitigat*', 'paused', 'halted', 'refunded', 'renegotiat*',
  'rescoped|re-scoped', 'reprioriti*', 'triaged', 'reset', 'reran|re-ran', 'resent|re-sent', 'backfilled', 'reconciled',
  '(called|phoned|emailed|told|informed|notified|warned|contacted|alerted|briefed|updated|messaged|wrote to|met with|sat down with|went to|reached out|raised it|raised the)',
  'arranged|rearranged|rescheduled|rebooked|replanned|re-planned|redesigned', 'offered', 'proposed', 'volunteered',
  'stayed late|up|on|behind|back', 'worked (through|late|overnight|nights|weekends|the weekend|with|closely)',
  'spent the|that|two|three|a|every|my (rest of the)? night|nights|weekend|weekends|evening|evenings|day|days|week|weeks|morning|afternoon|hours|month|months',
  'cleaned up', 'pulled the|it|back', 'stopped the', 'came clean', 'asked for help', 'put together a|an', 'set up a|an', 'scheduled a|an',
  'drafted a|an', 'walked them|the|her|him|everyone through', 'took ownership|responsibility|the blame', 'made it right',
  'made things right', 'made up for', 'went back', 'hand-checked|double-checked|rechecked|re-checked|audited', 'brought in|on',
  'paired with', 'delivered the|it', 'shipped a|the fix|patch', 'reported it|the|my|this|that', 'filed a|an', 'logged it|the|a',
  'disclosed', 'confessed', 'replaced', 'restarted', 'rolled out a fix', 'gave (them|her|him|the client|the customer)',
];

/** Remedies that name no subject of their own: purpose clauses and "my first step". */
// biome-ignore format: a word list reads best packed, several entries a line
const REMEDY_FRAMES: readonly string[] = [
  'to fix it|this|that|the', 'to make it|things right', 'to make up for', 'to repair', 'to recover', 'to contain', 'to limit the|its',
  'my first step|move|call|priority|job was', 'the first thing i did', 'i immediately *', 'we immediately *',
];

// biome-ignore format: a word list reads best packed, several entries a line
const LESSON: readonly string[] = [
  'i|we @adv? learned|learnt|learn', 'i|we @adv? realized|realised|understood|discovered|recognized|recognised|saw that|how|why',
  "(i've|we've|i have|we have) @adv? learned|learnt|realized|realised", "lesson|lessons|lesson's|takeaway|takeaways|takeaway's|insight|moral",
  'taught|teaches|showed|shows|reminded me', 'made me realize|realise|see|understand|rethink', '@self understand|know|see now',
  'now @self understand|know|see', 'i came|took away', 'what i took from', 'it was a lesson', 'the biggest thing',
  'i learned|learnt the hard way', 'the point is', 'it turned out that i', 'i now believe|know|treat|see|think',
];

/** Reflection openers: a lesson only when the speaker owns something in the same breath. */
const HINDSIGHT: readonly string[] = ['in hindsight', 'looking back', 'with hindsight', 'in retrospect', 'if i could go back'];

// biome-ignore format: a word list reads best packed, several entries a line
const PREVENTION: readonly string[] = [
  'now @self', '@self now', 'these days', 'today @self', 'since then', 'ever since', 'since that', 'from then on',
  'from that day|point|moment', 'going forward', 'next time',
  '(on|in|during|by|at|with|over) the|my|our next|following|subsequent project|projects|release|releases|launch|quarter|sprint|time|year|team|job|role|migration|migrations|cycle|deadline|review|one|two|three|few|event|campaign|season|semester|term|audit|contract',
  'i|we always', '@self never * anymore', 'no longer', "i've|we've since", 'i|we have since', "(i have|i've) @adv? made it a",
  'i make sure', 'if @self did|faced|had|were it|this|that? again', 'if i could do it|this|that? again|over',
  "(i would|we would|i'd|we'd) @adv? do|handle|approach|have it|things|this|that? differently", 'i|we ..4 differently',
  'never happened again', "(hasn't|has not|haven't|have not) happened|recurred|repeated|slipped|missed|had ..3 since", 'it stuck',
  'that habit', 'the habit', 'a habit', 'it paid off', 'paid off', 'ever again', 'every time', 'whenever',
];

/** "Two months later I…": proof the lesson stuck, when the speaker acts in that sentence. */
const LATER: readonly string[] = [
  'a|one|two|three|four|six|few|couple|several * later',
  '@number? @number? months|weeks|years|quarters|days later',
  'later that|the year|quarter|month',
];
export const OPENERS_OF_NOW = new Set(['now', 'nowadays', 'today', 'currently', 'these']);

/** What the speaker does as a matter of course: prevention only with a marker of routine beside it. */
const HABIT: readonly string[] = [
  'i|we @adv? keep|run|make|use|block|ask|check|schedule|write|share|send|insist|build|require|book|review|test|confirm|plan|include|start|set|put|read|print|place|compare|pilot|list|give|treat|document|track|flag|raise|follow|hold|budget|add|walk|call|email|save|back|sign|initial|search|rehearse|timebox|pair',
];
// biome-ignore format: a word list reads best packed, several entries a line
export const ROUTINE = new Set([
  'every', 'each', 'always', 'before', 'whenever', 'now', 'first', 'routinely', 'weekly', 'daily', 'monthly', 'never', 'any', 'until',
]);

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

// biome-ignore format: a word list reads best packed, several entries a line
const OUTCOME: readonly string[] = [
  'as a result', 'in the end', 'ultimately', 'eventually', 'the result|outcome|upshot|fallout|impact|consequence was|were', 'by the end',
  'it cost', 'in total', 'all told', 'finally', 'we|i ended up',
  'we|i still|eventually|finally? shipped|launched|delivered|kept|saved|recovered|retained|hit|met|closed|won|lost|finished',
  'the client|customer|team|manager|project (stayed|renewed|agreed|accepted|signed|shipped|launched|recovered|went live)', 'went live',
  'result|results|outcome|outcomes', 'afterwards|afterward', 'in the aftermath', 'the damage was',
];

// biome-ignore format: a word list reads best packed, several entries a line
const COST: readonly string[] = [
  'lost|lose|losing|cost|costing|costs|wasted|waste',
  'missed|miss the|our|a|its|their|two|three ..1 deadline|deadlines|launch|target|window|date|milestone|quarter|goal|sla|release|handoff',
  'slipped|delayed|postponed|cancelled|canceled|scrapped|abandoned', 'pushed back', 'pulled the',
  'outage|outages|downtime|incident|incidents|refund|refunds|refunded|churn|churned|complaint|complaints|complained|penalty|penalties|fined|rework|overtime|damage|damaged|breach|escalation|escalated',
  "customers|users|clients|patients|students|readers|shoppers|guests|members|callers|staff (couldn't|could not|can't|cannot|were unable|lost|left|complained|churned|cancelled|canceled|waited|were charged|were overcharged|were underpaid|were told|saw errors|got the wrong|received the wrong|had to wait)",
  'affected|impacted',
  '(calls|tickets|complaints|errors|returns|cancellations|churn|bugs|incidents|escalations|refunds) ..6 (tripled|doubled|quadrupled|spiked|surged|jumped|soared|rose|increased|climbed)',
  'revenue|budget|budgets|dollars|euros|pounds|funding',
  'lost|lose|losing the|a|our|that|their ..1 contract|deal|account|client|customer|sale|sales',
  'angry|furious|upset|frustrated|disappointed|unhappy|embarrass*|humiliat*|trust|reputation|credibility|confidence', 'had to re*',
  'had to work|refund|delay|push|stay|cancel|start|throw|scrap|apologize|apologise|explain|pay|absorb|close|shut|stop|pull|recall|replace',
  '(got|received|earned|ended up with) a|an? lower|worse|poor|failing|bad|low grade|mark|score|rating|review|result|reviews|grades|marks',
  'it took @number? @number? @period', 'hours|days|weeks|months of', 'down for', 'went down', 'crashed',
  '(ran|was|were|came in|finished|delivered|shipped|launched|went out|arrived) @adv? late',
  '(day|days|week|weeks|month|months|hour|hours) late', 'delay|delays|appeal|appeals|appealed', '(behind schedule|over budget)',
  '(nobody|no one) used', "(didn't|did not) sell|convert|launch|ship|land|work",
];

export const SPEAKER = new Set(['i', "i'm", "i've", "i'd", "i'll"]);
// biome-ignore format: a word list reads best packed, several entries a line
export const IRREGULAR_ACTIONS = new Set([
  'ran', 'went', 'took', 'made', 'gave', 'told', 'held', 'sent', 'spent', 'wrote', 'rewrote', 'brought', 'set', 'put', 'met', 'sat',
  'found', 'built', 'rebuilt', 'drove', 'bought', 'kept', 'caught', 'stood', 'paid', 'led', 'rang', 'flew', 'cut', 'shut', 'began', 'dug',
  'drew', 'redid', 'undid', 'won', 'swapped', 'split', 'read', 'quit', 'sought',
]);
// biome-ignore format: a word list reads best packed, several entries a line
export const NOT_ACTIONS = new Set([
  'learned', 'realised', 'realized', 'assumed', 'believed', 'hoped', 'wanted', 'needed', 'liked', 'loved', 'preferred', 'seemed', 'used',
  'tried', 'failed', 'missed', 'forgot', 'overlooked', 'underestimated', 'ignored', 'skipped', 'rushed', 'neglected', 'joined', 'started',
  'worked', 'managed', 'owned', 'noticed', 'panicked', 'froze', 'blamed', 'expected', 'decided', 'agreed', 'promised', 'planned', 'signed',
  'approved', 'designed', 'built', 'wrote',
]);

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
