import type { Answer, Sentence } from '../../answer/model.js';
import type { PhraseMatch } from '../../answer/phrase-language.js';
import { analyseAnswer, type SentenceAnalysis } from '../../judge/judge.js';
import { clauseTense } from '../../judge/story-features.js';
import type { Token } from '../../nlp/analyse.js';
import type { ClauseEvent } from '../../nlp/clauses.js';
import { definePhraseRule } from '../rule.js';
import { gatesOpen } from '../../nlp/gates.js';

/** A virtue in disguise, whatever follows. */
const VIRTUE_AS_FLAW: readonly string[] = [
  // With a hedge between: "I kind of care too much about my clients".
  '@self (kind of|sort of|kinda|sorta)? just? @adv? care|cared|cares too much',
  'and care|cared too much',
  '@self @adv? work|worked too hard|much',
  '@self @adv? try|tried too hard',
  // Effort in excess told as the flaw: "I push myself too hard", "I drove myself too far".
  '@self @adv? push|pushes|pushed|drive|drives|drove myself too hard|far',
  // A standard too high for the work, as the cause: "I set the bar too high for a two-week job".
  '@self @adv? set|sets my|the bar|standard|standards too high',
  "(i'm|i am|i was) too dedicated|passionate|honest|loyal|committed|driven|ambitious|hardworking|hard-working|generous|nice|helpful|thorough|invested",
  'i give|gave too much',
  'i give|gave 110|120|150 percent',
  'my only flaw|weakness|failure',
  'too much of a team player',
  'i love|loved my work|job too much',
  'i care|cared too deeply',
  'i hold|held myself to too high a standard',
  'my standards are|were too high',
  'care|caring too much about (quality|details|the customer|my work)',
  // Framing a virtue as *the* failure, whatever the story that follows.
  '(my|the) biggest|greatest|main|real|worst? failure|weakness|flaw is|was ..4 perfectionist|perfectionism|perfectionistic',
  // The same frame as notes write it, a colon for the verb: "biggest weakness: I'm a perfectionist".
  'biggest|greatest|main|real weakness|flaw|failure ..3 perfectionist|perfectionism|perfectionistic',
  "(i'm|i am|i was) too much of a perfectionist",
  // A trait in the present, measured against everyone else: "I care more and work harder than is good for anyone".
  '@self @adv? care|cares|work|works|try|tries ..3 more|harder ..4 than (anyone|anybody|everyone|everybody|most|others|is good|is healthy)',
  '@self @adv? hold|holds ..3 (a|to a)? higher standard|standards than (anyone|anybody|everyone|everybody|most|others)',
  '@self @adv? hold|holds ..3 to a higher standard than',
  // The weakness named as a virtue in excess: "my real weakness is that I care so much about momentum".
  'weakness|failing|flaw ..4 @self @adv? care|cares|give|gives so|too much',
  '@self @adv? hold|holds (myself|my own ..2) to such a? high standard|standards',
];

/** Words that open the frame of a weakness as notes write it, with no "my" before them: "main weakness: perfectionism". */
const NOTES_FRAME = new Set(['biggest', 'greatest', 'main', 'real']);

/**
 * The notes frame ("biggest weakness: perfectionism") is the speaker's only where it opens the
 * sentence or follows "my": "Everyone says their biggest weakness is perfectionism" reports the cliché.
 */
function notesFrameQuoted(sentence: Sentence, match: PhraseMatch): boolean {
  if (!NOTES_FRAME.has(sentence.words[match.start]?.norm ?? '')) return false;
  return match.start > 0 && sentence.words[match.start - 1]!.norm !== 'my';
}

/** Words that make a trait others' or everyone's: "everyone says their biggest weakness is perfectionism". */
const OTHERS_SAY = new Set(['everyone', 'everybody', 'people', 'they', 'their', 'candidates', 'most']);

/** The trait is told of others before it in the sentence, not offered as the speaker's own. */
function saidOfOthers(sentence: Sentence, match: PhraseMatch): boolean {
  return sentence.words.slice(0, match.start).some((w) => OTHERS_SAY.has(w.norm));
}

/** Often a humblebrag, but a real failure when the answer shows what it cost. */
// biome-ignore format: a word list reads best packed, several entries a line
const OFTEN_DISGUISED: readonly string[] = [
  'perfectionist', 'perfectionism', "i (can't|cannot|couldn't|could not) say no", 'i find|found it @adv? hard|difficult to say no', 'i have|had @adv? trouble saying no',
  "(i'm|i am|i was) too (detail-oriented|detail oriented)", 'i take|took on too much',
];

/** The answer shows what the trait cost: then it is a real failure, not a humblebrag. */
function costShown(answer: Answer): boolean {
  return answer.sentences.some((s) => s.signals.cost && s.signals.failure);
}

/** Nouns that name the failure when the speaker offers one: "my biggest failing is that…", "my problem is…". */
// biome-ignore format: a word list reads best packed
const NAMED_FAILURE = new Set(['failure', 'failing', 'weakness', 'flaw', 'shortcoming', 'downfall', 'problem', 'fault', 'mistake']);
/** What a disguised strength is made of: caring, helping, a standard, perfection, quality, commitment. */
// biome-ignore format: a word list reads best packed
const VIRTUES = new Set([
  'care', 'help', 'standard', 'bar', 'perfectionist', 'perfectionism', 'perfect', 'excellent', 'excellence', 'quality', 'dedicate',
  'dedication', 'commit', 'commitment', 'loyal', 'loyalty', 'passion', 'passionate', 'thorough',
]);
const COMPARED = new Set(['higher', 'more']);
/** After "too", a want rather than an excess: "I check my work too little", "I escalate too late". */
const TOO_LITTLE = new Set(['little', 'few', 'late', 'rarely', 'seldom', 'lax', 'careless', 'loose', 'sloppy']);

/** What a speaker who cannot stop working finds hard: "to switch off", "to delegate", "to let go". */
const LETTING_GO = new Set(['delegate', 'switch', 'let', 'step', 'relax', 'disconnect', 'unplug', 'rest']);
const HARD = new Set(['hard', 'difficult', 'tough']);

/**
 * Measured in excess after `from`: "too much", "so much", "such", "every colleague", "higher than
 * most", a virtue named, or work the speaker finds hard to put down ("I find it very hard to switch
 * off", "really hard to delegate").
 */
function inExcess(tokens: readonly Token[], from: number): boolean {
  return tokens.some((t, i) => {
    if (i <= from) return false;
    if (HARD.has(t.lower) && tokens[i + 1]?.lower === 'to' && LETTING_GO.has(tokens[i + 2]?.lemma ?? '')) return true;
    // "too little", "too late": a want, not a virtue in excess.
    if (t.lower === 'too') return !TOO_LITTLE.has(tokens[i + 1]?.lower ?? '');
    if (t.lower === 'such' || t.lower === 'every' || t.lower === 'everyone' || t.lower === 'everybody') return true;
    if (t.lower === 'so' && (tokens[i + 1]?.lower === 'much' || tokens[i + 1]?.lower === 'many')) return true;
    if (t.lower === 'than' && tokens.slice(Math.max(from + 1, i - 6), i).some((x) => COMPARED.has(x.lower))) return true;
    // "a palliative care nurse", "the quality team": a noun that names another noun's kind is no virtue,
    // nor is one that a thing has ("the quality of the replies").
    if (t.pos === 'NOUN' && (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.lower === 'of')) return false;
    // "the standard replies", "thorough checks": an adjective of a thing, not of the speaker ("a passionate person" stays).
    if (t.pos === 'ADJ' && tokens[i + 1]?.pos === 'NOUN' && tokens[i + 1]!.lemma !== 'person') return false;
    // A virtue as the speaker's act ("I commit to dates", "I help colleagues") needs its measure ("too much") to be one.
    // The speaker's own act: "I commit to dates", "I often help colleagues".
    const doneBySpeaker = tokens[i - 1]?.lower === 'i' || (tokens[i - 1]?.pos === 'ADV' && tokens[i - 2]?.lower === 'i');
    if (t.pos === 'VERB' && doneBySpeaker) return false;
    return VIRTUES.has(t.lemma) || VIRTUES.has(t.lower);
  });
}

/*
 * The tests traitOffered makes around each "be" are functions of their own: a closure over the
 * loop's variables would have V8 allocate them afresh for every word.
 */

/** The first colon or dash within sixteen words after `be`, or -1. */
function colonAfter(tokens: readonly Token[], be: number): number {
  for (let k = be + 1; k <= be + 16 && k < tokens.length; k++) if (tokens[k]!.lower === ':' || tokens[k]!.lower === '—') return k;
  return -1;
}

/** Words that open a time clause: an "I" after them tells when the story happened. */
const TIME_OPENERS = new Set(['when', 'while', 'after', 'before', 'since', 'once', 'until']);

/** A present clause of the speaker's right after `be` or holding their "I" at `me` (-1 for none). */
function presentOfSpeaker(tokens: readonly Token[], events: readonly ClauseEvent[], be: number, me: number): boolean {
  return events.some(
    (e) =>
      e.actor === 'self' &&
      ((e.first > be && e.first <= be + 3) || (me >= 0 && e.first <= me && me <= e.last) || (me > be + 3 && e.first === me)) &&
      !e.passive &&
      !e.negated &&
      clauseTense(tokens, e) === 'present',
  );
}

/**
 * A trait of the speaker's, in the present, offered as the failure and measured as a virtue in
 * excess: "my biggest failing is that I care too much", "if there is one thing, it is that I hold
 * my work to a higher standard than most". Whatever the words, the failure named is who the
 * speaker is, and what is wrong with it is that it is too good. A failure told as something done
 * ("my mistake was that I skipped the review") is past, and is no trait.
 */
function traitOffered(s: SentenceAnalysis): boolean {
  const tokens = s.tokens;
  // Every "be" below needs the failure named (a word of NAMED_FAILURE) or the sentence opening on
  // "if": a sentence with neither has no trait offered, so it is passed over in one cheap scan.
  if (
    !gatesOpen() &&
    tokens[0]?.lower !== 'if' &&
    !tokens.some((t) => NAMED_FAILURE.has(t.lemma) || NAMED_FAILURE.has(t.lower) || t.lower === 'weak')
  )
    return false;
  for (let be = 1; be < tokens.length; be++) {
    if (tokens[be]!.lemma !== 'be') continue;
    // The failure named in the six words before the verb (read in place, not sliced).
    let named = false;
    for (let k = Math.max(0, be - 6); k < be && !named; k++) {
      const t = tokens[k]!;
      // "my weak point", "my weak spot": the failure named in two words.
      const weakPoint = (t.lower === 'point' || t.lower === 'spot') && tokens[k - 1]?.lower === 'weak';
      named = t.pos === 'NOUN' && !t.negated && (NAMED_FAILURE.has(t.lemma) || NAMED_FAILURE.has(t.lower) || weakPoint);
    }
    // "If there is anything, it's that I'm a perfectionist": the failure named by the condition before it.
    const offered = tokens[0]?.lower === 'if' && tokens[be - 1]?.lower === 'it' && tokens[be + 1]?.lower === 'that';
    if (!named && !offered) continue;
    // The speaker's "I" within three words of the verb, in a present clause of theirs (one the tagger
    // may have run together with the naming: "my failing is im too demanding").
    let me = -1;
    for (let k = be + 1; k <= be + 3 && k < tokens.length; k++) {
      if (tokens[k]!.lower === 'i') {
        me = k;
        break;
      }
    }
    // "the failure I would offer is, in a sense, a failure of excess: I hold my work to…": the
    // trait told after a colon that closes the naming clause.
    // "the failure I want to share is from when I was working…": an "I" after a word of time tells when, not who.
    if (me >= 0 && TIME_OPENERS.has(tokens[me - 1]!.lower)) continue;
    if (me < 0) {
      const colon = colonAfter(tokens, be);
      if (colon >= 0 && tokens[colon + 1]?.lower === 'i') me = colon + 1;
    }
    // "I'm", "im" ("my flaw is im too hard on…"): the speaker's present being, whatever clause the tagger ran it into.
    const iAm = me >= 0 && ['m', "'m", 'am'].includes(tokens[me + 1]?.lower ?? '');
    const trait = iAm || presentOfSpeaker(tokens, s.events, be, me);
    if (trait && inExcess(tokens, be)) return true;
  }
  return false;
}

/**
 * Each trait offered is reported whatever the learned judgement makes of the rest of the answer
 * (certain): the frame leaves no other reading. On the labelled corpus and our own sets it marked
 * 24 sentences, every one in an answer labelled with this flaw, and none in a strong answer.
 */
function traitsOffered(answer: Answer): { start: number; end: number; messageId: 'traitAsFailure'; certain: true }[] {
  return analyseAnswer(answer)
    .filter(traitOffered)
    .map((s) => ({ start: s.sentence.start, end: s.sentence.end, messageId: 'traitAsFailure' as const, certain: true as const }));
}

export default definePhraseRule({
  id: 'fake-weakness',
  phrases: { virtueAsFlaw: VIRTUE_AS_FLAW, oftenDisguised: OFTEN_DISGUISED },
  userList: 'virtueAsFlaw',
  severity: 'error',
  messages: {
    virtueAsFlaw: {
      message: 'This is a strength dressed up as a failure; interviewers read it as dodging the question.',
      suggestion: 'Pick a failure that cost something real, and say what it cost.',
    },
    costNotShown: {
      message: 'This is a classic humblebrag unless you show what it cost; the answer never does.',
      suggestion: 'Show the damage: the deadline missed, the customer lost, the hours thrown away.',
    },
    traitAsFailure: {
      message: 'This frames your failure as a strength you have too much of; interviewers hear a humblebrag, whatever story follows.',
      suggestion: 'Drop the frame and open on what went wrong: what you did, what it cost, and what you changed.',
    },
    judged: {
      message: 'This "failure" is a strength in disguise; interviewers hear it as dodging the question.',
      suggestion: 'Choose a real failure with a real cost, and tell what you got wrong.',
    },
  },
  report: [
    { list: 'virtueAsFlaw', messageId: 'virtueAsFlaw', unless: notesFrameQuoted },
    {
      list: 'oftenDisguised',
      messageId: 'costNotShown',
      unless: (sentence, match, answer) => costShown(answer) || saidOfOthers(sentence, match),
    },
  ],
  readings: traitsOffered,
  summary: 'A humblebrag or disguised strength offered as the failure',
  rationale:
    'Caring too much or working too hard is a compliment dressed as a confession. Interviewers have heard it many times and read it as evasive. Perfectionism or not saying no can be a real failure, but only when the answer shows the concrete damage it did.',
  sources: ['Caprino', 'Elting'],
  options: {},
  example: {
    flagged: 'My biggest failure is that I care too much about getting every detail right.',
    fixed: 'I kept polishing the onboarding flow for three extra weeks, and the sales team lost two trial customers waiting for it.',
  },
});
