import type { Answer, Sentence } from '../../answer/model.js';
import { analyseAnswer } from '../../judge/judge.js';
import { HARMLESS_READINGS } from '../../judge/omission-readings.js';
import { answerRange, defineRule, sentenceRange, wordRange, type PhraseFinder, type RuleFinding } from '../rule.js';
import type { Clauses } from '../../nlp/clauses.js';
import { eventAt } from './red-flag-grammar.js';

/** Patterns tested in the loops below, made once: a pattern written inline is a new object every time it runs. */
const STARTS_DIGIT = /^\d/;
const SUM_OR_SHARE = /[$€£]\s?\d|\d\s?%/;

/** Failures too small to answer the question with. */
// biome-ignore format: a word list reads best packed, several entries a line
const TRIVIAL: readonly string[] = [
  'typo|typos', 'spelling mistake|mistakes|error|errors', 'misspelled|misspelt', 'wrong font|color|colour',
  'formatting error|mistake|issue', '(got|received|earned|scored) a|an b|c', 'forgot to cc',
  '(late to a|few minutes late|five minutes late) meeting|call', 'internal email', 'minor slip|mistake|error', 'small mistake|slip|error',
  'tiny mistake|slip|error', 'slightly late',
];

/**
 * A consequence waved away in the speaker's own words: "no big deal", "nothing major", "it didn't
 * really matter", "no harm done". Idioms of minimising, read only where the answer tells its
 * consequence (see shrugAt).
 */
// biome-ignore format: a word list reads best packed, several entries a line
const SHRUGGED: readonly string[] = [
  'no big deal', "(wasn't|wasnt|was not|isn't|isnt|is not|not) @adv|*ly? a (big|huge|massive) deal", 'nothing major|serious|drastic|dramatic',
  "(didn't|didnt|did not|doesn't|doesnt|does not) @adv|*ly? matter", "(didn't|didnt|did not) @adv|*ly? make (a|much|any) difference",
  "(didn't|didnt|did not) @adv|*ly? cause any|much (real)? problems|problem|issues|harm|damage|trouble",
  'no (real|lasting)? harm done', "(wasn't|wasnt|was not|weren't|werent|were not) any|much damage", 'no (real|lasting|actual)? damage',
  'not the end of the world',
  // "which in the end was not a problem", "small inconvenience only": the cost called nothing in so many words.
  "(wasn't|wasnt|was not|isn't|isnt|is not|not) @adv|*ly? a|an (big|real|major|serious|massive|huge|great|significant|proper)? problem|issue",
  '(small|minor|slight|little|mild) inconvenience|hiccup|blip', '(we|i) @adv? got away with it',
  // The consequence called a small thing: "honestly, it was a small thing". Not "a small thing to fix", which sizes the fix.
  '(it|this|that) (was|is) @adv|*ly? (only|just)? a (small|minor|little|tiny) thing',
];

/** Consequences serious enough that the story is not trivial, whatever its trigger. */
// biome-ignore format: a word list reads best packed, several entries a line
const SERIOUS: readonly string[] = [
  'lost|lose|losing', '(outage|outages|downtime|down for|went down|crashed)',
  'revenue|refund|refunds|contract|account|deal|budget|money|penalty', 'missed|miss ..2 deadline|deadlines|launch|release|date',
  'delayed|slipped|cancelled|canceled', 'weeks|days|hours|months of', 'escalat*', 'complain*', 'trust', 'reputation', 'fired', 'legal',
  // The speaker calling it serious in so many words ("It was quite serious, because an operator could…").
  'it|this|that was|is quite|very|really|extremely|genuinely|potentially? serious|dangerous|unsafe',
];

// biome-ignore format: a word list reads best packed, several entries a line
const AFFECTED = new Set([
  'customers', 'users', 'clients', 'patients', 'orders', 'invoices', 'shipments', 'people', 'accounts', 'students', 'families', 'bookings',
  'units', 'records', 'employees', 'staff',
]);

/** Harm to a body, whoever it befell: a person hurt, injured, taken ill, or dead. */
// biome-ignore format: a word list reads best packed
const BODILY_HARM = new Set([
  'die', 'injure', 'hurt', 'harm', 'swell', 'bleed', 'choke', 'faint', 'scald', 'poison', 'overdose', 'electrocute', 'drown', 'concuss',
  'suffocate',
]);
/** Of those, the ones only a body does ("her lips were swelling"), which a part of one may do. */
const ONLY_BODIES = new Set(['swell', 'bleed', 'choke']);
// biome-ignore format: a word list reads best packed
const BODY_PARTS = new Set([
  'lip', 'face', 'throat', 'tongue', 'eye', 'skin', 'hand', 'arm', 'leg', 'foot', 'finger', 'head', 'nose', 'mouth', 'ankle', 'wrist',
  'knee', 'chest', 'wound', 'airway',
]);
/** Who can die: a person named by a pronoun or a noun that names one. Machines that "die" are read as things, or named here. */
const DEVICES = new Set(['server', 'printer', 'reader', 'computer', 'phone', 'laptop', 'scanner', 'till', 'terminal', 'router', 'drive']);

/**
 * The sentence tells harm to a body, or how near it came: "her lips were swelling", "two
 * residents were injured", "she could have died". Not harm denied ("nobody got hurt"), a thing
 * that swelled or died ("the queue swelled", "the print server died"), a wish, or "I could have
 * died of embarrassment".
 */
function bodilyHarm(answer: Answer, sentence: Sentence): boolean {
  const c = analyseAnswer(answer)[sentence.index] ?? { tokens: [], events: [] };
  const { tokens } = c;
  for (let k = 0; k < tokens.length; k++) {
    // Nearly every word is no harm to a body: a plain loop tests that first, with no call per word.
    if (BODILY_HARM.has(tokens[k]!.lemma) && harmedAt(c, k)) return true;
    if (tokens[k]!.lower === 'on' && struckAt(c, k)) return true;
  }
  return false;
}

/** What a thing can land on: a part of a person's body. */
const STRUCK = new Set([...BODY_PARTS, 'head', 'face', 'eye', 'chest', 'skull']);
// Not "my" or "our": "the whole thing came down on my head" is the idiom of blame.
const WHOSE = new Set(['her', 'his', 'their', 'someone', 'somebody']);

/**
 * "a drop with a steel pipe in it would have come in on her head", "the pallet landed on his
 * foot": a thing coming down on a person, told as done or as what nearly happened. The "on" at k.
 */
function struckAt(c: Clauses, k: number): boolean {
  const { tokens } = c;
  const whose = tokens[k + 1];
  if (whose === undefined || !(WHOSE.has(whose.lower) || tokens[k + 2]?.lower === "'s")) return false;
  const part = whose.lower === 'someone' || whose.lower === 'somebody' || tokens[k + 2]?.lower === "'s" ? tokens[k + 3] : tokens[k + 2];
  if (part === undefined || !STRUCK.has(part.lemma)) return false;
  const ev = eventAt(c, k);
  if (!ev || ev.negated || ev.conditional || (ev.modal !== null && !ev.counterfactual)) return false;
  return ev.actor === 'thing' || ev.passive;
}

/** Is the word at k, a verb or noun of bodily harm, told as harm done (see bodilyHarm)? */
function harmedAt(c: Clauses, k: number): boolean {
  const { tokens } = c;
  const t = tokens[k]!;
  if (!BODILY_HARM.has(t.lemma) || t.negated) return false;
  // "a swelling throat", "a bleeding hand": the harm told of the body part it names.
  if (ONLY_BODIES.has(t.lemma) && BODY_PARTS.has(tokens[k + 1]?.lemma ?? '')) return true;
  if (t.pos !== 'VERB') return false;
  const ev = eventAt(c, k);
  if (!ev || ev.negated || ev.conditional || (ev.modal !== null && !ev.counterfactual)) return false;
  if (ev.actor === 'self' && !ev.passive && t.lemma !== 'die') return false;
  if (t.lemma === 'die') return tokens[k + 1]?.lower !== 'of' && ev.actor !== 'thing' && !DEVICES.has(ev.subject ?? '');
  if (ONLY_BODIES.has(t.lemma)) return ev.actor !== 'thing' || BODY_PARTS.has(ev.subject ?? '');
  return ev.actor !== 'thing' || ev.passive;
}

/** "6,000 customers", "300 bookings": a counted consequence. */
function countOfPeopleOrThings(sentence: Sentence): boolean {
  return sentence.words.some((w, i) => STARTS_DIGIT.test(w.norm) && AFFECTED.has(sentence.words[i + 1]?.norm ?? ''));
}

/**
 * Where the consequence is looked for from: the first sentence that reads as the failure, or the
 * opening one where none does in so many words ("the side gate was left open overnight").
 */
function failureFrom(answer: Answer): number {
  return Math.max(
    0,
    answer.sentences.findIndex((s) => s.signals.failure),
  );
}

/** The speaker's first fix after `from`, told in the words of one ("I rolled it back", "I called every family"), or the answer's end. */
function fixedAt(answer: Answer, from: number): number {
  const fixed = answer.sentences.findIndex((s) => s.index > from && s.signals.ownedRemedy);
  return fixed < 0 ? answer.sentences.length : fixed;
}

/**
 * The first sentence after the failure that tells its consequence as no harm, outside a lesson or
 * a change. With `beforeFix`, only before the speaker's fix: "nobody complained after that", told
 * once the speaker has rolled the change back, is the fix holding, not a failure that cost nothing.
 */
function harmlessConsequence(answer: Answer, beforeFix: boolean): Sentence | undefined {
  const readings = analyseAnswer(answer);
  const from = failureFrom(answer);
  // Nor once the lesson or the change is told: "the dog was fine, by the way", told at the end, is how the story
  // closed, and the failure's cost is what came before it.
  const learned = answer.sentences.findIndex((s) => s.index > from && (s.signals.lesson || s.signals.prevention));
  const until = beforeFix ? Math.min(fixedAt(answer, from), learned < 0 ? answer.sentences.length : learned) : answer.sentences.length;
  return answer.sentences.find((s) => {
    const features = readings[s.index]?.features ?? [];
    // Harm kept away by the speaker's own act ("i held every cue, so nothing else went wrong") is a fix, not a failure that cost nothing.
    // A consequence shrunk in the telling is no such fix: "the only impact was a short wait while we found them a table".
    const contained = features.includes('rm:self-did') && !features.includes('sk:softened');
    // "Nothing was stolen. But the drugs were open to anyone for eight hours.": the harm denied, then the cost told.
    const costFollows = TURNS.has(answer.sentences[s.index + 1]?.words[0]?.norm ?? '');
    return (
      s.index > from &&
      s.index < until &&
      !s.signals.lesson &&
      !s.signals.prevention &&
      !contained &&
      !costFollows &&
      HARMLESS_READINGS.some((f) => features.includes(f))
    );
  });
}

/** Verbs of a view held at the time: "I thought it was no big deal", "I told myself it didn't matter". */
const VIEWS = new Set([
  'think',
  'thought',
  'assume',
  'assumed',
  'felt',
  'feel',
  'told',
  'figured',
  'reckoned',
  'decided',
  'believed',
  'said',
  'says',
]);
/** "It didn't matter who had used the kit": who did it set aside, the speaker owning it, not the cost waved away. */
const WHO_WORDS = new Set(['who', 'whose', 'which', 'whether', 'what', 'how']);

/**
 * The first consequence waved away (SHRUGGED), told after the failure, before the speaker's fix, and
 * outside a lesson or a change: not a view the speaker held then ("I thought it was no big deal"),
 * nor one a "but" turns against in the same sentence ("no damage to the van, but the client…").
 */
function shrugAt(answer: Answer, find: PhraseFinder<'shrugged'>): { sentence: Sentence; start: number; end: number } | undefined {
  const from = failureFrom(answer);
  const until = fixedAt(answer, from);
  for (const s of answer.sentences) {
    if (s.index < from || s.index >= until || s.signals.lesson || s.signals.prevention) continue;
    for (const m of find(s, 'shrugged')) {
      const words = s.words;
      if (words.slice(Math.max(0, m.start - 4), m.start).some((w) => VIEWS.has(w.norm))) continue;
      // Within the sentence only "but" and "however" turn: "still" and "yet" there are mostly adverbs of time
      // ("because the old system was still running").
      if (words.slice(m.end).some((w) => TURNS_WITHIN.has(w.norm)) || WHO_WORDS.has(words[m.end]?.norm ?? '')) continue;
      // "no big deal to fix", "a small thing to put right": the size of the fix, not of what the failure cost.
      if (words[m.end]?.norm === 'to') continue;
      // "My manager said it was nothing major. I didn't see it that way": rebutted in the next sentence.
      if (TURNS.has(answer.sentences[s.index + 1]?.words[0]?.norm ?? '') || answer.sentences[s.index + 1]?.signals.ownedFailure) continue;
      return { sentence: s, start: m.start, end: m.end };
    }
  }
  return undefined;
}

/** Sizes read as small for their unit: "15 minutes", "two emails", "£30". */
const SMALL_SIZES = new Set(['sk:small-time', 'sk:small-count', 'sk:small-sum']);

/** Words that open a sentence turning against the one before: "But…", "However…". */
const TURNS = new Set(['but', 'however', 'still', 'yet']);
/** Words that turn a sentence against its own first clause: "no damage to the van, but the client…". */
const TURNS_WITHIN = new Set(['but', 'however']);

/** Readings of a consequence with a size or an outside party: "3,000 users", "four months", "a patient", "the client cancelled". */
const MEASURED = new Set([
  'sk:risk',
  'sk:outside',
  'sk:reacted',
  'sk:large-sum',
  'sk:large-count',
  'sk:mid-count',
  'sk:large-time',
  'sk:mid-time',
  'sk:share',
]);

/**
 * Readings of a loss that is large by any measure: a large sum, a large count, a share. A story
 * offered in place of a failure ("I've never really failed; the closest was…", "my failing is
 * that I care too much") tells its trouble but rarely a cost; a large sum or count is one it
 * cannot tell by accident. So is a risk named with what it put at stake ("there was a real risk
 * we'd lose two key accounts"): the denial then offers a near miss with its stakes.
 */
const LARGE_LOSS = new Set(['sk:large-sum', 'sk:large-count', 'sk:share', 'sk:risk']);

/**
 * A consequence with one of these readings, told from the failure on and not told as no harm:
 * with MEASURED, the stakes told by their size or by someone outside the team, whatever the words.
 */
function costReadAs(answer: Answer, wanted: ReadonlySet<string>): boolean {
  const readings = analyseAnswer(answer);
  const from = failureFrom(answer);
  // A lesson or a change tells no cost: "now I read the booking back while the caller is on the line" names an outside party it reached not.
  const told = (i: number): boolean => !answer.sentences[i]!.signals.lesson && !answer.sentences[i]!.signals.prevention;
  return readings.some(
    (r, i) => i >= from && told(i) && r.features.some((f) => wanted.has(f)) && !HARMLESS_READINGS.some((h) => r.features.includes(h)),
  );
}

/**
 * The consequence the answer tells, from the failure on and outside a lesson or a change: the
 * first sentence told as no harm ("it all came together in the end"), else the first that tells
 * a cost ("I handed it in a day late"). Undefined when the answer tells none.
 */
function toldConsequence(answer: Answer): Sentence | undefined {
  const readings = analyseAnswer(answer);
  const from = failureFrom(answer);
  const after = answer.sentences.filter((s) => s.index >= from && !s.signals.lesson && !s.signals.prevention);
  return after.find((s) => HARMLESS_READINGS.some((f) => readings[s.index]?.features.includes(f))) ?? after.find((s) => s.signals.cost);
}

/** Sentences from the failure on, outside a lesson or a change: where a consequence may be told. */
function afterFailure(answer: Answer): Sentence[] {
  const from = failureFrom(answer);
  return answer.sentences.filter((s) => s.index >= from && !s.signals.lesson && !s.signals.prevention);
}

/**
 * Where an answer without stakes says its failure led to nothing much, so the warning can point at
 * it: the first sentence from the failure on, outside a lesson or a change, told as no harm ("it
 * didn't cause any problems", "the impact was minor"). Undefined when none is.
 */
function consequenceAt(answer: Answer): Sentence | undefined {
  const readings = analyseAnswer(answer);
  // Before the lesson or the change, as for harmlessConsequence: all well told after them is how the story closed.
  const learned = answer.sentences.find((s) => s.index > failureFrom(answer) && (s.signals.lesson || s.signals.prevention));
  return afterFailure(answer).find(
    (s) => (!learned || s.index < learned.index) && HARMLESS_READINGS.some((f) => readings[s.index]?.features.includes(f)),
  );
}

/** A sentence scored in the stakes' place at this score tells what the failure led to, if weakly. */
const STAKES_IN_PLACE = 0.2;
/** At this score the stakes are told surely (decide.ts reads every part told surely at the same score). */
const STAKES_TOLD_SURELY = 0.9;

/**
 * The check's finding that the answer tells no cost, read again with the story parts scored: where
 * a sentence from the failure on stands in the stakes' place ("as a result the email went out a day
 * later", "my manager wasn't too happy"), that is the consequence told, and the warning points at
 * it (the one scored highest) rather than at the whole answer; where none does, at the first that
 * tells how things turned out.
 */
function pointAtConsequence(
  answer: Answer,
  findings: readonly RuleFinding[],
  parts: ReadonlyMap<string, readonly number[]>,
): RuleFinding[] {
  const stakes = parts.get('stakes');
  if (!stakes) return [...findings];
  // A story offered in place of a failure that tells its stakes surely ("we lost the account, a fifth of our
  // revenue") and never calls them harmless has them: the denial is never-failed's to warn about, not this rule's.
  // On the corpus, our sets and s7–s12 this took away 6 of the 23 such findings on answers not labelled with the
  // flaw, and 2 of the 31 on answers labelled with it.
  const toldSurely = afterFailure(answer).some((s) => (stakes[s.index] ?? 0) >= STAKES_TOLD_SURELY);
  const kept = toldSurely && !harmlessConsequence(answer, false) ? findings.filter((f) => f.messageId !== 'offered') : findings;
  return kept.map((f) => {
    if (f.messageId !== 'noCost' || !f.whole) return f;
    let best: Sentence | undefined;
    for (const s of afterFailure(answer)) {
      const score = stakes[s.index] ?? 0;
      if (score >= STAKES_IN_PLACE && (best === undefined || score > (stakes[best.index] ?? 0))) best = s;
    }
    // Else the first that tells how things turned out ("I ended up working very long hours"), not by the speaker's fix.
    best ??= afterFailure(answer).find((s) => s.signals.outcome && !s.signals.ownedRemedy);
    return best ? { ...sentenceRange(best), messageId: 'smallCost' } : f;
  });
}

export default defineRule({
  id: 'missing-stakes',
  phrases: { trivial: TRIVIAL, serious: SERIOUS, shrugged: SHRUGGED },
  userList: 'trivial',
  severity: 'warning',
  scope: 'answer',
  judgedAs: { whole: 'noCost', sentence: 'smallCost', beside: undefined },
  messages: {
    trivial: {
      message: 'The failure sounds trivial; a small slip with no real cost dodges the question.',
      suggestion: "Choose a failure that cost something: time, money, a customer, your team's trust.",
    },
    harmless: {
      message: 'The consequence told here is that nothing much happened; a failure that cost nothing dodges the question.',
      suggestion: "Choose a failure that cost something, or say what was at risk: time, money, a customer, your team's trust.",
    },
    offered: {
      message: 'The story is offered in place of a failure, and nothing it tells cost much; the question asks for a failure that did.',
      suggestion: 'Choose a failure that cost something real (money, customers, a deadline others relied on) and say how much.',
    },
    noCost: {
      message: 'The answer never says what the failure cost or why it mattered.',
      suggestion: 'Add the stakes: who was affected, what was lost or delayed, and by how much.',
    },
    smallCost: {
      message: 'This tells what the failure led to, but not what it cost: who was affected, and how much, is left unsaid.',
      suggestion: 'Say what was at stake: who was affected, what was lost or delayed, and by how much; or choose a failure that cost more.',
    },
    judged: {
      message: "The answer doesn't say what the failure cost, or the cost it gives is trivial.",
      suggestion: 'Say what was at risk or lost: time, money, a customer, trust.',
    },
  },
  summary: 'No consequence or cost stated, or a failure too small to count',
  rationale:
    'A failure with no cost does not answer the question; a trivial one (a typo in an internal email, a B+) dodges it. Interviewers want real stakes: what it cost the team, the customer or the business, and why it mattered.',
  sources: ['Sessel', 'Scott'],
  options: {},
  reads: ['never-failed', 'fake-weakness'],
  reread: pointAtConsequence,
  example: {
    flagged: 'Once I made a typo in an internal email and had to send a correction.',
    fixed: 'A typo in the pricing config undercharged 300 orders before anyone noticed, which cost about $4,000.',
  },
  check(answer, _options, report, find, checked) {
    if (answer.sentences.length === 0) return;
    // A serious word in a consequence told as no harm ("nobody complained") is no sign of stakes.
    const readings = analyseAnswer(answer);
    const denied = (s: Sentence): boolean => HARMLESS_READINGS.some((f) => readings[s.index]?.features.includes(f));
    const smallSumOnly = (s: Sentence): boolean => {
      const features = readings[s.index]?.features ?? [];
      return features.includes('sk:small-sum') && !features.includes('sk:large-sum') && !features.includes('sk:share');
    };
    // Someone hurt, or nearly ("her lips were swelling", "she could have died"), read once for both uses below.
    const harmed = answer.sentences.filter((s) => bodilyHarm(answer, s));
    const serious = answer.sentences.some(
      (s) =>
        (find(s, 'serious').length > 0 && !denied(s)) ||
        // A sum read as small ("a £40 reprint") is no sign of stakes.
        (SUM_OR_SHARE.test(s.text) && !smallSumOnly(s)) ||
        ((s.signals.failure || s.signals.cost) && countOfPeopleOrThings(s)) ||
        harmed.includes(s) ||
        // What was at risk, named ("a real risk of aspiration") or told as harm the failure could do ("it can kill them").
        (readings[s.index]?.features.includes('sk:risk') === true && !s.signals.lesson && !s.signals.prevention),
    );
    if (!serious) {
      for (const sentence of answer.sentences) {
        const trivial = find(sentence, 'trivial')[0];
        if (trivial) {
          report({
            ...wordRange(sentence.words, trivial.start, trivial.end),
            messageId: 'trivial',
          });
          return;
        }
      }
      const harmless = harmlessConsequence(answer, true);
      if (harmless) {
        // Told outright that the failure cost nothing, with no serious word anywhere: no score outweighs that.
        report({ ...sentenceRange(harmless), messageId: 'harmless', certain: true });
        return;
      }
    }
    // "they ate a bit of the grass, it wasn't a big deal": the consequence told, then waved away in
    // the speaker's own words, with no one hurt. A serious word or a count elsewhere ("hours",
    // "three families") does not outweigh the speaker's word that it did not matter.
    if (harmed.length === 0) {
      const shrug = shrugAt(answer, find);
      if (shrug) {
        // Certain where nothing measured or outside the team is told either: the speaker's word is all there is.
        const measured = costReadAs(answer, MEASURED);
        report({
          ...wordRange(shrug.sentence.words, shrug.start, shrug.end),
          messageId: 'harmless',
          ...(measured ? {} : { certain: true }),
        });
        return;
      }
      // Shrunk in the telling ("a bit of the grass"), with no figure in it and not of the speaker ("I'm a bit of a disaster").
      // A figure in it may be the cost's real size; one read as small ("a 15-minute wait") is not.
      const sizedBig = (t: Sentence): boolean => {
        const features = readings[t.index]!.features;
        return features.some((f) => MEASURED.has(f)) || (/\d/.test(t.text) && !features.some((f) => SMALL_SIZES.has(f)));
      };
      const shrunk = (t: Sentence): boolean =>
        readings[t.index]?.features.includes('sk:softened') === true && !t.signals.speakerSubject && !sizedBig(t);
      const softened = serious && !costReadAs(answer, MEASURED) ? harmlessConsequence(answer, true) : undefined;
      if (softened && shrunk(softened)) {
        report({ ...sentenceRange(softened), messageId: 'harmless' });
        return;
      }
    }
    // A denial of ever failing, or a virtue told as the flaw: the story that follows has stakes only
    // with a large loss, and none where it says the loss did no harm ("nobody complained, and the
    // event went off well"), whatever its numbers.
    const offered = checked('never-failed').length > 0 || checked('fake-weakness').some((f) => f.messageId === 'virtueAsFlaw');
    // Offered in place of a failure, a story shows nothing was at stake wherever it says no harm was done.
    const shrugged = offered ? harmlessConsequence(answer, false) : undefined;
    if (offered && (shrugged || !costReadAs(answer, LARGE_LOSS))) {
      const told = shrugged ?? toldConsequence(answer);
      // Certain: on the labelled corpus and our own five sets this reading marked 21 answers labelled
      // with the flaw, 15 weak answers labelled otherwise (denials and boasts whose stakes the
      // labellers left unmarked) and no strong answer; left to the answer classifier, the surest of
      // them ("my biggest failing is that I care too much") scored under its threshold.
      report({ ...(told ? sentenceRange(told) : answerRange(answer)), messageId: 'offered', certain: true });
      return;
    }
    if (answer.sentences.some((s) => s.signals.cost)) return;
    // Someone hurt, or nearly: the stakes are told, whatever they cost in money or time.
    if (harmed.some((s) => !denied(s))) return;
    // A measure told moving to a figure ("her sats dropped to 86", "the queue climbed past 400"): the stakes in the
    // story's own units, told after the failure and before the speaker's fix. Not a gain told with the fix, the lesson
    // or the change ("after that, double bookings dropped to zero"), nor what the fix cost ("the wait only went up by 3 minutes").
    const failed = answer.sentences.findIndex((s) => s.signals.failure);
    const fixed = answer.sentences.findIndex(
      (s) => s.index > failed && (s.signals.ownedRemedy || s.signals.lesson || s.signals.prevention),
    );
    const before = fixed < 0 ? answer.sentences.length : fixed;
    const moved = (s: Sentence): boolean => s.index >= failed && s.index < before && readings[s.index]!.features.includes('sk:moved');
    if (failed >= 0 && answer.sentences.some((s) => moved(s) && !s.signals.remedy)) return;
    // Told with its size or reaching someone outside the team, a consequence is the stakes, whatever its words.
    if (costReadAs(answer, MEASURED)) return;
    // The answer tells what followed, but nothing in it is a cost: point at it, where the stakes belong.
    const led = consequenceAt(answer);
    report(led ? { ...sentenceRange(led), messageId: 'smallCost' } : { ...answerRange(answer), messageId: 'noCost' });
  },
});
