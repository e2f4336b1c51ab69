import type { Answer, Sentence } from '../../answer/model.js';
import type { PhraseMatch } from '../../answer/phrase-language.js';
import { analyseAnswer } from '../../judge/judge.js';
import { defineRule, wordRange, type RuleFinding } from '../rule.js';
import { negatedBefore } from '../../answer/lexicon.js';
import {
  conductActs,
  disclosedAsFine,
  dutyNotBothered,
  excusedAsRoutine,
  knewNotTo,
  othersDoTheSame,
  ruleKnownNotKept,
} from './red-flag-knowing.js';
import { doneAnyway, outstanding, withoutNamedBefore } from './red-flag-despite.js';
import { checkSkipped, deniedLater, recordedAsDone } from './red-flag-acts.js';
import {
  filledForInspection,
  passedOffAsNew,
  knewFigureWroteAnother,
  knownThenRecorded,
  movedToPeriod,
  recordedThenDenied,
  redated,
  toldThenDenied,
  unwitting,
} from './red-flag-untrue.js';
import type { ActKind, Clauses } from './red-flag-grammar.js';

/**
 * Conduct the act model (red-flag-acts.ts) does not read: abuse, intoxication, theft, cheating.
 * The subject must be "I" or "we". Records, lies, leaks, bypasses and concealment are read from the
 * grammar of the clause instead of listed here.
 */
const CONDUCT: readonly string[] = [
  'i|we @adv? @adv? (stole|embezzled|plagiarized|plagiarised|cheated|harassed|bullied|threatened|shredded)',
  'i|we @adv? (yelled at|screamed at|swore at|punched|shoved)',
  'i|we @adv? (broke|violated) the law|nda',
  'i|we @adv? took credit for',
  "i|we @adv? signed (his|her|their|someone|someone's|my manager's|my boss's) name",
  'i|we @adv? (shared my|shared our|shared the) password|passwords|credentials',
  "(i was|i'd been|i had been|i got|i came in|i showed up|i turned up) @adv? drunk|high|hungover|intoxicated|stoned",
  '(i was|i got) @adv? (fired|dismissed|terminated|sacked) (for|because|after)',
  'insider trading',
  // Sanctioned by the law for it: "i got a caution and a fine", "we were prosecuted".
  'i|we (got|was|were) @adv? (cautioned|prosecuted|arrested|convicted)',
  'i|we got a caution',
  // The failure kept from those who would have to know: "to avoid it going to head office".
  "(to avoid|to stop|to keep|so it wouldn't|so it didn't) it|this|that (going|getting|go|get) (to|up to|as far as) (head office|hr|compliance|audit|the regulator|the police|the insurer|the insurers|the board)",
];

/** Besides a negator, a refusal near the act denies it ("I refused to sign off"). */
const REFUSAL = new Set(['refused']);

/** A negator within three words either side: "I never stole", "nobody said I cheated". */
function notConduct(sentence: Sentence, match: PhraseMatch): boolean {
  if (sentence.words[match.start]!.norm === 'insider' && !(sentence.signals.speakerSubject || sentence.signals.groupSubject)) return true;
  return negatedBefore(sentence.words, match.start + 3, 6, REFUSAL);
}

type Message = 'misconduct' | 'falseRecord' | 'deception' | 'dataLeak' | 'bypass' | 'concealment' | 'knowingBreach';

const MESSAGE_OF: Readonly<Record<ActKind, Message>> = {
  misrecord: 'falseRecord',
  deceive: 'deception',
  exfiltrate: 'dataLeak',
  bypass: 'bypass',
  conceal: 'concealment',
  knowing: 'knowingBreach',
  misuse: 'misconduct',
};

/** A sentence told in the speaker's present since the failure ("now I…"), with nothing of theirs in the past. */
function habitNow(features: readonly string[]): boolean {
  // "Since then I put anything with a maker's name to one side": a habit told now, though "put" reads as past too.
  return features.includes('sf:self-now') && (!features.includes('sf:self-past') || features.includes('sf:self-habit'));
}

/** Acts that are false only if the speaker knew they were: a record, and a word to someone. */
const TRUTH_ACTS: ReadonlySet<ActKind> = new Set(['misrecord', 'deceive']);

/** Acts that contain a failure at once: "recalled every bag", "stopped the line", "rang the ward". */
// biome-ignore format: a word list reads best packed
const CONTAINING = new Set([
  'recall', 'stop', 'pull', 'withdraw', 'quarantine', 'isolate', 'warn', 'alert', 'ring', 'phone', 'call', 'recheck', 'fix', 'correct',
  'reverse', 'undo', 'halt', 'evacuate', 'shut',
]);

/**
 * The act is not waiting, and the sentence goes no further: "I did not wait for the supervisor."
 * Not "we didnt wait for sign-off, just pushed it live", where the act done without it follows.
 */
function waitedNot(c: Clauses, act: { first: number; last: number }): boolean {
  return (
    c.tokens.slice(act.first, act.last + 1).some((t) => t.lemma === 'wait' && t.negated) &&
    c.tokens.slice(act.last + 1).every((t) => t.pos !== 'VERB')
  );
}

/** The conduct acts of every sentence, as findings on their own words. */
function actFindings(answer: Answer): RuleFinding<Message>[] {
  const out: RuleFinding<Message>[] = [];
  // The sentence before held a conduct act of its own: what a shrug in the next can point back at.
  let actedBefore = false;
  const analysed = analyseAnswer(answer);
  // Each sentence's clauses, made once: a sentence is read as itself, as the one before and as the
  // one after, and the grammar remembers what it worked out by these objects (speakerDoes).
  const clauses: Clauses[] = analysed.map((s) => ({ tokens: s.tokens, events: s.events }));
  // Whether each sentence left a check undone: asked of every sentence but the last as the one
  // before, and of some as themselves, so worked out once for each, in its own turn (where the
  // gates' flags are already the sentence's, see passes in red-flag-grammar.ts).
  const skipped: boolean[] = [];
  // Where the speaker says they did not know what was so, in the sentence or either beside it: asked
  // only where a record or a word is to be reported (most sentences have none), and remembered.
  const unaware: (boolean | undefined)[] = [];
  const unawareAt = (k: number): boolean => {
    const s = analysed[k];
    if (!s) return false;
    unaware[k] ??= unwitting(s.tokens, s.events);
    return unaware[k];
  };
  for (const [index, s] of analysed.entries()) {
    const believed = (): boolean => unawareAt(index - 1) || unawareAt(index) || unawareAt(index + 1);
    const c = clauses[index]!;
    const before = index > 0 ? clauses[index - 1]! : null;
    const quoted = (i: number): boolean =>
      s.sentence.words.some((w) => w.quoted && w.start <= s.tokens[i]!.start && s.tokens[i]!.start < w.end);
    // "I did not wait for a supervisor. I recalled every unit I had issued": not waiting, to put the failure right at
    // once, is the speaker's fix, not a safeguard gone round.
    const next = analysed[index + 1];
    const fixNext =
      next !== undefined &&
      (next.sentence.signals.ownedRemedy ||
        next.events.some((e) => e.actor === 'self' && !e.negated && !e.modal && CONTAINING.has(e.act ?? '')));
    const acts = conductActs(c).filter((act) => !quoted(act.first) && !(fixNext && act.kind === 'bypass' && waitedNot(c, act)));
    skipped[index] = checkSkipped(c);
    // A reading that needs the sentence before adds its span where no act of this sentence holds it.
    const add = (kind: ActKind, span: { first: number; last: number } | null): void => {
      if (span && !quoted(span.first) && !acts.some((a) => a.first <= span.last && span.first <= a.last))
        acts.push({ kind, ...span, certain: false });
    };
    // "The back slope had no scaffold yet. I went up anyway.": a safeguard outstanding, then the act regardless.
    const anyway = doneAnyway(c);
    if (anyway && (outstanding(c, anyway.first) || (before !== null && outstanding(before)))) add('knowing', anyway);
    // "The guard rail was off. I let the crew keep working without it.": protection named, then gone without.
    add('bypass', withoutNamedBefore(c, before));
    // "i skipped the tightness test. put it down on the cert as tested": the record vouches for a check the sentence before left undone.
    const skippedBefore = before !== null && skipped[index - 1]!;
    if (skippedBefore) add('misrecord', recordedAsDone(c));
    else {
      // "i ticked the pressure test on the sheet as done … i hadnt actually done the test on 14": the check told undone later.
      const asDone = recordedAsDone(c);
      if (asDone) {
        // Told before the lesson: "a tick against one test says nothing about the test I left off" looks back on the story.
        const lesson = analysed.findIndex((x, k) => k > index && (x.sentence.signals.lesson || x.sentence.signals.prevention));
        if (deniedLater(clauses, index, asDone, lesson < 0 ? analysed.length : lesson)) add('misrecord', asDone);
      }
    }
    // "so i lifted the photos off the page. tbh that was fairly normal on a friday": the act excused as routine.
    add('misuse', excusedAsRoutine(c, before));
    // "…my supervisor does the same when we're behind": the act excused by a colleague's habit.
    // Only after a shortcut told (an act read as misconduct, or a check skipped), here or just before:
    // "I double-checked the dose. She does the same on nights." shares a good habit.
    const shortcut = acts.length > 0 || actedBefore || skippedBefore || skipped[index]!;
    // Or where the colleague's habit is itself told as a shortcut: kept to when pressed ("when we're
    // short"), or never seen ("nobody ever notices"), which a good habit shared is not.
    const same = othersDoTheSame(c, before);
    if (same && (shortcut || same.excused)) add('misuse', same);
    // "I gave her the carers' street name. Honestly, a mother has a right to know.": a disclosure told as fine.
    add('misuse', disclosedAsFine(c, clauses[index + 1] ?? null));
    // "One night I looked him up on our system. I knew I shouldn't.": the knowing told after the deed.
    add('knowing', knewNotTo(c, before, index > 1 ? clauses[index - 2]! : null));
    // "I know the rule: lock off, prove dead. I did not do it.": the rule known, then not kept.
    add('knowing', ruleKnownNotKept(c, clauses[index + 1] ?? null));
    // "you're meant to do your pre-use check … I didnae bother that morning": the duty known, then not bothered with.
    const bothered = dutyNotBothered(c, null) ?? (before !== null ? dutyNotBothered(before, c) : null);
    if (bothered && bothered.at === c) add('knowing', { first: bothered.first, last: bothered.last });
    // "I told him they were in stock. They were actually on a six-week lead time.": the telling denied by the next sentence.
    add('deceive', toldThenDenied(c, clauses[index + 1] ?? null));
    // "i knew it wasnt a timing difference. … a note saying timing difference": set down as what the speaker knew it was not.
    // Certain: knowing it was not so is the one reading that a belief beside it cannot undo.
    const known = knownThenRecorded(c, clauses[index + 1] ?? null);
    if (known && !quoted(known.first) && !acts.some((a) => a.first <= known.last && known.first <= a.last))
      acts.push({ kind: 'misrecord', ...known, certain: true });
    // "I knew that recording minus 12 would mean … So I wrote minus 19 in the log": a figure known, another set down.
    // "I … tick that I saw him take the tablets. I did not see.": the record's claim denied by the next sentence.
    add('misrecord', recordedThenDenied(c, clauses[index + 1] ?? null));
    // "we still had friday's leftover sourdough, so i reprinted the labels w/ saturday's date": older goods given a later date.
    add('misrecord', redated(c));
    // "I moved the invoice date into the next quarter": a transaction put into a period it did not happen in.
    add('misrecord', movedToPeriod(c));
    // "filled in the ID part on her consent form after, … so the paperwork was complete if the council come": a record completed for the inspector.
    add('misrecord', filledForInspection(c));
    // "I fitted some used pads … and I charged him as new ones": goods known not new, charged for as new.
    add('deceive', passedOffAsNew(c, before));
    const figure = knewFigureWroteAnother(c, null) ?? (before !== null ? knewFigureWroteAnother(before, c) : null);
    if (figure && figure.at === c) add('misrecord', { first: figure.first, last: figure.last });
    actedBefore = acts.length > 0;
    // What the speaker does now, as a habit ("now I tick every box on the manifest"), is the change, not the act told.
    // Asked only where there is an act to report.
    if (acts.length === 0 || habitNow(s.features)) continue;
    for (const act of acts) {
      // "I logged it as routine; I hadn't seen the crack": a record the speaker believed, not a false one.
      if (!act.certain && TRUTH_ACTS.has(act.kind) && believed()) continue;
      out.push({
        start: s.tokens[act.first]!.start,
        end: s.tokens[act.last]!.end,
        messageId: MESSAGE_OF[act.kind],
        basis: 'events',
        ...(act.certain ? { certain: true } : {}),
      });
    }
  }
  return out;
}

export default defineRule<Record<string, never>, Message, 'conduct'>({
  id: 'red-flag',
  phrases: { conduct: CONDUCT },
  userList: 'conduct',
  severity: 'warning',
  scope: 'phrase',
  messages: {
    misconduct: {
      message: 'This reads as misconduct, which is a liability rather than a lesson.',
      suggestion: 'Choose a failure of judgement or oversight instead, or leave this detail out if it is not what happened.',
    },
    falseRecord: {
      message: 'This record says something happened that did not: to an interviewer, that is falsification, whatever the reason.',
      suggestion: 'Choose a story where the mistake was one of judgement, not a record you knew was untrue.',
    },
    deception: {
      message: 'This tells of misleading someone on purpose, which costs more trust than the failure it covered.',
      suggestion: 'Choose a failure you were open about; if this one matters, lead with how you set the record straight.',
    },
    dataLeak: {
      message:
        'Protected data or a login sent beyond its safe keeping (a personal account, a device, a chat) is a breach an employer cannot overlook.',
      suggestion: 'Choose another story, or make clear this was reported and why it can never happen again.',
    },
    bypass: {
      message: 'This tells of getting round a safeguard, or acting without the licence or approval it needs, on purpose.',
      suggestion: 'Choose a misjudgement rather than a deliberate breach of a safety or approval control.',
    },
    concealment: {
      message: 'This tells of hiding something so it would not be seen, which reads as dishonesty rather than a mistake.',
      suggestion: 'Choose a failure you surfaced yourself, and say how you told the people who needed to know.',
    },
    knowingBreach: {
      message: 'You say you knew this was not allowed and did it anyway: a breach you chose, not a mistake that teaches.',
      suggestion: 'Choose a story where you misjudged something, not one where you knowingly broke a rule.',
    },
    judged: {
      message: 'This tells of a failure that raises doubts about judgement or integrity, not a mistake that teaches.',
      suggestion: 'Choose a story where you misjudged something, not one where you broke a rule or misled people.',
    },
  },
  summary: 'The story involves ethics, policy, safety or conduct trouble',
  rationale:
    'A failure of judgement or oversight is a good answer; a breach of ethics, law, safety or policy is a liability, whatever you learned. Interviewers cannot unhear it. The rule reads who did what on purpose: a record made to say what did not happen, a lie, data taken to a personal account, a safeguard got round, data hidden, or a rule broken knowingly. Acts the speaker refused, reported in someone else, or only imagined do not count.',
  sources: ['Shepard', 'Odak'],
  options: {},
  example: {
    flagged: 'To hit the date I skipped the security review and pushed the release myself.',
    fixed: 'To hit the date I planned the security review for the last two days, and when it found an issue the release slipped a week.',
  },
  check(answer, _options, emit, find) {
    const acts = actFindings(answer);
    const phrases: RuleFinding<Message>[] = [];
    for (const sentence of answer.sentences) {
      for (const match of find(sentence, 'conduct')) {
        if (notConduct(sentence, match)) continue;
        const range = wordRange(sentence.words, match.start, match.end);
        if (acts.some((a) => a.start < range.end && range.start < a.end)) continue;
        phrases.push({ ...range, messageId: 'misconduct' });
      }
    }
    for (const finding of [...acts, ...phrases].sort((a, b) => a.start - b.start)) emit(finding);
  },
});
