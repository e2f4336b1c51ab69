import type { Answer, Sentence } from '../../answer/model.js';
import { defineRule, wordRange, type RuleFinding } from '../rule.js';
import {
  answeredAround,
  hedgedOwning,
  claimedLater,
  failingsOnOthers,
  othersFaulted,
  othersHarming,
  ownedSentences,
  workloadExcuses,
  type HarmSpan,
  type Span,
} from '../events.js';
import { negatedBefore } from '../../answer/lexicon.js';
import { opensOnNow, opensOnStorytellersNow } from '../../answer/signals.js';
import { avertedOutcome, DETECTING, relativeAfterNoun, repeatWithheld } from '../../nlp/harm.js';
import { analyseAnswer, type SentenceAnalysis } from '../../judge/judge.js';
import { clauseTense } from '../../judge/story-features.js';
import { Stretches } from '../../util/stretches.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const CLAUSE_BREAK = /[,;:\u2013\u2014]/;
/**
 * Disowning in so many words, certain whatever the answer score: the speaker's own fault denied
 * ("not my fault"), or the failure put on another party against the speaker ("that's on
 * management, not me").
 */
const OWN_FAULT = /\bmy fault\b|no fault of my own| not me$/;

/** Words that share a fault out: "not only my fault", "wasn't all my fault". */
const SHARES = new Set(['only', 'all', 'solely', '100%']);
/** Words after a share that take more on rather than hand it off: "not only my mistake that…", "not only my fault but also…". */
const TAKEN_ON = new Set(['that', 'but', 'which']);

function sharedOut(sentence: Sentence, start: number, end: number): boolean {
  return sentence.words.slice(start, end).some((w) => SHARES.has(w.norm));
}

/** What a decision is called: a disowned one "to make" was the speaker's to overstep. */
const CALLS = new Set(['call', 'choice', 'decision', 'idea', 'pick']);

/** The speaker disowns the failure outright. No nearby ownership excuses these. */
// biome-ignore format: a word list reads best packed, several entries a line
const DISOWNING: readonly string[] = [
  "it|that|this|which (wasn't|was not|isn't|is not) @adv|*ly? @adv|*ly? my fault|responsibility|call|decision|doing", 'not my fault',
  // Said in passing of what the failure rested on: "cheapest price, not my choice, the QS picked them".
  'not my choice|call|decision|idea|pick',
  'not really my fault', 'through no fault of my own', "nothing i @adv|*ly? (could have|could've) done", 'nothing i could do',
  'out of my hands|control', 'beyond my control', 'set me up to fail', 'i was set up to fail',
  // The failure handed to whoever gave the order: "I was only following what the manager said", "I just did what I was told".
  'i was @adv? (just|only|simply|merely) following',
  'i (was|am) @adv? (just|only|simply|merely) doing|did what (i was|i had been|he|she|they|my|the) ..2 told|said|asked|wanted',
  'i @adv? (just|only|simply|merely) did what (i was|i had been|he|she|they|my|the) ..2 told|said|asked|wanted',
  "(wasn't|was not) @adv|*ly? on me", 'not @adv|*ly? on me',
  // The fault shared out, so that the speaker's is only a part: "it wasn't all my fault", "the blame wasn't only mine".
  "(wasn't|was not|isn't|is not|not) @adv? (only|all|solely|100%) my|our fault|responsibility|doing|mistake",
  "the blame|fault (wasn't|was not|isn't|is not) @adv|*ly? (only|all|solely)? mine|ours",
  // "that's on management, not me": the failure put on another party in so many words.
  "(that's|it's|that is|that was|it is|it was|this is|this was|which is|which was) @adv|*ly? on @det? @others not @adv? me",
  // "the lateness was not from my side"; not the idiom "the data was not on my side".
  "it|that|this|lateness|delay|mistake|error|problem|fault|issue|slip (wasn't|was not|isn't|is not) @adv? (from|on) my|our side|end", 'their|his|her fault', 'fault @adv|*ly? was|lay|lies with',
  'the blame lies|lay|belongs with', '@others was|were|are|is to blame', 'blame|blamed @det? @others', 'i blame',
  // The cause placed with another in so many words: "the root cause sat with dispatch", "the real problem lay with the vendor".
  'cause|problem|blame|responsibility @adv|*ly? sat|sits|lay|lies|rested|rests with',
  // The speaker's part sized down to almost nothing: "there was very little I could have done differently".
  "(very little|little|not much) (i|we) @adv? (could have|could've) @adv? done",
  // The failure told as what happens whatever anyone does: "that kind of thing will happen no matter how careful you are".
  '(that|this) kind|sort of thing (will|would|does|can|is going to) @adv? happen',
  'outside my|our control', "(couldn't|could not) @adv? control", 'in fairness to me',
  "(wasn't|was not|isn't|is not|not) @adv|*ly? in my|our control", 'set up to get it|things wrong',
  // The failure told as what anyone would have done: "anyone would have struggled in those conditions", "no tester would have caught it".
  "anyone|anybody|everyone|everybody @adv? (would have|would've) @adv? struggled|failed|slipped|missed|panicked",
  "anyone|anybody|everyone|everybody @adv? (would have|would've) @adv? done|made the same",
  // The same of anyone in the speaker's trade: "any forwarder using it would have done the same".
  "any ..4 (would have|would've) @adv? (done|made) the same",
  "no ..2 (would have|would've) @adv? caught|spotted|coped|managed",
  // What nothing could have survived, pointed back at the circumstances: "no scheme would have survived that".
  "no ..2 (would have|would've) @adv? survived that|this|those|these",
  // The failure told as fated, so that nobody, the speaker least of all, could have changed it.
  'set up to fail|slip|fall', 'always|never going to happen|work', 'perfect storm', 'one of those days|nights|weeks|years|things',
  // The same told of success denied, or of the failure itself: "wasn't set up to succeed", "was always going to slip".
  "(wasn't|was not|weren't|were not|isn't|is not) @adv? set up to succeed|win|work", 'always going to (slip|fail|overrun|be late)',
  // Circumstances turned against the speaker: "the timing just went against us", "the weather was against us".
  '(timing|luck|weather|odds|conditions|fate) @adv? (went|was|were|turned) against (us|me)',
  // No one at all could have done it: "there was no way anybody was finishing a patio in that".
  'no way (anybody|anyone) (was|were|could|would)',
  "(nobody|no one|anyone|anybody) @adv? (could have|could've) @adv? known|done|anticipated|foreseen|predicted|prevented|stopped|avoided",
  'nobody|anyone|anybody could @adv|*ly have known|done|anticipated|foreseen|predicted|prevented|stopped|avoided',
  // The speaker's own foresight denied: "there was no way for me to know", "I couldn't have known".
  'no way @adv? (for me)? to|of know|knowing|foresee|foreseeing|predict|predicting|anticipate|anticipating',
  "i (couldn't|could not) @adv? have known|foreseen|predicted|anticipated",
  // Distance from a decision the speaker took part in: "it was a team call", "that was the board's decision".
  "it|that|this (was|had been) @adv? a|the team|group|joint|collective|management|leadership|committee|board|board's|team's call|decision",
  'only so much', 'what can you do', "no ..3 (could have|could've) @adv? survived|coped|prevented|stopped|saved",
  // Helplessness asked as a question that expects no answer: "how was I meant to know?", "what were we supposed to do".
  'how (was|were|am|are|is) (i|we|anyone|anybody) @adv|*ly? meant|supposed|expected to know|guess|tell|predict|foresee|spot|see',
  'what (was|were|am|are) (i|we) @adv|*ly? meant|supposed|expected to do',
  // Nothing anyone could have done, with whatever adverb and however it is spelt: "nothing anyone could of done".
  "nothing (we|anyone|anybody|one) @adv|*ly? (could have|could've|could of|can) @adv|*ly? done|do",
  'nothing i|we @adv|*ly? could|can @adv|*ly? do',
  "nothing i @adv|*ly? could of done",
  "no way (anyone|anybody|any ..2) @adv? (could have|could've|could of|would have|would've) @adv?",
  // The failure told as bound to befall someone, whoever held the job: "it was going to happen to somebody eventually".
  '(was|were) @adv|*ly? going to happen to (somebody|someone|anyone|anybody)',
  '(was|were) @adv|*ly? going to happen eventually|anyway|regardless|sooner',
  // The speaker's part weighed down against another cause: "more about her losing interest than anything I did".
  'than anything i|we @adv? (did|had done|could have done|could do)',
  // The failure told as what happens in the nature of things: "these things are bound to happen from time to time".
  'these|those things (are|were|will|would) @adv|*ly? (bound|going|likely) to happen',
  'these|those things (just|do)? happen', 'things like this|that (just|do)? happen',
  // Helplessness told of the situation, whatever the act it rules out: "there was no way to keep up", "no way of planning round it".
  '(there was|there is|there were) @adv|*ly? no @adv? way to|of|round|around', "there's @adv|*ly? no @adv? way to|of|round|around",
  // The failure told as what anyone in the speaker's place would have met: "any landlord would have struggled with it".
  "any ..2 (would have|would've) @adv? struggled|failed|slipped|missed|panicked",
  // What nobody commands, told in the general "you": "you can't control the weather". A lesson's "you can't control it, but…" is kept apart below.
  "you (can't|cannot|cant|couldn't|couldnt|could not) @adv? control|predict|stop|prevent|beat|fight",
  // Fate told as set against the speaker: "everything went against me", "nothing went our way".
  'everything|all (went|was|seemed|turned) against me|us', 'nothing (went|was going|would go) my|our way',
];

/** The speaker ("I", "we") among the few words before "no reason to…": the trust is theirs. */
function trustedBySpeaker(sentence: Sentence, start: number): boolean {
  return sentence.words.slice(Math.max(0, start - 3), start).some((w) => w.norm === 'i' || w.norm === 'we');
}

/** The words from `start` sit in a relative clause opened by "which" since the last stop: they describe the noun before it. */
function inRelativeClause(sentence: Sentence, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const w = sentence.words[k]!;
    if (w.norm === 'which') return true;
    if (CLAUSE_BREAK.test(sentence.text.slice(w.end - sentence.start, sentence.words[k + 1]!.start - sentence.start))) return false;
  }
  return false;
}

/** Words before a shrug that make it someone's report or an aim: "my lead told me these things happen", "make sure these things don't happen". */
const NOT_SAID_AS_MINE = new Set(['said', 'says', 'told', 'tells', 'sure', 'ensure']);

/**
 * "These things happen" reported ("my lead told me these things happen, but I didn't buy it"),
 * aimed at ("so these things don't happen again"), or turned ("…, but that was mine to catch"):
 * not the speaker's own shrug.
 */
function shrugNotTheSpeakers(sentence: Sentence, start: number, end: number): boolean {
  const words = sentence.words;
  if (words[end - 1]?.norm !== 'happen') return false;
  if (words.slice(Math.max(0, start - 4), start).some((w) => NOT_SAID_AS_MINE.has(w.norm))) return true;
  return words.slice(end).some((w) => w.norm === 'but' || w.norm === 'when' || w.norm === 'where');
}

/**
 * "What I learned is that you can't control the weather, but you can plan round it": the general
 * "you" told as a lesson, or turned by a contrast after it, is not the speaker's shrug.
 */
function generalYouTaught(sentence: Sentence, start: number, end: number): boolean {
  if (sentence.words[start]?.norm !== 'you') return false;
  return sentence.signals.lesson || sentence.signals.prevention || sentence.words.slice(end).some((w) => w.norm === 'but');
}

/** Words after "with" that place the cause with the speaker: "sat with my checklist", "lay with me". */
const WITH_MINE = new Set(['my', 'me', 'our', 'us', 'myself']);

/** A cause placed "with" the speaker's own: the phrase ends on "with" and the speaker's word follows. */
function placedWithMine(sentence: Sentence, end: number): boolean {
  return sentence.words[end - 1]?.norm === 'with' && WITH_MINE.has(sentence.words[end]?.norm ?? '');
}

/** The speaker named in a disowning: "out of my control", "nothing I could do" are about the speaker, whatever the clause. */
const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself']);

/** Words after "no" that make an idiom of it: "no doubt", "no question". */
const IDIOM_AFTER_NO = new Set(['doubt', 'question', 'wonder']);

/** The speaker's foresight denied ("no way to know", "couldn't have known"): a fact the speaker can go on to own past. */
const FORESIGHT_DENIED =
  /^no way |\bno (\w+ )?way (to|of|round|around)$|^how |have (known|foreseen|predicted|anticipated)$|(would have|would've) (\w+ )?(struggled|failed|slipped|missed|panicked|done|made|caught|spotted|coped|managed)( the same)?$| in (my|our) control$|^set up to get /;

/** The failure told as what anyone would have done in the speaker's place: "anyone would have struggled", "everyone would've done the same". */
const ANYONE_WOULD =
  /^(anyone|anybody|everyone|everybody|any \w+) .*(would have|would've) (\w+ )?(struggled|failed|slipped|missed|panicked|done|made)/;

/** Words that set an owning against what came before: "but I should have…", "Still, I…". */
const CONTRAST = new Set(['but', 'still', 'yet', 'though', 'however']);

/**
 * The speaker owns their part against the disowning: after a contrast in the same sentence
 * ("anyone would have struggled, but I should have stopped"), or in the next sentence opened by one
 * ("But I should have…").
 */
function ownedInContrast(answer: Answer, sentence: Sentence, matchEnd: number): boolean {
  if (sentence.signals.ownedFailure && sentence.words.slice(matchEnd).some((w) => CONTRAST.has(w.norm))) return true;
  const next = answer.sentences[sentence.index + 1];
  return next?.signals.ownedFailure === true && CONTRAST.has(next.words[0]?.norm ?? '');
}

/** The failure put on someone else's action or inaction, or on circumstances. */
const DEFLECTING: readonly string[] = [
  '(no one|nobody) @adv? told|warned|informed|trained|showed|gave|explained',
  'i was never|not @adv? told|trained|given|shown|warned|informed|consulted|included|copied',
  "i wasn't @adv? told|trained|given|shown|warned|informed|consulted|included|copied",
  '@others @adv? never told|gave|explained|mentioned|trained|warned|shared|checked|communicated|showed|informed|updated|replied|responded|delivered|bothered|listened|said',
  "@others @adv? (didn't|did not|failed to|refused to|forgot to|neglected to) tell|give|explain|mention|train|warn|share|check|communicate|show|inform|update|respond|reply|deliver|follow|review|test|read|listen|do|provide|send|sign|approve|support|care|bother|flag|document|pass",
  '@others @adv? kept changing|moving|adding|ignoring|pushing|delaying|missing|switching|interrupting',
  '@others @adv? changed the requirements|scope|spec|specs|plan|brief|deadline|priorities|goalposts|design|direction',
  'moved the goalposts',
  '@others dropped the ball',
  '@others @adv? messed|screwed|mucked|fouled up|it',
  '@others let me|us down',
  '@others blindsided me|us',
  'because of @det? @others',
  'due to @det? @others',
  // Counterfactuals that hang the outcome on someone else's act: "if they had told me…".
  'if @det? @others had @adv? told|given|sent|checked|done|listened|warned|informed|shared|approved|replied|responded|delivered|followed|read|tested|signed|asked|updated|flagged|mentioned|explained|trained|provided|answered|called|reviewed|planned|communicated|supported|stuck|kept|let|made|bothered',
  'if @det? @others had been (clearer|honest|upfront|on time|more|less|there|available|realistic|organised|organized|competent|reasonable)',
  "if @det? @others (hadn't|had not) @adv? changed|added|moved|missed|ignored|dropped|delayed|cancelled|canceled|cut|interfered|rushed|pushed|insisted|forgotten|left",
  'had @det? @others @adv? told|given|warned|shared|checked|done|listened|replied|sent',
  'if only @det? @others',
  'bad|sheer luck',
  'was|were unlucky',
  // The economy as a cause, not a game's or a project's own ("the designer on the economy").
  '(because of|due to|blame|thanks to|with) the economy',
  'the economy (was|crashed|tanked|turned|slowed|dipped|collapsed|went|hit)',
  'unrealistic|impossible|ridiculous|insane deadline|deadlines|timeline|timelines|expectations|targets|workload',
  'deadline|deadlines|timeline|timelines|targets|expectations|schedule|workload (was|were|had been) @adv? @adv? unrealistic|impossible|ridiculous|insane|crazy|unreasonable',
  "team|teams|department|departments|agency|firm|office (didn't|did not|failed to|refused to|forgot to|never|kept) ..2 tell|give|explain|mention|train|warn|share|check|communicate|show|inform|update|respond|reply|deliver|follow|review|test|read|listen|do|provide|send|sign|approve|support|flag|document|pass|changing|moving|adding|ignoring|missing",
  'poor|bad|incompetent|terrible|useless management|leadership|manager|managers',
  '@others were|was incompetent|lazy|useless|clueless|hopeless',
  'incompetent|lazy|useless|clueless colleague|colleagues|coworker|coworkers|team|teammates|vendor|contractor|client|clients',
  'the system|process|tool|tools was|were broken',
  // The tool judged, not the use made of it: "the system is honestly terrible".
  'the system|software|tool|tools|process|app|platform (is|was|are|were) @adv|*ly? terrible|awful|useless|rubbish|hopeless|appalling|dreadful',
  // Others who would not help; not "nobody else noticed", which tells how far the failure showed.
  '(nobody else|no one else) @adv? cared|checked|helped',
  // "In fairness, the vendor's notes…", "to be fair, that batch was faulty": the opener of a defence.
  // Thanks given in irony for the cause: "they all told us one thing and did another, thanks for that".
  '(thanks|cheers) for that',
  'in fairness',
  'to be fair',
  'in my defence|defense',
  // Trust used as a shield: "I had no cause to question him".
  'no reason to doubt|question|suspect|check|distrust',
  // An expectation another party set, so the surprise is theirs: "far denser than the firm had led me to expect".
  '@others (had|has)? @adv? led me|us to believe|expect|think|assume',
  '(i was|we were) @adv? led to believe|expect|think|assume',
  'without anyone|anybody @adv? telling|flagging|warning|mentioning|noticing|checking|raising',
  // A constraint laid on the speaker from outside: "the timetable was largely set for us", "the scope was imposed on me".
  '(was|were|had been) @adv|*ly? @adv|*ly? set|imposed|dictated|fixed|forced (for|on|upon) us|me',
  // The cause laid on a party's own failing: "running late through their own poor planning", "because of his own mistakes".
  '(through|because of|due to|thanks to|owing to) their|his|her own',
];

const OTHERS = new Set(['their', 'his', 'her', 'them', 'him', 'they', 'he', 'she']);

/**
 * "It wasn't their fault", "I didn't blame them": clearing someone else is the opposite of
 * blaming them. A disowning phrase about another party with a negation just before it is skipped.
 */
function exonerates(sentence: Sentence, start: number, end: number): boolean {
  const words = sentence.words;
  if (!words.slice(start, end).some((w) => OTHERS.has(w.norm))) return false;
  return negatedBefore(words, start + 1, 4);
}

/** "the extra fees fell on the client, not on me": a contrast that says who bore the cost, not who caused it. */
function bornByOthers(sentence: Sentence, start: number): boolean {
  const words = sentence.words;
  if (words[start]?.norm !== 'not' || words[words.length - 1]?.norm !== 'me') return false;
  return words.slice(Math.max(0, start - 5), start).some((w) => w.norm === 'on');
}

/**
 * "…anyone to blame; my lead wanted…", "to blame, she'd had no way to know": a party named
 * after a stop belongs to the next clause, not to the blame.
 */
function acrossClauses(sentence: Sentence, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const from = sentence.words[start]!.start - sentence.start;
  // "that's on management, not me": the contrast after the stop is the blame's own.
  const contrast = sentence.words[end - 1]!.norm === 'me' && sentence.words[end - 2]?.norm === 'not' ? 2 : 0;
  const lastWord = sentence.words[end - 1 - contrast]!.start - sentence.start;
  return CLAUSE_BREAK.test(sentence.text.slice(from, lastWord));
}

const ARTICLES = new Set(['the', 'a', 'an', 'their', 'his', 'her']);
/** Words that link a denial to the cause it denies: "not to bad luck", "rather than", "instead of". */
const LINKS = new Set(['to', 'from', 'of', 'than', 'on', 'down']);

/**
 * "…traced back to the base case I had built, not to bad luck", "it wasn't bad luck", "rather than
 * the vendor": a cause named only to be denied. The denial stands right before the phrase, with at
 * most a linking word and an article between and no stop; "rather" counts only with "than",
 * "instead" only with "of", and "not only" adds a cause rather than denying one.
 */
function deniedCause(sentence: Sentence, start: number): boolean {
  const words = sentence.words;
  let k = start - 1;
  if (words[k] !== undefined && ARTICLES.has(words[k]!.norm)) k--;
  const link = words[k] !== undefined && LINKS.has(words[k]!.norm) ? words[k]!.norm : null;
  if (link !== null) k--;
  const denial = words[k];
  if (!denial) return false;
  if (CLAUSE_BREAK.test(sentence.text.slice(denial.end - sentence.start, words[start]!.start - sentence.start))) return false;
  if (denial.norm === 'rather') return link === 'than';
  if (denial.norm === 'instead') return link === 'of';
  if (denial.norm === 'not' || denial.norm.endsWith("n't")) return words[start]?.norm !== 'only';
  return false;
}

/** The matched words open a relative clause on the noun before them (see relativeAfterNoun): they describe it. */
function describesNoun(answer: Answer, sentence: Sentence, start: number): boolean {
  const word = sentence.words[start];
  const tokens = analyseAnswer(answer)[sentence.index]?.tokens;
  return (
    word !== undefined &&
    tokens !== undefined &&
    relativeAfterNoun(
      tokens,
      tokens.findIndex((t) => t.start === word.start),
    )
  );
}

/** Words a speaker names their own past reasoning with, looking back on it: "that was the excuse". */
const EXCUSES = new Set(['excuse', 'excuses', 'cop-out', 'rationalisation', 'rationalization']);
/** Words that can stand between the copula and the name: "was the excuse", "was just an excuse", "was my excuse". */
const BEFORE_NAME = new Set(['the', 'an', 'a', 'my', 'just', 'only', 'really', 'all']);

/**
 * "…because I told myself there's only so much one person can do. … That line was the excuse": a
 * disowning the speaker later names, in so many words, as the excuse it was. Read in the same
 * sentence after it, or in any later one. Not "I'm not making excuses", which is the defence going on.
 */
function calledAnExcuse(answer: Answer, sentence: Sentence, matchEnd: number): boolean {
  const named = (words: readonly { readonly norm: string }[], from: number): boolean => {
    for (let k = from; k < words.length; k++) {
      if (!EXCUSES.has(words[k]!.norm)) continue;
      let be = k - 1;
      while (be > from && BEFORE_NAME.has(words[be]!.norm)) be--;
      const copula = words[be]?.norm;
      if ((copula === 'was' || copula === 'is' || copula === "that's" || copula === "it's") && words[be - 1]?.norm !== 'not') return true;
    }
    return false;
  };
  if (named(sentence.words, matchEnd)) return true;
  return answer.sentences.some((s) => s.index > sentence.index && named(s.words, 0));
}

/** After the harm in its own sentence, a turn ("but", "though", "yet") to an act of the speaker's: "…, but I should have checked". */
function ownedAfterIn(read: SentenceAnalysis, found: HarmSpan | Span): boolean {
  const after = read.tokens.findIndex((t) => t.start >= found.end && (t.lower === 'but' || t.lower === 'though' || t.lower === 'yet'));
  return after >= 0 && read.events.some((e) => e.first > after && e.actor === 'self');
}

/** A deflection is context, not blame, when the speaker owns their own part right beside it. */
function ownedNearby(answer: Answer, sentence: Sentence, matchEnd: number): boolean {
  const sameSentenceAfter = sentence.words.slice(matchEnd);
  if (sameSentenceAfter.length > 0 && sentence.signals.ownedFailure) {
    const text = sentence.words.map((w) => w.norm);
    // "…, but I should have…" / "…; still, I…": ownership after the deflection in the same sentence.
    if (text.slice(matchEnd).some((w) => w === 'but' || w === 'still' || w === 'though' || w === 'yet' || w === 'i')) return true;
  }
  const next = answer.sentences[sentence.index + 1];
  // "…was faulty. And the builder boarded it over before I had a chance to test it, so I never got to": a next
  // sentence that puts the failure on another party too goes on with the defence, whatever failure words it has.
  const nextOwns = next?.signals.ownedFailure === true && !harmedIn(answer).has(next.index);
  return nextOwns || claimedLater(answer, sentence.index);
}

/** A performance cache, not state: each answer's clauses where another party works against the speaker, and their sentences. */
const harmsOf = new WeakMap<Answer, { readonly harms: readonly HarmSpan[]; readonly sentences: ReadonlySet<number> }>();

/** Where another party works against the speaker's work (othersHarming), read once per answer for both the check and harmedIn. */
function harmsIn(answer: Answer): { readonly harms: readonly HarmSpan[]; readonly sentences: ReadonlySet<number> } {
  let read = harmsOf.get(answer);
  if (!read) {
    const harms = othersHarming(answer);
    read = { harms, sentences: new Set(harms.map((h) => h.sentence.index)) };
    harmsOf.set(answer, read);
  }
  return read;
}

/** The indexes of the sentences where another party works against the speaker's work. */
function harmedIn(answer: Answer): ReadonlySet<number> {
  return harmsIn(answer).sentences;
}

/**
 * A sentence that opens on the time after the change, whoever its subject: "Since then…", "Now
 * every order…", "These days…". Not the storyteller's "Now, the vendor…", set off by a comma.
 */
function toldSince(sentence: Sentence): boolean {
  if (sentence.words[0]?.norm === 'since') return sentence.words[1]?.norm === 'then';
  return opensOnNow(sentence);
}

/**
 * "Now the paperwork they sent had the wrong time on it": a sentence whose first clause is told in
 * the past goes on with the story, whatever it opens on; a speaker's "now" with no comma is a
 * storyteller's too. "Now every order is checked twice" (present) and "Since then I've…" (perfect) turn.
 */
function toldInPast(read: SentenceAnalysis | undefined): boolean {
  const first = read?.events[0];
  if (!read || !first) return false;
  const tense = clauseTense(read.tokens, first);
  // "Now I'd normally have used compression, but the merchant had sent the wrong fittings": a
  // conditional first, then the story's own past.
  return tense === 'past' || (tense === 'modal' && read.events.some((e) => clauseTense(read.tokens, e) === 'past'));
}

/** A note's "now:", a label of what is done since, whatever tense the tagger reads after it. */
const LABELLED_NOW = /^\W*now\s*[:-]/i;

/** The openers of a defence: what they open is the case made against someone or something else. */
const DEFENCE_OPENERS = new Set(['fairness', 'fair', 'defence', 'defense']);
/** Words that may stand before an opener at the start of a sentence: "Now, to be fair, …", "But to be fair, …". */
const DISCOURSE = new Set(['now', 'and', 'but', 'so', 'well', 'look', 'still', 'though', 'although', 'yes', 'yeah', 'ok', 'okay']);

/**
 * "He was decent about it, to be fair", "which, to be fair, was better than the year before": "to be
 * fair" said in passing, a hedge on what is said beside it. It opens a defence only at the start of
 * the sentence, after at most a word or two of discourse ("Now, to be fair, that batch was faulty").
 */
function fairInPassing(sentence: Sentence, start: number, end: number): boolean {
  if (sentence.words[end - 1]?.norm !== 'fair') return false;
  return start > 2 || sentence.words.slice(0, start).some((w) => !DISCOURSE.has(w.norm));
}

/**
 * "In fairness, the analysts had sent me a table with an error in it": an opener of a defence
 * reaches over the clause it opens, which is the defence itself. The end of the first clause after
 * the opener's own comma, or of the sentence.
 */
function defenceReach(sentence: Sentence, end: number): number {
  if (!DEFENCE_OPENERS.has(sentence.words[end - 1]?.norm ?? '')) return end;
  const words = sentence.words;
  for (let k = end + 1; k < words.length; k++) {
    const gap = sentence.text.slice(words[k - 1]!.end - sentence.start, words[k]!.start - sentence.start);
    if (k - end > 2 && CLAUSE_BREAK.test(gap)) return k;
  }
  return words.length;
}

/**
 * "Product kept adding requirements, … whenever we hit quota issues": a sentence whose first clause
 * tells another party's act in the past goes on with the story, whatever words of a routine it has
 * ("whenever"); the turn to what the speaker does now is told of the speaker, or in the present.
 */
function partyInPast(read: SentenceAnalysis | undefined): boolean {
  const first = read?.events[0];
  if (!read || !first || first.actor === 'self' || first.actor === 'group' || first.actor === 'none') return false;
  return clauseTense(read.tokens, first) === 'past';
}

/** "through their own poor planning": the verdict reaches over the failing it names, up to three words before a stop. */
function verdictReach(sentence: Sentence, end: number): number {
  const words = sentence.words;
  let k = end;
  while (k < Math.min(words.length, end + 3)) {
    const gap = sentence.text.slice(words[k - 1]!.end - sentence.start, words[k]!.start - sentence.start);
    if (CLAUSE_BREAK.test(gap)) break;
    k++;
  }
  return k;
}

/** A sentence after this one in the same paragraph owns a failure. */
function ownedLaterIn(answer: Answer, owned: ReadonlySet<number>, sentence: Sentence): boolean {
  for (const i of owned) if (i > sentence.index && answer.sentences[i]?.paragraph === sentence.paragraph) return true;
  return false;
}

/** A party's check that did not find the fault: "the pharmacist did not catch it", "QA never spotted it". */
function missedDetection(found: Span | HarmSpan): boolean {
  return 'harm' in found && found.harm === 'withheld' && DETECTING.has(found.event.act ?? '');
}

/**
 * "Now, my company is the caterer people call when it matters. … The gas supplier delivered late.":
 * a "Now," set off by a comma that the story goes on from, with the failure told after it, is the
 * storyteller's, not the turn to what the speaker does now.
 */
function storytellersNow(answer: Answer, sentence: Sentence): boolean {
  if (!opensOnStorytellersNow(sentence)) return false;
  return answer.sentences.some((s) => s.index > sentence.index && s.signals.failure && !s.signals.prevention);
}

export default defineRule({
  id: 'blame-shifting',
  phrases: { disowning: DISOWNING, deflecting: DEFLECTING },
  userList: 'deflecting',
  severity: 'error',
  scope: 'phrase',
  messages: {
    disowning: {
      message: 'This disowns the failure. Interviewers hear it as a refusal to take responsibility.',
      suggestion: 'Replace it with your own part: what you missed, assumed or failed to check.',
    },
    deflecting: {
      message: 'This puts the failure on someone or something else, and nothing beside it owns your part.',
      suggestion: 'Keep the fact if it matters, then add what you could have done: "I didn\'t confirm it in writing."',
    },
    otherParty: {
      message: 'This makes someone else the cause of the failure, and nothing beside it owns your part.',
      suggestion: 'Keep the fact if it matters, then add what you could have done: "I didn\'t confirm it in writing."',
    },
    judged: {
      message: 'This puts the failure on someone or something else, and nothing here owns your part.',
      suggestion: "Keep the fact if it matters, then say what you could have done: what you assumed, missed or didn't check.",
    },
  },
  summary: 'The failure is put on other people or circumstances instead of owned',
  rationale:
    'The question tests accountability. An answer that lands the failure on a manager, a client, a colleague or bad luck tells the interviewer you will do the same to them. Name what others did only as context, then say plainly what you could have done differently.',
  sources: ['Auerbach', 'Adcock', 'Elting', 'Arnof-Fenn', 'Leadership IQ'],
  options: {},
  example: {
    flagged: 'The launch slipped, but honestly it was not my fault: the design team kept changing the mock-ups.',
    fixed: 'The launch slipped because I never froze the design; I let three rounds of mock-up changes in after the cut-off.',
  },
  check(answer, _options, emit, find) {
    const reported = new Stretches();
    // One finding per stretch of words, whichever list or reading found it first.
    const report = (finding: RuleFinding<'disowning' | 'deflecting' | 'otherParty'>): void => {
      if (reported.overlaps(finding.start, finding.end)) return;
      reported.add(finding.start, finding.end);
      emit(finding);
    };
    for (const sentence of answer.sentences) {
      for (const match of find(sentence, 'disowning')) {
        if (exonerates(sentence, match.start, match.end) || acrossClauses(sentence, match.start, match.end)) continue;
        // "it wasn't my call to make, and I made it": a call the speaker overstepped to make is owned.
        if (
          sentence.words[match.end]?.norm === 'to' &&
          sentence.words[match.end + 1]?.norm === 'make' &&
          CALLS.has(sentence.words[match.end - 1]?.norm ?? '')
        )
          continue;
        // "no doubt she would have caught it", "what is and isn't in my control": an idiom, not a disowning.
        if (IDIOM_AFTER_NO.has(sentence.words[match.start + 1]?.norm ?? '') && sentence.words[match.start]?.norm === 'no') continue;
        if (sentence.words[match.start - 1]?.norm === 'and' && sentence.words[match.start - 2]?.norm === 'is') continue;
        // "…a second footbridge, which would cost millions and was never going to happen": told of a thing the clause describes.
        if (inRelativeClause(sentence, match.start) && !sentence.words.slice(match.start, match.end).some((w) => FIRST_PERSON.has(w.norm)))
          continue;
        if (bornByOthers(sentence, match.start) || calledAnExcuse(answer, sentence, match.end)) continue;
        // "It wasn't only my mistake that cost us; it was how long I took to admit it": a share taken on, not handed off.
        if (sharedOut(sentence, match.start, match.end) && TAKEN_ON.has(sentence.words[match.end]?.norm ?? '')) continue;
        if (shrugNotTheSpeakers(sentence, match.start, match.end)) continue;
        // "the cause sat with my own checklist": placed with the speaker's own, which owns it.
        if (placedWithMine(sentence, match.end)) continue;
        if (generalYouTaught(sentence, match.start, match.end)) continue;
        const words = sentence.words
          .slice(match.start, match.end)
          .map((w) => w.norm)
          .join(' ');
        // "There was no way of knowing, but I should have asked": foresight denied, then the failure owned beside it.
        // "Anyone would have struggled in those conditions" puts the speaker's own failing on the conditions: only
        // an owning set against it ("…, but I should have stopped", "But I…") answers it, not any failure owned next.
        if (FORESIGHT_DENIED.test(words) && ownedNearby(answer, sentence, match.end)) {
          if (!ANYONE_WOULD.test(words) || ownedInContrast(answer, sentence, match.end)) continue;
        }
        report({
          ...wordRange(sentence.words, match.start, match.end),
          messageId: 'disowning',
          certain: OWN_FAULT.test(words),
        });
      }
      for (const match of find(sentence, 'deflecting')) {
        // A fault laid on the party's own failing is a verdict on them, not context an owning beside it answers.
        const verdict = sentence.words[match.end - 1]?.norm === 'own';
        if ((!verdict && ownedNearby(answer, sentence, match.end)) || deniedCause(sentence, match.start)) continue;
        if (describesNoun(answer, sentence, match.start)) continue;
        // "the night nurse had no reason to check": trust is a shield only when it is the speaker's ("I had no reason to doubt him").
        if (sentence.words[match.start + 1]?.norm === 'reason' && !trustedBySpeaker(sentence, match.start)) continue;
        if (repeatWithheld(sentence.words.slice(match.end).map((w) => w.norm))) continue;
        // "since then my releases have gone out without anyone noticing": told of the change, work going by unnoticed is the point.
        if (sentence.signals.prevention && sentence.words[match.start]?.norm === 'without') continue;
        if (fairInPassing(sentence, match.start, match.end)) continue;
        report({
          ...wordRange(sentence.words, match.start, verdict ? verdictReach(sentence, match.end) : defenceReach(sentence, match.end)),
          messageId: 'deflecting',
        });
      }
    }
    // Other parties working against the speaker's work, at least as often as the speaker owns a
    // failure; a harm the speaker answers in the same sentence, the one before or the next is context, not blame.
    // Once the answer has turned to what the speaker does now, a party's act is the change at work
    // ("that guard has blocked two bad rollouts since"), not a cause of the failure. What the failure
    // hung on ("if the vendor had published the bug on time…") and a fault named still look back at it.
    const analysis = analyseAnswer(answer);
    const turned =
      answer.sentences.find(
        (s) =>
          (s.signals.prevention && !s.signals.failure && !partyInPast(analysis[s.index]) && !storytellersNow(answer, s)) ||
          (toldSince(s) && (LABELLED_NOW.test(s.text) || !toldInPast(analysis[s.index]))),
      )?.index ?? answer.sentences.length;
    const acts = harmsIn(answer).harms.filter((h) => h.sentence.index < turned || h.harm === 'if-only' || h.harm === 'should');
    // A failing told as the cause, "so" the failure ("the booking fell through, so we couldn't take
    // instructions"): before the turn, like a party's act; once the answer has turned, it tells the change.
    const caused = failingsOnOthers(answer).filter((f) => f.sentence.index < turned);
    // A share of the failure owned only with a hedge ("I suppose part of it was perhaps on me as well")
    // concedes a part, and leaves the rest where the answer put it: it answers no cause told beside it.
    const owned = new Set([...ownedSentences(answer)].filter((i) => !hedgedOwning(answer.sentences[i]!)));
    // The workload told as the cause ("the department was very busy"), before the turn, with nothing
    // owned in its paragraph: where the speaker owns a failure beside it, it is the setting of their own lapse.
    const overloaded = workloadExcuses(answer).filter(
      (w) => w.sentence.index < turned && ![...owned].some((i) => answer.sentences[i]?.paragraph === w.sentence.paragraph),
    );
    const harms = [...acts, ...othersFaulted(answer), ...caused, ...overloaded];
    const averting = new Set<object>(
      acts.filter((h) => h.harm === 'if-only' && avertedOutcome(analysis[h.sentence.index]!.tokens, h.event)),
    );
    // "The pharmacist did not catch it at the final check": where the speaker owns the failure, a
    // check that missed it is the story's context; with nothing owned it is where the fault is put.
    // "The supplier had certified the batch, so we trusted the readings. … I should have tested a sample
    // myself.": a party's act the speaker relied on is context once the speaker owns the failure later in the same paragraph.
    const weighed = (owned.size > 0 ? harms.filter((h) => !missedDetection(h)) : harms).filter(
      (h) => !('harm' in h && h.harm === 'relied' && ownedLaterIn(answer, owned, h.sentence)),
    );
    if (weighed.length === 0 || weighed.length < owned.size) return;
    for (const found of weighed) {
      // An outcome another party's act would have averted ("if she'd rostered properly it wouldn't have happened")
      // hands them the whole failure: an owning elsewhere does not answer it, only one set against it in the same sentence.
      if (averting.has(found) ? ownedAfterIn(analysis[found.sentence.index]!, found) : answeredAround(answer, found)) continue;
      // "If the builder had laid the boards right, none of this would have happened": the speaker
      // says in so many words that another party's act would have averted the failure. Left
      // unanswered, that is the blame whatever else the answer tells well.
      report({
        start: found.start,
        end: found.end,
        messageId: 'otherParty',
        basis: 'events',
        ...(averting.has(found) ? { certain: true } : {}),
      });
    }
  },
});
