/**
 * Frames of the act: how a sentence tells what was done, read from the grammar and the closed
 * classes of function words rather than from the domain's vocabulary. A deliberate breach is told
 * with an aim ("so it wouldn't show", "so that the log would look complete"), a choice against
 * the rule ("rather than stop the line", "did it anyway") or a concealment ("without telling
 * anyone", "didn't mention it"); self-praise compares the speaker with everyone else ("quicker
 * than anyone", "nobody else could have") or reports a superlative. These frames recur whatever
 * the trade, where the words of one nurse's or one engineer's breach do not.
 */
import type { ClauseEvent } from '../nlp/clauses.js';
import type { Token } from '../nlp/analyse.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const ENDS_EST = /est$/;

export const FRAMES = ['intent', 'instead', 'despite', 'conceal', 'alone', 'outdo', 'superlative', 'praised', 'the-one'] as const;
export type Frame = (typeof FRAMES)[number];

const PURPOSE_MODALS = new Set(['would', 'could', 'might', 'wo', 'ca']);
/** Acts of telling: negated in the speaker's own clause they keep something back. */
export const TELLING: ReadonlySet<string> = new Set([
  'tell',
  'mention',
  'inform',
  'report',
  'disclose',
  'flag',
  'say',
  'record',
  'note',
  'mark',
  'log',
  'escalate',
  'declare',
]);
/** Acts of reporting what someone thinks: "said it was the best", "called it the rescue of the quarter". */
const REPORTING = new Set(['say', 'tell', 'call', 'describe', 'name', 'rate', 'praise', 'single', 'hold', 'write']);
/** Adverbs of doing something unseen. */
export const SECRETLY: ReadonlySet<string> = new Set(['quietly', 'silently', 'secretly', 'discreetly', 'privately']);
const EVERYONE_ELSE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'other', 'others', 'most', 'rest']);
const NOBODY = new Set(['nobody', 'no', 'none']);
const IDENTITY = new Set(['one', 'person', 'man', 'woman', 'guy']);
/** Parts of speech that open an object ("without telling anyone"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADJ']);
const TIME_SPANS = new Set(['ever', 'history', 'decade', 'career', 'year', 'years', 'region', 'company', 'country']);

function isSuperlative(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'ADJ' && ENDS_EST.test(t.lower) && t.lower !== t.lemma) return true;
  if (t.lower === 'best') return true;
  return t.lower === 'most' && next !== undefined && (next.pos === 'ADJ' || next.pos === 'ADV');
}

function within(tokens: readonly Token[], from: number, span: number, test: (t: Token) => boolean): boolean {
  for (let i = from; i < Math.min(tokens.length, from + span); i++) if (test(tokens[i]!)) return true;
  return false;
}

/**
 * Every word a frame below can start at, besides an adjective (a superlative): any other word
 * starts none, and is passed over with this one lookup.
 */
const FRAME_WORDS: ReadonlySet<string> = new Set([
  ...['so', 'order', 'rather', 'instead', 'anyway', 'regardless', 'though', 'without', 'myself', 'than', 'best', 'most'],
  ...SECRETLY,
  ...NOBODY,
  ...IDENTITY,
]);

/** Frames told by the words alone. */
function wordFrames(tokens: readonly Token[], into: Set<Frame>): boolean {
  let superlative = false;
  tokens.forEach((t, i) => {
    const w = t.lower;
    if (t.pos !== 'ADJ' && !FRAME_WORDS.has(w)) return;
    const next = tokens[i + 1];
    // "so it wouldn't show", "so that the figures would", "in order to".
    if (w === 'so' && within(tokens, i + 1, 5, (x) => PURPOSE_MODALS.has(x.lower) || x.lower === 'that')) into.add('intent');
    if (w === 'order' && tokens[i - 1]?.lower === 'in' && next?.lower === 'to') into.add('intent');
    if ((w === 'rather' && next?.lower === 'than') || (w === 'instead' && next?.lower === 'of')) into.add('instead');
    if (w === 'anyway' || w === 'regardless' || (w === 'though' && tokens[i - 1]?.lower === 'even')) into.add('despite');
    // "without telling anyone", "without logging the refill"; not "without warning".
    const object = tokens[i + 2];
    const takesObject = object !== undefined && OBJECT_STARTS.has(object.pos);
    if (w === 'without' && next && (next.pos === 'VERB' || next.lower.endsWith('ing')) && takesObject) into.add('conceal');
    if (SECRETLY.has(w)) into.add('conceal');
    if (w === 'myself' && tokens[i - 1]?.pos !== 'ADP') into.add('alone');
    if (w === 'than' && within(tokens, i + 1, 3, (x) => EVERYONE_ELSE.has(x.lower))) into.add('outdo');
    if (NOBODY.has(w) && (next?.lower === 'else' || next?.lower === 'other')) into.add('outdo');
    if (
      IDENTITY.has(w) &&
      tokens[i - 1]?.lower === 'the' &&
      next &&
      (next.lower === 'who' || next.lower === 'people' || next.pos === 'PRON')
    ) {
      into.add('the-one');
    }
    if (isSuperlative(t, next)) {
      superlative = true;
      if (within(tokens, i + 1, 8, (x) => TIME_SPANS.has(x.lower) || x.pos === 'NUM')) into.add('superlative');
    }
  });
  return superlative;
}

/** The frames of one sentence. */
export function actFrames(tokens: readonly Token[], events: readonly ClauseEvent[]): Frame[] {
  const into = new Set<Frame>();
  const superlative = wordFrames(tokens, into);
  for (const e of events) {
    // "I didn't raise it with payroll", "I never told the customer".
    if (e.actor === 'self' && e.negated && !e.modal && e.act && TELLING.has(e.act)) into.add('conceal');
    // Someone else reports a superlative: "the director said it was the best".
    if (superlative && e.actor !== 'self' && e.actor !== 'group' && !e.negated && e.act && REPORTING.has(e.act)) into.add('praised');
  }
  // A choice against the rule is the speaker's own: "I knew the rule, but went ahead anyway".
  if (!events.some((e) => e.actor === 'self' || e.actor === 'group')) {
    into.delete('despite');
    into.delete('instead');
  }
  return [...into];
}
