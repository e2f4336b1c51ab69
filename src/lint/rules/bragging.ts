import type { Answer, Sentence } from '../../answer/model.js';
import type { PhraseMatch } from '../../answer/phrase-language.js';
import type { Token } from '../../nlp/analyse.js';
import { defineRule } from '../rule.js';
import { wordValence } from '../../nlp/afinn.js';
import { personRole, speakerOwns, type ClauseEvent } from '../../nlp/clauses.js';
import { anyIn, clauseAt, readAnswer, reportWithReadings, SPEAKER, whole, word, type Read, type SelfTalk } from '../self-talk.js';
import { gatesOpen } from '../../nlp/gates.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const ENDS_EST = /est$/;
const ENDS_ER = /er$/;

/** Word sets the readings below test with anyIn: made once, not on every call. */
const WORDS_I: ReadonlySet<string> = new Set(['i']);
const WORDS_EVER_HISTORY_DECADE_YEARS: ReadonlySet<string> = new Set(['ever', 'history', 'decade', 'years', 'seen', 'had', 'received']);
const WORDS_OUR_WE_IT_THEY: ReadonlySet<string> = new Set(['our', 'we', 'it', 'they']);
const WORDS_BEST: ReadonlySet<string> = new Set(['best']);
const WORDS_IT_THAT: ReadonlySet<string> = new Set(['it', 'that']);
const WORDS_ME_MY: ReadonlySet<string> = new Set(['me', 'my']);
const WORDS_IT_MY_THAT_ME: ReadonlySet<string> = new Set(['it', 'my', 'that', 'me', 'our']);
const WORDS_COULD_WOULD: ReadonlySet<string> = new Set(['could', 'would']);
const WORDS_WOULD: ReadonlySet<string> = new Set(['would']);

// biome-ignore format: a word list reads best packed, several entries a line
const SELF_AGGRANDISING: readonly string[] = [
  '(single-handedly|singlehandedly|single handedly)',
  'the best * (they|he|she|we|the company) (ever|had ever|have ever|has ever) (had|hired|seen|worked with)',
  '(nobody else|no one else) (could|would) have', 'only i could',
  // "which frankly not many agents in the city could have pulled off": the speaker's feat set above the field's.
  'not many ..5 could have (pulled|managed|landed|closed|swung)',
  "(i'm|i am|i was) (a|the|basically a|basically the) (genius|rockstar|rock star|ninja|superstar|legend|hero|wizard|savior|saviour)",
  'i saved the (day|company|quarter|whole project|entire project)', 'thanks to me', 'without me', 'as usual i', 'i always deliver',
  'i never make mistakes', 'heroic|heroically', "(i'm|i am) known (as|for being) the best", "everyone knows (i'm|i am)",
  "(i'm|i am) (brilliant|exceptional|outstanding|gifted|a natural)", 'i carried the (team|project|company)',
  'i was the only one ..4 (smart|clever|sharp|capable|competent|talented|experienced|good) enough', 'smartest (person|one|engineer|analyst) in the room',
  'way ahead of everyone', 'i (outperformed|outshone|outclassed) everyone', '(my|our) team would have (failed|collapsed) without me',
];

/** Units a run of targets met is counted in: "six years straight", "for five quarters". */
const UNITS = new Set(['year', 'years', 'yrs', 'yr', 'month', 'months', 'quarter', 'quarters', 'season', 'seasons']);

/** Lemmas of praise: the qualities a superlative or comparative boasts of ("the fastest", "cleaner than anyone's"). */
// biome-ignore format: a word list reads best packed, several entries a line
const PRAISE = new Set([
  'good', 'well', 'fast', 'quick', 'strong', 'smart', 'clever', 'bright', 'sharp', 'clean', 'effective', 'successful', 'talented', 'capable',
  'skilled', 'reliable', 'productive', 'efficient', 'accomplished', 'high', 'impressive', 'competent', 'knowledgeable', 'creative',
  'brilliant', 'strategic', 'thorough', 'decisive', 'valuable', 'experienced', 'hard', 'profitable', 'tidy', 'neat', 'clear', 'smooth',
  'polished', 'organised', 'organized', 'professional', 'calm', 'fine', 'great', 'able', 'gifted', 'safe', 'accurate',
  'outstanding', 'excellent', 'exceptional', 'precise', 'meticulous', 'rigorous', 'detailed', 'careful', 'diligent', 'dedicated',
]);
/** Whom the speaker is measured against: everyone else. */
const PEERS = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'others', 'any', 'most', 'all', 'the', 'my', 'other', 'people']);
/** Turning to someone for help: "the one they call", "the person other coaches ring". */
const TURN_TO = new Set(['call', 'ring', 'go', 'come', 'turn', 'phone', 'rely', 'ask', 'send', 'bring', 'trust', 'want', 'lean']);
const ACCLAIM = new Set(['name', 'vote', 'grade', 'rate', 'single', 'crown', 'hail', 'praise', 'credit', 'award', 'shortlist', 'cite']);
/** Acclaim that honours a piece of work itself: shortlisted, voted, crowned, hailed, awarded. */
const HONOURED = new Set(['shortlist', 'vote', 'crown', 'hail', 'award']);
/** What praised work is held up as ("as the model for every other site"); not "as the example", which a lesson shared is too. */
const MODELS = new Set(['standard', 'benchmark', 'blueprint', 'yardstick', 'reason']);
/** What an award of the year is given to: a person in a role, or a feat ("save of the year"). */
const HONOURS = /(?:er|or|ist|ian|ee|coach|save|player|hire|person|deal|win|award)$/;
const PEOPLE_WORDS = /(?:er|or|ist|ian|people|team|teams|colleagues|staff|one|ones)$/;

/** Is this word a degree of praise ("faster", "safest", "bigger")? By its lemma, or its stem when the lexicon has none. */
function praiseStem(t: Token, suffix: 'er' | 'est'): boolean {
  if (PRAISE.has(t.lemma)) return true;
  const stem = t.lower.slice(0, -suffix.length);
  return PRAISE.has(stem) || PRAISE.has(`${stem}e`) || PRAISE.has(stem.slice(0, -1)) || PRAISE.has(stem.replace(/i$/, 'y'));
}

/** "best-run", "best-kept", "best-performing": a compound on a participle of work done. */
const BEST_DONE = /^best-[a-z]+(?:ed|ing|n|t)$/;
/** "top-billing", "top-rated", "top-performing": a rank in a compound on a participle. */
const TOP_DONE = /^(?:top|highest)-[a-z]+(?:ed|ing)$/;
const BEST_PLACED = new Set(['best-placed', 'best-positioned', 'best-suited', 'best-equipped', 'best-known']);

const RANKED_MINE = new Set(['it', 'my', 'our', 'i', 'me', 'we', 'mine', 'ours']);

/** Adjectives the lexicon rates well that tell weight, not merit: "the most important lesson". */
const WEIGHT = new Set(['important', 'significant', 'interesting', 'exciting', 'useful', 'relevant', 'likely', 'clear', 'obvious']);

/**
 * A word after "most" that the AFINN lexicon rates +2 or better ("responsive", "trusted", "encouraging",
 * a participle the tagger may read as a verb): praise beyond the list above.
 */
function praisedInLexicon(t: Token): boolean {
  return (t.pos === 'ADJ' || t.pos === 'VERB') && !WEIGHT.has(t.lemma) && (wordValence(t.lower) ?? 0) >= 2;
}

/** A superlative of praise at i ("best", "fastest", "most effective"): the index of its adjective, or -1. */
function praiseSuperlative(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.lower === 'most' && tokens[i + 1] && (PRAISE.has(tokens[i + 1]!.lemma) || praisedInLexicon(tokens[i + 1]!))) return i + 1;
  // "planning on the best case": a scenario, as "the worst case" is, and no praise.
  if (t.lower === 'best' && word(tokens, i + 1) === 'case') return -1;
  // "the best-run project", "the best-kept ledger": a compound of praise for work done. Not one of
  // place or plan ("the best-placed person to catch it", "the best-case date").
  if (t.lower === 'best' || (t.lower.startsWith('best-') && BEST_DONE.test(t.lower) && !BEST_PLACED.has(t.lower))) return i;
  // "the top biller in the team": a rank among people, held in a group ("the top floor" is a place).
  if (t.lower === 'top' && tokens[i + 1]?.pos === 'NOUN' && amongPeers(tokens, i + 2)) return i;
  // "top of the leaderboard", "top of the sales table": a rank on a board that ranks people.
  if (t.lower === 'top' && onTheBoard(tokens, i)) return i;
  // "the number one rep in the region": a rank in words, held in a group.
  if (t.lower === 'number' && word(tokens, i + 1) === 'one' && tokens[i + 2]?.pos === 'NOUN' && amongPeers(tokens, i + 3)) return i;
  // "the top-selling rep in the region", "the top-rated nurse on the ward": the rank in one word.
  if (TOP_DONE.test(t.lower) && tokens[i + 1]?.pos === 'NOUN' && amongPeers(tokens, i + 2)) return i;
  // "the youngest architect in the practice to be given a scheme that size", "the first person on my team
  // to be promoted": singled out among peers for a trust or a rise. Told without the choosing ("the
  // youngest nurse on the ward"), it is often why the speaker held back, not a boast.
  if (SINGLED_OUT.has(t.lower) && chosenAfter(tokens, i)) return i;
  if (t.pos !== 'ADJ' && t.pos !== 'ADV') return -1;
  return ENDS_EST.test(t.lower) && praiseStem(t, 'est') ? i : -1;
}

/** Words that single a person out among others: "the youngest…", "the first…", "the only…". */
const SINGLED_OUT = new Set(['youngest', 'first', 'only']);
/** What a person is singled out for: "to be promoted", "to be given", "to have been trusted". */
// biome-ignore format: a word list reads best packed
const CHOSEN = new Set(['promote', 'give', 'trust', 'choose', 'select', 'appoint', 'name', 'offer', 'invite', 'entrust', 'hire']);
/** What a person can be singled out to be given that is no honour: "the first to be given a formal warning". */
// biome-ignore format: a word list reads best packed
const SANCTIONS = new Set(['warning', 'notice', 'disciplinary', 'caution', 'reprimand', 'probation', 'review', 'improvement', 'final', 'written']);

/** A person (a role, or "one", "person") right after `i`, then "to be" or "to have been" and a verb of choosing, within a few words. */
function chosenAfter(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  // "the only one", "the first person": "one" may be read as a number.
  while (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ' || tokens[k]?.lower === 'one') k++;
  const head = tokens[k - 1];
  if (k === i + 1 || !head || !(head.lower === 'person' || head.lower === 'one' || personRole(head.lemma))) return false;
  const to = tokens.findIndex((x, j) => j >= k && j < k + 5 && x.lower === 'to');
  if (to < 0) return false;
  let v = to + 1;
  if (tokens[v]?.lower === 'have') v++;
  if (tokens[v]?.lemma !== 'be' || !CHOSEN.has(tokens[v + 1]?.lemma ?? '')) return false;
  // "the only person on the team to be given a formal warning": singled out, but not for an honour.
  return !tokens.slice(v + 2, v + 6).some((x) => SANCTIONS.has(x.lower));
}

/** Verbs that report someone's words or view. */
const SAYING = new Set(['tell', 'say', 'feel', 'think', 'point', 'warn', 'write', 'note', 'suggest', 'explain']);

/** "sharper than the rest of the cohort", "faster than the people who built it": the speaker above the rest. */
function aboveOthers(read: Read, i: number): boolean {
  const { tokens } = read;
  const t = tokens[i]!;
  if (t.lower !== 'than') return false;
  let peer = i + 1;
  if (word(tokens, peer) === 'from') peer++;
  const who = word(tokens, peer);
  if (!PEERS.has(who)) return false;
  if (who === 'the' || who === 'my' || who === 'any' || who === 'all' || who === 'most') {
    const noun = tokens.slice(peer + 1, peer + 4).find((x) => x.pos === 'NOUN' || x.pos === 'PRON');
    const people = noun && (PEOPLE_WORDS.test(noun.lower) || (noun.pos === 'NOUN' && personRole(noun.lemma)));
    if (!noun || !people || (noun.lower === 'one' && who === 'the')) return false;
  }
  const comparative = tokens
    .slice(Math.max(0, i - 4), i)
    .find((x) => x.lower === 'better' || (ENDS_ER.test(x.lower) && praiseStem(x, 'er')));
  if (!comparative) return false;
  const clause = clauseAt(read, i);
  const mine = anyIn(tokens, Math.max(0, i - 8), i, SPEAKER) >= 0;
  // "she told me that my standards were higher than the client needed": someone else's verdict, reported.
  const reported = read.events.some((e) => e.actor === 'other' && e.last < i && e.act !== null && SAYING.has(e.act));
  return mine && !reported && !!clause && !clause.negated && (clause.actor === 'self' || clause.actor === 'thing');
}

/** "I'm one of the …", "I was the …", "I've been the …" just before i: the speaker is what the superlative describes. */
function speakerIs(tokens: readonly Token[], i: number): boolean {
  // "I finished the quarter as the top biller", "I ended the year as the best-rated nurse": the speaker ranked by their own act.
  if (word(tokens, i - 1) === 'the' && word(tokens, i - 2) === 'as') {
    const me = tokens.findIndex((x, j) => j >= i - 10 && j < i - 2 && x.lower === 'i');
    if (me >= 0 && tokens[me + 1]?.pos === 'VERB' && tokens[me + 1]!.lower !== tokens[me + 1]!.lemma) return true;
  }
  // "I came top of my cohort", "I finished top of the table": a rank the speaker placed in.
  if (PLACING.has(tokens[i - 1]?.lemma ?? '') && tokens[i - 1]!.pos === 'VERB' && word(tokens, i - 2) === 'i') return true;
  // "i've hit target six years straight and was top rep": "and was" with no subject of its own,
  // after a clause whose subject is the speaker.
  if (word(tokens, i - 2) === 'and' && tokens[i - 1]?.lemma === 'be' && tokens[i - 1]!.pos === 'AUX') {
    const subject = tokens.findLastIndex((x, k) => k < i - 2 && (x.pos === 'PRON' || x.pos === 'PROPN') && x.lower !== 'it');
    if (subject >= 0 && tokens[subject]!.lower === 'i') return true;
  }
  for (let j = Math.max(0, i - 6); j < i; j++) {
    if (tokens[j]!.lower !== 'i') continue;
    const rest = tokens.slice(j + 1, i);
    if (rest.some((x) => x.pos === 'VERB' || x.lemma === 'not')) continue;
    if (rest.some((x) => x.pos === 'AUX' && x.lemma === 'be')) return true;
  }
  return false;
}

/** Verbs of placing in a ranking: "came top", "finished top", "ranked top". */
const PLACING = new Set(['come', 'finish', 'end', 'place', 'rank']);
/** Boards that rank people against each other: "top of the leaderboard", "top of the league table". */
const RANKINGS = new Set(['leaderboard', 'league', 'table', 'tables', 'rankings', 'ranking', 'charts', 'class', 'standings', 'scoreboard']);

/** "top of the leaderboard", "top of our region's sales table": "of", then a board of ranks within three words. */
function onTheBoard(tokens: readonly Token[], i: number): boolean {
  if (word(tokens, i + 1) !== 'of') return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) {
    // A board, or the group itself: "top of my cohort", "top of the whole team".
    if (RANKINGS.has(tokens[k]!.lower) || PEER_GROUPS.has(tokens[k]!.lemma)) return true;
    if (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "I logged 147 defects, which was the highest in the programme": "which was the" before the
 * superlative, pointing back at the speaker's own act told just before, when that act is not the
 * failure ("I missed nine deadlines, which was the highest on the team" owns a failing).
 */
function whichIsMine(read: Read, i: number): boolean {
  const { tokens } = read;
  if (word(tokens, i - 1) !== 'the' || tokens[i - 2]?.lemma !== 'be' || word(tokens, i - 3) !== 'which') return false;
  const mine = read.events.find((e) => e.last < i - 3 && e.actor === 'self' && !e.negated);
  if (!mine) return false;
  const from = tokens[mine.first]!.start;
  const to = tokens[i - 3]!.start;
  return !read.sentence.signals.failureWording.some((r) => r.start < to && r.end > from);
}

/** What a rank of merit is told in: "the highest assessment score in my intake", "the best reviews on the team". */
const MERITS = new Set(['score', 'rating', 'mark', 'grade', 'result', 'feedback', 'review', 'sale', 'appraisal', 'assessment']);

/**
 * "I was promoted the following year with the highest assessment score in my intake": a rank of
 * merit the speaker holds in a clause of their own. Not a measure of a failing ("I had the highest
 * error rate on the team"): the noun ranked must be one of merit.
 */
function meritHeld(read: Read, clause: ClauseEvent, adj: number): boolean {
  if (clause.actor !== 'self' || clause.negated || clause.modal) return false;
  const { tokens } = read;
  for (let k = adj + 1; k < Math.min(tokens.length, adj + 4); k++) {
    const x = tokens[k]!;
    if (x.pos !== 'NOUN') break;
    if (MERITS.has(x.lemma) && tokens[k + 1]?.pos !== 'NOUN') return true;
  }
  return false;
}

/** Superlatives that measure rather than praise: "my error rate was the highest on the team" owns a failing. */
const MEASURES = new Set(['high', 'low', 'fast', 'quick', 'slow', 'big', 'small', 'hard', 'long', 'short', 'late', 'early']);

/**
 * "my models were the most detailed on the floor", "our stand was the best-kept in the hall": the
 * speaker's own work, as the subject of the copula before "the", ranked by a word of praise.
 */
function myWorkRanked(tokens: readonly Token[], i: number, adj: number): boolean {
  if (word(tokens, i - 1) !== 'the' && !(word(tokens, i - 1) === 'most' && word(tokens, i - 2) === 'the')) return false;
  const be = word(tokens, i - 1) === 'the' ? i - 2 : i - 3;
  if (tokens[be]?.lemma !== 'be' || tokens[be]!.negated) return false;
  // "My write-up was the most detailed on the team, but it answered the wrong question": the rank set
  // up only to be turned against in the same sentence.
  if (tokens.slice(adj + 1).some((t) => t.lower === 'but' || t.lower === 'yet' || t.lower === 'still')) return false;
  const stem = tokens[adj]!.lemma.replace(/est$/, '');
  if (MEASURES.has(tokens[adj]!.lemma) || MEASURES.has(stem)) return false;
  // The subject's phrase, back from the copula: "my models", "our whole stand".
  for (let k = be - 1; k >= Math.max(0, be - 4); k--) {
    const w = tokens[k]!;
    if (w.lower === 'my' || w.lower === 'our') return true;
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'PROPN') return false;
  }
  return false;
}

/** The groups a rank is held in: "highest in the company", "the best record on the team". */
// biome-ignore format: a word list reads best packed
const PEER_GROUPS = new Set([
  'team', 'company', 'department', 'office', 'room', 'region', 'class', 'cohort', 'firm', 'unit', 'country', 'business', 'organisation',
  'organization', 'squad', 'branch', 'floor', 'division', 'group', 'intake', 'program', 'programme', 'district', 'territory', 'area',
  'site', 'network', 'sector', 'industry', 'trust', 'school', 'league', 'practice', 'store', 'chain', 'country', 'world',
  'depot', 'ward', 'plant', 'warehouse', 'studio', 'kitchen', 'station', 'agency', 'clinic', 'hospital', 'shop', 'yard',
  'fleet', 'base', 'crew', 'airline',
]);
const POSSESSIVE_OR_THE = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'that', 'this', 'whole', 'entire']);

/** Just after a superlative, the group it ranks in: "in the company", "on the whole team", "of the intake" (a noun may come first). */
function amongPeers(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < from + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'in' || t.lower === 'on' || t.lower === 'of' || t.lower === 'across' || t.lower === 'at') {
      let k = j + 1;
      while (POSSESSIVE_OR_THE.has(tokens[k]?.lower ?? '')) k++;
      // "in the Leeds office", "across the whole north region": a name or a word of place before the group.
      if (k > j + 1 && (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'ADJ') && PEER_GROUPS.has(tokens[k + 1]?.lemma ?? '')) k++;
      // The group itself, not a compound it starts ("on the team board", "in my team huddles").
      return k > j + 1 && PEER_GROUPS.has(tokens[k]?.lemma ?? '') && tokens[k + 1]?.pos !== 'NOUN';
    }
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Verbs of effort that take "the best" as their object: "make the best of it", "do the best we could". */
const EFFORT_VERBS = new Set(['make', 'do', 'try', 'get']);
const TIME_OPENERS = new Set(['when', 'whenever', 'while']);

/** Token i sits in a clause opened by "when", "whenever" or "while" (up to two words of the clause's subject and verb between). */
function whenClause(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    if (TIME_OPENERS.has(t.lower)) return true;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'NOUN') return false;
  }
  return false;
}

/** "I was the quickest of the six", "the finest the unit has ever run", "the tidiest audit he had read", "highest in the company". */
function superlativePraise(read: Read, i: number): boolean {
  const { tokens } = read;
  const adj = praiseSuperlative(tokens, i);
  if (adj < 0) return false;
  // "two of my best engineers", "their best offer": a description, not praise.
  if (tokens[i - 1]?.pos === 'PRON' || tokens[i - 1]?.lemma === "'s") return false;
  // "to make the best of what we had", "did the best we could": effort, not a rank.
  if (word(tokens, i - 1) === 'the' && EFFORT_VERBS.has(tokens[i - 2]?.lemma ?? '')) return false;
  // "we lost the best part of a day": an amount, most of it, not a rank.
  if (tokens[adj]!.lower === 'best' && word(tokens, adj + 1) === 'part' && word(tokens, adj + 2) === 'of') return false;
  // "least reliable exactly when I'm most tired, which is when I'm most confident": a superlative in a
  // clause of time tells when something holds, not how the speaker ranks.
  if (whenClause(tokens, i)) return false;
  const clause = clauseAt(read, i);
  if (!clause || clause.negated) return false;
  // "The best thing I did was call early": a self clause after the superlative tells the speaker's own choice.
  const after = read.events.find((e) => e.first > i && e.first <= adj + 4);
  const ownChoice = anyIn(tokens, adj + 1, adj + 4, WORDS_I) >= 0;
  if (ownChoice) return false;
  // Ranked in a group, the speaker must be what is ranked ("I'm the best closer on the team"): "she had
  // the highest sales in the region" praises her, "I had the highest error rate on the team" owns a failing.
  const ranked =
    (amongPeers(tokens, adj + 1) || onTheBoard(tokens, i)) &&
    (speakerIs(tokens, i) || whichIsMine(read, i) || myWorkRanked(tokens, i, adj) || meritHeld(read, clause, adj));
  if (!['the', 'most'].includes(word(tokens, i - 1)) && !ranked) return false;
  if (speakerIs(tokens, i) && !clause.modal) return true;
  // Ranked in a group by someone whose words are reported: "the inspector said it was the best-presented floor in the group".
  // What is ranked is the speaker's: "it", "my floor", "I" ("she said Tom had the best floor" praises Tom).
  // Only praise that is praise whatever is measured: "the best", "best-run", "top" ("the highest on the floor" can be a failing).
  const praiseAlone = /^(?:best|top)(?:-|$)/.test(tokens[adj]!.lower);
  const rankedBySaying =
    praiseAlone &&
    amongPeers(tokens, adj + 1) &&
    read.events.some(
      (e) =>
        e.actor === 'other' &&
        e.first < i &&
        e.act !== null &&
        SAYING.has(e.act) &&
        tokens.slice(e.first, i).some((x) => RANKED_MINE.has(x.lower)) &&
        !tokens.slice(e.first, i).some((x) => x.pos === 'PROPN' && e.subject !== x.lower),
    );
  const record = ranked || rankedBySaying || anyIn(tokens, adj + 1, adj + 12, WORDS_EVER_HISTORY_DECADE_YEARS) >= 0;
  const spoken = anyIn(tokens, 0, tokens.length - 1, SPEAKER) >= 0 || anyIn(tokens, 0, i, WORDS_OUR_WE_IT_THEY) >= 0;
  const reported = read.events.some((e) => e.actor === 'other' && e.first < i);
  return record && (spoken || reported) && after?.actor !== 'self';
}

/** Others who turn to someone: "they", "people", "everyone", "other coaches". */
const TURNERS = new Set(['they', 'she', 'he', 'people', 'everyone', 'everybody', 'other', 'others', 'teams', 'colleagues']);

/** "I'm the one they page when the tills freeze", "the one who understood the contract best", "the person other managers phone". */
function goToPerson(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  if ((w !== 'one' && w !== 'person') || word(tokens, i - 1) !== 'the') return false;
  // The speaker is the one: "I'm the one they page", "I was always the person…", "came to me as the one who…",
  // "being the person everyone relies on". Not "the one they were going to" (a house), "the one they turned into flats".
  let be = i - 2;
  while (be > 0 && tokens[be]!.pos === 'ADV') be--;
  const speaker = word(tokens, be) === 'as' || word(tokens, be) === 'being' || (tokens[be]?.lemma === 'be' && word(tokens, be - 1) === 'i');
  if (!speaker) return false;
  let j = i + 1;
  if (['who', 'that', 'whom'].includes(word(tokens, j))) j++;
  // "the person the matron goes to", "the one our regional managers ring": turners named by a noun of people.
  let named = j;
  while (POSSESSIVE_OR_THE.has(word(tokens, named)) || tokens[named]?.pos === 'ADJ') named++;
  const turner = TURNERS.has(word(tokens, j)) || (tokens[named]?.pos === 'NOUN' && personRole(tokens[named]!.lemma));
  if (turner) {
    // The tagger may read the turning act as a noun ("the one the other firms phone"): right after the turners, it is their act.
    const right = tokens[Math.max(j, named) + 1];
    const verb =
      right && right.pos === 'NOUN' && TURN_TO.has(right.lower) && right.lower !== 'go'
        ? right
        : tokens.slice(Math.max(j, named) + 1, Math.max(j, named) + 4).find((x) => x.pos === 'VERB');
    if (verb && TURN_TO.has(verb.lemma)) return verb.lemma !== 'go' || word(tokens, tokens.indexOf(verb) + 1) === 'to';
  }
  const best = anyIn(tokens, i + 2, i + 8, WORDS_BEST);
  return best >= 0 && ['who', 'that'].includes(word(tokens, i + 1));
}

/** Praise from others with the speaker or their work as its object: acclaim, awards, "held it up as the standard". */
function acclaimed(read: Read, i: number): boolean {
  const { tokens } = read;
  const t = tokens[i]!;
  const honoured = tokens[i - 3];
  if (t.lower === 'year' && word(tokens, i - 1) === 'the' && word(tokens, i - 2) === 'of' && honoured && HONOURS.test(honoured.lower)) {
    return anyIn(tokens, 0, i, SPEAKER) >= 0 || anyIn(tokens, 0, i, WORDS_IT_THAT) >= 0;
  }
  const acclaim = ACCLAIM.has(t.lemma) && t.pos === 'VERB';
  const model = MODELS.has(t.lower) && ['the', 'a'].includes(word(tokens, i - 1)) && word(tokens, i - 2) === 'as';
  // Most words are neither: they need no clause.
  if (!acclaim && !model) return false;
  const clause = clauseAt(read, i);
  if (!clause || clause.negated) return false;
  if (acclaim) {
    // "the number I was praised for": praise named as what a thing is known by, in a clause whose preposition is left at its end.
    const stranded = tokens[i + 1]?.pos === 'ADP' && (i + 2 >= tokens.length || tokens[i + 2]!.pos === 'PUNCT');
    if (stranded) return false;
    if (clause.actor === 'self' && clause.passive) return true;
    // The speaker's work honoured: "it was shortlisted for an award", "our campaign was voted…". Not
    // praise that set up the failure ("it was praised in the first review, so I stopped checking"),
    // nor something awarded to someone else.
    const work = clause.subject === 'it' || clause.subjectMine;
    const toOthers = t.lemma === 'award' && word(tokens, i + 1) === 'to';
    if (clause.actor === 'thing' && clause.passive && work && HONOURED.has(t.lemma) && !toOthers) return true;
    return clause.actor === 'other' && anyIn(tokens, i + 1, i + 3, WORDS_ME_MY) >= 0;
  }
  // The speaker's work held up by others "as the standard".
  const mineWork = clause.subjectMine || anyIn(tokens, 0, i, WORDS_IT_MY_THAT_ME) >= 0;
  const byOthers = read.events.some((e) => e.first < i && (e.actor === 'other' || (e.actor === 'thing' && e.subjectMine)));
  return byOthers && mineWork;
}

/** Honours given for work: what a person or a piece of work wins or receives. */
const PRIZES = new Set(['award', 'prize', 'accolade', 'commendation', 'trophy']);
/** Winning or being given one: "won a regional award", "received four commendation letters", "picked up a prize". */
const WINNING = new Set(['win', 'receive', 'earn', 'scoop', 'pick', 'collect', 'land', 'get', 'take', 'bag']);
/** Where a speaker is invited as an honour: "at two national conferences", "at the summit". */
// biome-ignore format: a word list reads best packed
const STAGES = new Set(['conference', 'summit', 'congress', 'symposium', 'festival', 'convention', 'expo', 'forum', 'ceremony', 'university']);
/** Invited to speak: "I was invited to speak about it at two conferences". */
const SPEAKING = new Set(['speak', 'present', 'talk', 'lecture', 'keynote']);

/**
 * "the campaign I designed won a regional award", "I had received four commendation letters", "I
 * was invited to speak about it at two conferences": an honour won by the speaker, the team or the
 * speaker's work. Told in a story about failing, it is the boast the question is not asking for.
 * Not an honour aimed at or missed ("we were going for an award", "we didn't win the prize"), nor
 * one someone else won.
 */
function honourWon(read: Read, i: number): boolean {
  const { tokens } = read;
  const t = tokens[i]!;
  if (t.lemma === 'invite' && t.pos === 'VERB') {
    const clause = clauseAt(read, i);
    return (
      !!clause &&
      clause.actor === 'self' &&
      clause.passive &&
      !clause.negated &&
      !clause.modal &&
      word(tokens, i + 1) === 'to' &&
      SPEAKING.has(tokens[i + 2]?.lemma ?? '') &&
      // To a stage that honours the speaker ("at two national conferences"), not to account for the failure at a briefing.
      tokens.slice(i + 3, i + 12).some((x) => STAGES.has(x.lemma) || STAGES.has(x.lower.replace(/s$/, '')))
    );
  }
  // The lexicon may leave a plural unlemmatised ("commendations").
  if (t.pos !== 'NOUN' || !(PRIZES.has(t.lemma) || PRIZES.has(t.lower.replace(/s$/, '')))) return false;
  // The verb that takes the honour: the nearest verb before it, a few words back.
  const v = tokens.findLastIndex((x, k) => k < i && k >= i - 5 && x.pos === 'VERB');
  if (v < 0 || !WINNING.has(tokens[v]!.lemma) || tokens[v]!.negated) return false;
  if (tokens.slice(v + 1, i).some((x) => x.pos === 'PUNCT' || x.pos === 'VERB')) return false;
  const clause = clauseAt(read, v);
  if (!clause || clause.negated || clause.modal || clause.counterfactual || clause.conditional) return false;
  // "to win an award": an aim, not an honour won ("went on to win" is one told as it came).
  if (word(tokens, v - 1) === 'to' && word(tokens, v - 3) !== 'went' && word(tokens, v - 2) !== 'went') return false;
  if (clause.actor === 'self' || clause.actor === 'group') return true;
  // The speaker's work honoured ("the system went on to win", "the campaign I designed won"): a thing
  // as subject in a sentence that names the speaker, not another person or firm.
  return clause.actor === 'thing' && anyIn(tokens, 0, tokens.length - 1, SPEAKER) >= 0;
}

/** "have" as written after "could" or "would": in full, or cut short ("would've"). */
const HAVE_FORMS = new Set(['have', "'ve", '\u2019ve']);

/** "Nobody else on the floor could have pulled it off", "no other firm could have": only the speaker could. */
function onlyMe(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const nobody =
    (w === 'nobody' || w === 'no') && (word(tokens, i + 1) === 'else' || word(tokens, i + 2) === 'else' || word(tokens, i + 1) === 'other');
  if (!nobody) return false;
  // "could have pulled it off"; with "would", only an ability ("would have known how to do it"), not
  // knowledge the speaker kept to themself ("nobody else would have known the wording had changed").
  const could = anyIn(tokens, i + 2, i + 8, WORDS_COULD_WOULD);
  if (could < 0 || !HAVE_FORMS.has(word(tokens, could + 1))) return false;
  if (word(tokens, could) === 'could') return true;
  const next = word(tokens, could + 2);
  return (
    (next === 'known' && word(tokens, could + 3) === 'how') || next === 'managed' || (next === 'been' && word(tokens, could + 3) === 'able')
  );
}

/** What the speaker is said to do better than anyone: "like I do", "as well as I can". */
const AS_I_DO = new Set(['do', 'does', 'did', 'can', 'could']);

/**
 * "Nobody reads a site plan like I do", "no one runs a close as well as I can": everyone else
 * denied the speaker's way of working. Not past a comma ("nobody noticed the leak, like I did
 * the week before"), nor "like I asked" (no act compared).
 */
function noneLikeMe(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.lower;
  const none = w === 'nobody' || (w === 'no' && (word(tokens, i + 1) === 'one' || word(tokens, i + 1) === 'other'));
  if (!none) return false;
  const verb = tokens.slice(i + 1, i + 4).find((x) => x.pos === 'VERB');
  if (!verb) return false;
  for (let k = tokens.indexOf(verb) + 1; k < Math.min(tokens.length - 1, i + 12); k++) {
    const x = tokens[k]!.lower;
    if (tokens[k]!.pos === 'PUNCT') return false;
    const like = x === 'like' || (x === 'as' && word(tokens, k - 1) === 'well');
    if (like && word(tokens, k + 1) === 'i' && AS_I_DO.has(word(tokens, k + 2))) return true;
  }
  return false;
}

/** Everyone but the speaker, named as such: "anyone else", "nobody else", "no one else". */
function othersThan(tokens: readonly Token[], i: number): number {
  const w = tokens[i]!.lower;
  const at = w === 'no' && word(tokens, i + 1) === 'one' ? i + 1 : i;
  if (!['anyone', 'anybody', 'nobody', 'everyone', 'everybody', 'one'].includes(tokens[at]!.lower)) return -1;
  if (tokens[at]!.lower === 'one' && at === i) return -1;
  return word(tokens, at + 1) === 'else' ? at + 1 : -1;
}

const WISHING = new Set(['like', 'want', 'hope', 'expect', 'wish']);
/** What the speaker is said to do, as the measure: "as I would", "than I do", "than me". */
const AS_I_WOULD = new Set(['would', 'do', 'did', 'could', 'can', 'will']);

/**
 * Everyone else measured against the speaker and found short: "I didn't trust anyone else to get
 * it as right as I would", "nobody else would have checked it as carefully as I did", "no one else
 * knew the system better than me". Not past a stop, and not "anyone else" compared with something
 * else ("anyone else would have done the same").
 */
function shortOfMe(tokens: readonly Token[], i: number): boolean {
  const end = othersThan(tokens, i);
  if (end < 0) return false;
  for (let k = end + 1; k < Math.min(tokens.length - 1, end + 12); k++) {
    const x = tokens[k]!;
    if (x.pos === 'PUNCT') return false;
    const next = word(tokens, k + 1);
    // "as I would have liked": the speaker's wish, not the speaker's work, is the measure.
    const wished = word(tokens, k + 3) === 'have' || WISHING.has(tokens[k + 3]?.lemma ?? '');
    const mine = next === 'me' || (next === 'i' && AS_I_WOULD.has(word(tokens, k + 2)) && !wished);
    if (!mine) continue;
    // "as right as I would": a quality of the work the others would fall short of, not a feeling ("as embarrassed as I did").
    const quality = tokens[k - 1]!;
    const ofWork = quality.pos === 'ADV' || (quality.pos === 'ADJ' && !quality.lower.endsWith('ed'));
    if (x.lower === 'as' && word(tokens, k - 2) === 'as' && ofWork) return true;
    // "better than me", "more carefully than I did".
    if (x.lower === 'than' && (word(tokens, k - 1) === 'better' || word(tokens, k - 2) === 'more' || word(tokens, k - 1) === 'more'))
      return true;
  }
  return false;
}

/** Verbs of being trusted or chosen over others: "leadership trusted me more than anyone else". */
const ESTEEMING = new Set(['trust', 'rely', 'pick', 'choose', 'value', 'rate', 'want', 'prefer']);

/** "They trusted me more than anyone else to deliver it", "picked me over everyone else": the speaker esteemed above the rest. */
function esteemedAbove(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !ESTEEMING.has(t.lemma) || t.negated || word(tokens, i + 1) !== 'me') return false;
  const above =
    (word(tokens, i + 2) === 'more' && word(tokens, i + 3) === 'than') || (word(tokens, i + 2) === 'over' && i + 3 < tokens.length);
  return above && othersThan(tokens, i + (word(tokens, i + 2) === 'more' ? 4 : 3)) >= 0;
}

/**
 * "Most editors would have dropped the story. I didn't.": the speaker set above their whole
 * profession. Not when the speaker owns a failure beside it ("most teams would have rolled back;
 * I waited, and that was my call").
 */
function unlikeMost(read: Read, i: number): boolean {
  const { tokens } = read;
  // The word test first: it is cheap, and fails for nearly every token.
  if (tokens[i]!.lower !== 'most' || i > 1 || (tokens[i + 1]?.pos !== 'NOUN' && tokens[i + 2]?.pos !== 'NOUN')) return false;
  if (read.sentence.signals.ownedFailure || read.events.some(speakerOwns)) return false;
  const would = anyIn(tokens, i + 1, i + 5, WORDS_WOULD);
  if (would < 0 || word(tokens, would + 1) !== 'have') return false;
  const rest = tokens.slice(would + 2);
  const next = read.all[read.index + 1];
  const contrast = rest.some((x) => x.lower === 'i') || (next?.tokens[0]?.lower === 'i' && next.tokens.length < 12);
  return contrast;
}

const SPEAKERS_OWN = new Set(['my', 'our']);
const PRESENT_BE = new Set(['is', 'are', "'s", "'re", '’s', '’re']);
/** A standing: what is so as a rule, not on the day ("always", "usually", "consistently"). */
const HABITUAL = new Set(['always', 'usually', 'consistently', 'generally', 'typically', 'normally']);
/** What makes a quality the change since the failure rather than a standing: "my checks are thorough now". */
const SINCE = new Set(['now', 'since', 'nowadays', 'today', 'these', 'anymore']);
/** After a quality, words that make it a measure or a statement rather than praise: "good enough", "clear that", "strict about". */
const STATING = new Set(['enough', 'that', 'about', 'on', 'whether']);
const DOWNTONERS = new Set(['too', 'not', "n't", 'less', 'least', 'never', 'only', 'fairly', 'quite', 'reasonably', 'pretty']);

/**
 * "My standards are high", "my audits have always been outstanding", "my reviews are better than
 * most people's": the speaker's own work or standards praised as a standing fact about them, in
 * the present or as a habit. Not a quality the failure showed at the time ("my estimate was
 * good", past and told once), nor the change since it ("my handovers are thorough now").
 */
function ownStanding(read: Read, i: number): boolean {
  const { tokens } = read;
  if (!SPEAKERS_OWN.has(tokens[i]!.lower)) return false;
  const noun = tokens[i + 1];
  if (noun?.pos !== 'NOUN') return false;
  // The verb: "are", "is", or "have always been" right after the subject.
  let k = i + 2;
  while (tokens[k] && (tokens[k]!.pos === 'ADV' || (tokens[k]!.lemma === 'have' && tokens[k]!.pos === 'AUX'))) k++;
  const be = tokens[k];
  // A person ("my manager is…") is no work of the speaker's; asked after the verb, the cheaper test.
  if (be?.lemma !== 'be' || personRole(noun.lemma)) return false;
  const habit = tokens.some((x) => HABITUAL.has(x.lower));
  if (!PRESENT_BE.has(be.lower) && !(be.lower === 'been' && habit)) return false;
  if (tokens.some((x) => SINCE.has(x.lower))) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    const x = tokens[j]!;
    if (DOWNTONERS.has(x.lower) || x.negated) return false;
    // The quality is what the verb says the work is: only adverbs may come between ("is I clean the fridge" is no quality).
    if (x.pos === 'ADV') continue;
    if (x.pos !== 'ADJ') return false;
    // "my memory is good enough to feel sure and not good enough to be right": a measure of enough, not praise;
    // "our guideline is clear that a trace like that is escalated": what the rule says, not how good it is.
    if (PRAISE.has(x.lower)) return !STATING.has(word(tokens, j + 1));
    // A comparative over others: "higher than what most clients expect".
    return ENDS_ER.test(x.lower) && praiseStem(x, 'er') && word(tokens, j + 1) === 'than' && !read.events.some(speakerOwns);
  }
  return false;
}

/** "got praised for the rota by the chief nurse", a note with no subject: praise the note-taker received. */
function notedPraise(read: Read, i: number): boolean {
  const { tokens } = read;
  const t = tokens[i]!;
  if (!ACCLAIM.has(t.lemma) || t.lower === t.lemma) return false;
  const before = tokens.slice(0, i);
  // The note opens with the passive itself ("got praised", "was singled out"), so its subject is the writer.
  return (
    before.length >= 1 &&
    before.length <= 2 &&
    (before[0]!.lower === 'got' || before[0]!.lower === 'was') &&
    before.every((x) => x.pos !== 'NOUN' && x.pos !== 'PRON')
  );
}

/**
 * The words on which one of the readings below can start, by the token's lower-case text: "than"
 * (aboveOthers), "most" and "top" (praiseSuperlative, unlikeMost), "one" and "person" (goToPerson),
 * "year" and MODELS (acclaimed), "nobody" and "no" (onlyMe, noneLikeMe), everyone but the
 * speaker (othersThan, for shortOfMe), "my" and "our" (ownStanding).
 */
// biome-ignore format: a word list reads best packed
const OPENERS = new Set([
  'than', 'most', 'top', 'one', 'person', 'year', 'nobody', 'no', 'anyone', 'anybody', 'everyone', 'everybody', ...SPEAKERS_OWN, ...MODELS,
  'straight', 'running', 'row', 'number', ...UNITS,
  // honourWon: the honour's noun, or "invited".
  'award', 'awards', 'prize', 'prizes', 'accolade', 'accolades', 'commendation', 'commendations', 'trophy', 'trophies', 'invited',
]);

/**
 * Can any reading of selfPraise hold at token t? Each reading returns false at once unless its
 * token is one of OPENERS, a superlative ("-est", which takes in "best"), a compound on "best-" or
 * "top-", a word that singles out (SINGLED_OUT), or a verb of acclaim (ACCLAIM, also notedPraise's) or esteem (ESTEEMING) by lemma; so
 * skipping every other token changes nothing. Most tokens are none of these.
 */
function mayPraise(t: Token): boolean {
  const w = t.lower;
  return (
    OPENERS.has(w) ||
    PRAISING_ACTS.has(t.lemma) ||
    w.endsWith('est') ||
    w.startsWith('best-') ||
    w.startsWith('top-') ||
    w.startsWith('highest-') ||
    SINGLED_OUT.has(w)
  );
}

/** The verbs of acclaim and of esteem together, so that the gate asks one set for the lemma. */
const PRAISING_ACTS = new Set([...ACCLAIM, ...ESTEEMING]);

/** Acts of meeting a target, and what is met: "hit target", "beat my number", "exceeded quota". */
const MEETING = new Set(['hit', 'beat', 'exceed', 'smash', 'top', 'make', 'meet', 'win', 'overachieve', 'surpass']);
const TARGETS = new Set(['target', 'targets', 'quota', 'number', 'numbers', 'budget', 'plan', 'goal', 'goals', 'kpi', 'kpis', 'bonus']);

/** At the word that closes a run ("straight", "running", "row", or the unit after "for N" or "for the last N"), the unit's place, or -1. */
function runUnit(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!.lower;
  let unit = -1;
  if (t === 'straight' || t === 'running') unit = i - 1;
  else if (t === 'row' && word(tokens, i - 1) === 'a' && word(tokens, i - 2) === 'in') unit = i - 3;
  else if (UNITS.has(t) && tokens[i - 1]?.pos === 'NUM' && word(tokens, i - 2) === 'for') unit = i;
  // "for the last three years", "for the past two seasons".
  else if (
    UNITS.has(t) &&
    tokens[i - 1]?.pos === 'NUM' &&
    LATEST.has(word(tokens, i - 2)) &&
    word(tokens, i - 3) === 'the' &&
    word(tokens, i - 4) === 'for'
  )
    unit = i;
  return unit >= 0 && UNITS.has(word(tokens, unit)) ? unit : -1;
}

const LATEST = new Set(['last', 'past']);

/** Ranks at the head of a field: "top", "highest", "number one". */
const RANKS = new Set(['top', 'highest', 'leading']);

/**
 * "As the top-producing agent in my brokerage three years running, I…", "I've been top biller on
 * my desk for six quarters running": the speaker's rank held over a run. The rank a few words
 * before the run's unit, and the speaker its holder: "I" before it with no negator between, or an
 * opening "As the…" whose sentence goes on with "I".
 */
function rankHeld(tokens: readonly Token[], unit: number): boolean {
  const from = Math.max(0, unit - 10);
  let rank = -1;
  for (let k = unit - 1; k >= from && rank < 0; k--) {
    const x = tokens[k]!.lower;
    // "top biller", "top 3", "top-producing", "number one": a rank that heads its noun or its count; not "top of the late-dispatch list".
    const heads = RANKS.has(x) && (tokens[k + 1]?.pos === 'NOUN' || tokens[k + 1]?.pos === 'NUM');
    if (heads || TOP_DONE.test(x) || (x === 'number' && (word(tokens, k + 1) === 'one' || word(tokens, k + 1) === '1'))) rank = k;
  }
  if (rank < 0) return false;
  const opener = word(tokens, 0) === 'as' && word(tokens, 1) === 'the' && rank <= 3;
  if (opener) return anyIn(tokens, unit + 1, tokens.length - 1, WORDS_I) >= 0;
  const speaker = anyIn(tokens, Math.max(0, rank - 5), rank - 1, WORDS_I);
  return (
    speaker >= 0 && !tokens.slice(speaker, rank).some((x) => x.negated || x.lower === 'not' || x.lower === "n't" || x.lower === 'never')
  );
}

/**
 * "I've hit target six years straight", "beat my number every quarter for five years", "made
 * quota eleven months in a row": a run of targets met told as the speaker's record. At the word
 * that closes the run ("straight", "running", "row", or the unit after "for N"), a verb of
 * meeting and a target a few words before, the speaker's, not denied.
 */
function streakOfTargets(read: Read, i: number): boolean {
  const { tokens } = read;
  const unit = runUnit(tokens, i);
  if (unit < 0) return false;
  if (rankHeld(tokens, unit)) return true;
  const target = anyIn(tokens, Math.max(0, unit - 8), unit - 1, TARGETS);
  if (target < 0) return false;
  const verb = tokens.findLastIndex((x, k) => k < target && k >= target - 3 && MEETING.has(x.lemma) && !x.negated);
  if (verb < 0) return false;
  return anyIn(tokens, Math.max(0, verb - 4), verb - 1, WORDS_I) >= 0;
}

/** Does a reading of self-praise hold at token i? */
function praisedAt(read: Read, i: number): boolean {
  const { tokens } = read;
  return (
    aboveOthers(read, i) ||
    superlativePraise(read, i) ||
    goToPerson(tokens, i) ||
    acclaimed(read, i) ||
    honourWon(read, i) ||
    onlyMe(tokens, i) ||
    noneLikeMe(tokens, i) ||
    shortOfMe(tokens, i) ||
    esteemedAbove(tokens, i) ||
    unlikeMost(read, i) ||
    ownStanding(read, i) ||
    notedPraise(read, i) ||
    streakOfTargets(read, i)
  );
}

/** Sentences where the speaker or their work is praised, ranked above others or set up as the rescuer. */
export function selfPraise(answer: Answer): SelfTalk[] {
  const found: SelfTalk[] = [];
  for (const read of readAnswer(answer)) {
    const { tokens } = read;
    for (let i = 0; i < tokens.length; i++) {
      if ((!mayPraise(tokens[i]!) && !gatesOpen()) || read.quoted.has(i)) continue;
      if (praisedAt(read, i)) {
        found.push(whole(read));
        break;
      }
    }
  }
  return found;
}

/**
 * "backups only count if they happen without me remembering", "without me knowing": "without me"
 * before what the speaker does not do, not the claim that nothing would have gone right without them.
 */
function meDoing(sentence: Sentence, match: PhraseMatch): boolean {
  const words = sentence.words;
  return words[match.end - 1]?.norm === 'me' && words[match.end - 2]?.norm === 'without' && (words[match.end]?.norm ?? '').endsWith('ing');
}

export default defineRule({
  id: 'bragging',
  phrases: { selfAggrandising: SELF_AGGRANDISING },
  userList: 'selfAggrandising',
  severity: 'warning',
  messages: {
    boast: {
      message: 'This reads as bragging, which undercuts the humility the question is testing.',
      suggestion: 'State what you did in plain terms and let the result speak.',
    },
    judged: {
      message: 'This turns the failure into a boast, which undercuts the point of the question.',
      suggestion: 'Keep achievements to what the story needs and let the lesson be the strength.',
    },
  },
  scope: 'phrase',
  summary: 'Self-aggrandising language in a story about failing',
  rationale:
    'A failure question invites humility; boasting in the middle of it ("single-handedly saved the launch") reads as arrogance and undercuts the ownership the answer is meant to show. Let the facts show your part without the superlatives.',
  sources: ['Adcock', 'Odak'],
  options: {},
  example: {
    flagged: 'In the end I single-handedly saved the launch, as usual.',
    fixed: 'I rewrote the import over two nights, and the launch went out four days late.',
  },
  check(answer, _options, emit, find) {
    // A boast from the list ("single-handedly saved", "as usual") is one whatever the answer score: across the labelled
    // corpus (560 answers) the list marked no strong answer. The grammar's readings of self-praise stay weighed.
    reportWithReadings(answer, find, { list: 'selfAggrandising', phraseId: 'boast', unless: meDoing }, selfPraise(answer), (f) =>
      emit(f.basis === 'events' ? f : { ...f, certain: true }),
    );
  },
});
