import type { Answer } from '../../answer/model.js';
import { analyseAnswer } from '../../judge/judge.js';
import { wordValence } from '../../nlp/afinn.js';
import type { Token } from '../../nlp/analyse.js';
import { definePhraseRule } from '../rule.js';

/** What a speaker's whole world can be told as: the things whose end is the catastrophe. */
const VENTURES = new Set(['career', 'life', 'world', 'future', 'business', 'livelihood', 'reputation', 'everything']);
/** A venture of the speaker's told with "the" in a belief ("I was sure the shop was finished"): a business that keeps them. */
const OWN_BUSINESSES = new Set([
  'business',
  'company',
  'firm',
  'shop',
  'practice',
  'restaurant',
  'farm',
  'studio',
  'salon',
  'bakery',
  'club',
]);
/** Beliefs that frame the end as felt, not found: "I was sure", "convinced", "I thought". */
const BELIEVED = new Set(['sure', 'certain', 'convinced', 'thought', 'knew', 'believed']);
/** Words that make a venture whole: "my whole career", "the entire world". */
const WHOLE = new Set(['my', 'our', 'whole', 'entire']);
/** What a venture is told as, after "was": over, finished, ruined. */
const ENDED = new Set([
  'over',
  'finished',
  'ending',
  'ruined',
  'destroyed',
  'doomed',
  'wrecked',
  'gone',
  'done',
  'collapsing',
  'crumbling',
]);
/** Verbs that end a venture in themselves: "the whole world was ending", "everything collapsed". */
const ENDING = new Set(['end', 'collapse', 'crumble', 'implode', 'disintegrate']);

/**
 * The speaker's whole venture told as ended, however the sentence frames it: "I thought my whole
 * career in archaeology was finished", "my life as I knew it was over", "it was like the whole
 * world was ending". The venture is the speaker's ("my", "our") or whole ("the entire world"),
 * or everything; a short phrase may stand before the verb ("in archaeology", "as I knew it").
 * Not "my career wasn't over", nor "the shift was over" (no venture).
 */
/** A word of belief in the four words before `end`. */
function believedBefore(tokens: readonly Token[], end: number): boolean {
  for (let k = Math.max(0, end - 4); k < end; k++) if (BELIEVED.has(tokens[k]!.lower)) return true;
  return false;
}

// The readings below test what lies around a word with plain loops and helpers, not closures: a
// closure that reads a loop's variable makes V8 allocate that variable afresh for every word.
function ventureEnded(tokens: readonly Token[]): { first: number; last: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const business = OWN_BUSINESSES.has(t.lower) && t.pos === 'NOUN';
    if ((!VENTURES.has(t.lower) && !business) || (t.pos !== 'NOUN' && t.lower !== 'everything')) continue;
    // "I was sure the shop was finished": the business the speaker keeps, named with "the" in a belief just before.
    const believed = business && tokens[i - 1]?.lower === 'the' && believedBefore(tokens, i - 1);
    const owned =
      t.lower === 'everything' ||
      t.lower === 'world' ||
      believed ||
      WHOLE.has(tokens[i - 1]?.lower ?? '') ||
      WHOLE.has(tokens[i - 2]?.lower ?? '');
    if (!owned) continue;
    // The quote takes in "my whole": the venture as the speaker named it.
    let from = i;
    while (from > i - 2 && WHOLE.has(tokens[from - 1]?.lower ?? '')) from--;
    for (let k = i + 1; k < Math.min(tokens.length, i + 7); k++) {
      const x = tokens[k]!;
      if (x.pos === 'PUNCT' || x.pos === 'CCONJ') break;
      // "fell apart", "had caved in": an end told with its particle.
      const apart = (x.lemma === 'fall' && tokens[k + 1]?.lower === 'apart') || (x.lemma === 'cave' && tokens[k + 1]?.lower === 'in');
      if (x.pos === 'VERB' && (ENDING.has(x.lemma) || apart) && x.lower !== x.lemma && tokens[k - 1]?.lemma !== 'not')
        return { first: from, last: apart ? k + 1 : k };
      if (x.lemma !== 'be' || x.pos !== 'AUX') continue;
      let m = k + 1;
      while (tokens[m]?.pos === 'ADV' && !['not', 'never', "n't"].includes(tokens[m]!.lower)) m++;
      const state = tokens[m];
      // "my career in sales was over by 2019": a date on it tells a change of job, not a catastrophe.
      const dated = ['by', 'in', 'at', 'after'].includes(tokens[m + 1]?.lower ?? '') && tokens[m + 2]?.pos === 'NUM';
      if (state && ENDED.has(state.lower) && !dated) return { first: from, last: m };
      break;
    }
  }
  return null;
}

/** How strongly a word is felt as bad, from the AFINN lexicon (negative), by its form, its lemma, or "-fying" as "-fied". */
function feltAs(t: Token): number {
  const direct = wordValence(t.lower) ?? wordValence(t.lemma);
  if (direct !== undefined) return direct;
  if (t.lower.endsWith('fying')) return wordValence(`${t.lower.slice(0, -5)}fied`) ?? 0;
  if (t.lower.endsWith('ating')) return wordValence(`${t.lower.slice(0, -3)}ed`) ?? 0;
  return 0;
}

/** Stretches of time or of living a superlative of suffering is set on: "moment", "night", "experience". */
const SPELLS = new Set(['moment', 'day', 'night', 'week', 'month', 'hour', 'experience', 'time', 'period', 'feeling', 'ordeal', 'episode']);
/** What the speaker has lived through, after "ever": not "made" (the worst mistake I ever made is the question's own frame). */
const LIVED = new Set(['live', 'be', 'have', 'feel', 'know', 'experience', 'go', 'endure', 'face', 'see']);

/**
 * A superlative of suffering set against the speaker's whole life: "the single most horrifying
 * moment I've ever lived through", "the scariest night of my working life". The adjective is
 * strongly felt as bad (AFINN -2 or lower), so "the hardest week of my career" is left alone,
 * and it is set on a spell of time, not on the mistake itself.
 */
function sufferingSuperlative(tokens: readonly Token[]): { first: number; last: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const most = t.lower === 'most' && tokens[i + 1]?.pos === 'ADJ';
    const adjective = most ? tokens[i + 1]! : t;
    if (!most && !(t.pos === 'ADJ' && (t.lower.endsWith('est') || t.lower === 'worst'))) continue;
    if (feltAs(adjective) > -2) continue;
    const at = most ? i + 1 : i;
    const spell = SPELLS.has(tokens[at + 1]?.lemma ?? '') ? at + 1 : SPELLS.has(tokens[at + 2]?.lemma ?? '') ? at + 2 : -1;
    if (spell < 0) continue;
    // "… of my (working) life", "… I've ever lived through"
    for (let k = spell + 1; k < Math.min(tokens.length, spell + 6); k++) {
      const x = tokens[k]!;
      if ((x.lemma === 'life' || x.lemma === 'career') && tokens.slice(spell + 1, k).some((y) => y.lower === 'my'))
        return { first: i, last: k };
      if (x.lower === 'ever' && LIVED.has(tokens[k + 1]?.lemma ?? ''))
        return { first: i, last: tokens[k + 2]?.pos === 'ADP' ? k + 2 : k + 1 };
    }
  }
  return null;
}

/** Acts of ending a person: "nearly finished me", "almost broke us". */
const UNDOING = new Set(['finish', 'kill', 'break', 'destroy', 'end', 'ruin', 'bury', 'sink', 'wreck']);

/**
 * The failure told as having nearly ended the speaker: "the one that nearly finished me", "it
 * almost broke us". "Nearly" or "almost", a verb of ending in the past, and the speaker as its
 * object; not "I nearly finished the report" (the speaker is the doer).
 */
function nearlyUndone(tokens: readonly Token[]): { first: number; last: number } | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (w !== 'nearly' && w !== 'almost') continue;
    const verb = tokens[i + 1]!;
    const object = tokens[i + 2]!.lower;
    if (verb.pos === 'VERB' && UNDOING.has(verb.lemma) && verb.lower !== verb.lemma && (object === 'me' || object === 'us'))
      return { first: i, last: i + 2 };
  }
  return null;
}

/** Drama the lists cannot name, read from the grammar of each sentence. */
function dramaRead(answer: Answer): { start: number; end: number; messageId: 'catastrophe' }[] {
  const out: { start: number; end: number; messageId: 'catastrophe' }[] = [];
  for (const s of analyseAnswer(answer)) {
    if (s.sentence.words.some((w) => w.quoted)) continue;
    for (const span of [ventureEnded(s.tokens), sufferingSuperlative(s.tokens), nearlyUndone(s.tokens)]) {
      if (span) out.push({ start: s.tokens[span.first]!.start, end: s.tokens[span.last]!.end, messageId: 'catastrophe' });
    }
  }
  return out;
}

// biome-ignore format: a word list reads best packed, several entries a line
const CATASTROPHISING: readonly string[] = [
  '(absolute|total|complete|utter|unmitigated|epic|massive|huge|colossal) (disaster|catastrophe|nightmare|chaos|train wreck|trainwreck|fiasco|meltdown|fail)',
  'catastrophe|nightmare|apocalypse|apocalyptic|armageddon|horrific|horrendous|traumatic|traumatised|traumatized|devastated|devastating|soul-crushing|earth-shattering',
  'the worst (day|moment|thing|experience|mistake|failure|week|time|period) of my (life|career|entire life|whole life|whole career)',
  'ruined (everything|my career|my life|my reputation|the company)', 'end of the world', 'my (career|life) was (over|ruined)',
  'everything (fell apart|collapsed|went up in flames)', 'i wanted to (die|disappear|crawl into a hole)',
  "i (will|'ll) never (recover|live it down)", 'the world (ended|came crashing down)', 'all hell broke loose',
  // A superlative of suffering set against a whole life or career: "the bleakest month of my working life".
  'the worst|darkest|bleakest|lowest|blackest ..2 of my ..2 life|career',
  // The same superlative against everything the speaker has lived: "the worst night I've ever had in a kitchen".
  "the worst|darkest|bleakest|lowest|blackest ..2 (i've|i have|i'd|i had) @adv? ever (had|known|lived through|been through|seen)",
  // The speaker's whole venture felt as ended: "I was sure my career was finished", "convinced the company was over".
  '(sure|certain|convinced|thought|knew) that? (my|our|the) career|life|phd|degree|business|company (was|were|is) @adv? (over|finished|ruined|done for)',
  'my (career|phd|degree) (was|is) @adv? (over|finished|done for)',
  'went|go|going|gone up in smoke',
  'the most @adv? humiliating|horrendous|horrible|awful|mortifying|terrifying|harrowing|shameful ..2 of my (entire|whole|working)? life|career',
  'the most humiliating|horrendous|horrible|mortifying|terrifying|harrowing|shameful moment|day|night|week|experience|thing',
  // Everything at once, coming down, told as a feeling (a wall that really came down is no drama): "as if the entire school were falling apart".
  'felt|seemed|if|though|like ..3 whole|entire ..3 (was|were) @adv? collapsing|crumbling|imploding|disintegrating|unravelling|unraveling|burning',
  'felt|seemed|if|though|like ..3 whole|entire ..3 (was|were) @adv? (falling apart|going up in flames|coming down|caving in)',
  // Hyperbole that announces itself, and pictures of disaster.
  'without (any)? exaggeration', 'of epic|biblical proportions', 'like (watching)? a car crash|train wreck|plane crash', 'in slow motion',
  'the ground|floor to open (up)? and swallow me', 'swallow me whole', '(you|one|i) (never|don\'t|do not) @adv? recover from',
];

export default definePhraseRule({
  id: 'overdramatic',
  phrases: { catastrophising: CATASTROPHISING },
  userList: 'catastrophising',
  severity: 'warning',
  severityNote: 'info for a single dramatic phrase, a warning when drama is the tone of the answer',
  unconfirmed: 'info',
  messages: {
    dramatic: {
      message: '"{{phrase}}" dramatises the failure; the facts will carry more weight.',
      suggestion: 'Say what actually happened and what it cost, in plain numbers.',
    },
    catastrophe: {
      message: 'This tells the failure as a catastrophe for your whole life or career; the facts will carry more weight.',
      suggestion: 'Say what actually happened and what it cost, and how you felt in plain words ("I was shaken").',
    },
    judged: {
      message: 'The tone here is more dramatic than the events, which makes the story harder to trust.',
      suggestion: 'Describe what happened in plain words and let the facts carry the weight.',
    },
  },
  report: [{ list: 'catastrophising', messageId: 'dramatic' }],
  readings: dramaRead,
  // One dramatic word is a note (info); drama in more than one place is the tone of the answer (warning).
  milderWhenAlone: true,
  summary: 'Catastrophising: the failure told as a tragedy',
  rationale:
    'A failure told as a catastrophe makes the listener wonder about your judgement under pressure, and the drama crowds out the lesson. Keep it simple and factual; let the numbers carry the weight.',
  sources: ['Brown', 'Leadership IQ'],
  options: {},
  example: {
    flagged: 'The demo was an absolute catastrophe, the worst day of my career.',
    fixed: 'The demo failed twice in front of the client, and we lost the pilot.',
  },
});
