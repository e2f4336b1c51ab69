/**
 * The --explain block of the stylish report, for a user who asks "why?": each sentence with its
 * story part, who does what in it, how the act is told, how strongly the learned judgement reads it
 * as each part of the story or each flaw, and the rules that reported on it; then how each rule
 * decided. A short legend under each heading ties the plain words to the terms a rule-tuner reads
 * in the code (self, group, other, thing, none; the classifiers' scores and thresholds).
 */
import type { Paint } from '../io/color.js';
import type { Explanation, RuleExplanation, SentenceExplanation } from '../lint/explain.js';
import { cutToWidth, displayWidth, wrapText } from '../util/wrap.js';

const score = (value: number): string => value.toFixed(2);

/** The act frames (src/judge/frames.ts) in words a reader follows. */
const FRAME_WORDS: Readonly<Record<string, string>> = {
  intent: 'with an aim (so it would…)',
  instead: 'instead of something (rather than…)',
  despite: 'despite knowing (anyway)',
  conceal: 'keeping something back (without telling…)',
  alone: 'done alone (myself)',
  outdo: 'better than everyone else',
  superlative: 'a superlative',
  praised: "someone else's praise",
  'the-one': 'the only one who…',
};

/** The story labels of the learned judgement, as a listener would name them. */
const STORY_WORDS: Readonly<Record<string, string>> = {
  failure: 'the failure',
  stakes: 'what it cost',
  remedy: 'the fix',
  lesson: 'the lesson',
  prevention: 'what changed since',
};

const PART_WORDS: Readonly<Record<string, string>> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  lesson: 'Lesson',
  other: 'outside the STAR parts',
};

const SENTENCE_KEY =
  '(who acts: you, we, someone else, a thing or nobody named — in the code self, group, other, thing, none — then the act ' +
  'in its dictionary form. Scores, 0 to 1: how strongly the learned judgement reads the sentence as that part or that flaw; ' +
  'under 0.20 left out.)';
const RULE_KEY =
  "(found: what the rule's own reading found, and 0→1 where reading it again with the story parts changed that; " +
  'score: the learned judgement of the whole answer, which must reach ' +
  "the threshold for the rule to speak; needs check: speaks only on its own reading's finding (or, where the rule allows, on one sentence the judgement is all but sure of); part told: the part " +
  'an omission looks for is told surely, so the score alone does not speak; rule alone: not scored)';

/** `label` then `text` wrapped to `width`, continuation lines under the text; under the label when the terminal is narrow. */
function field(label: string, text: string, width: number): string {
  const head = `      ${label.padEnd(10)}`;
  if (width < 60) return `      ${label}\n        ${wrapText(text, { width, indent: '        ', firstLineUsed: 8 })}`;
  return head + wrapText(text, { width, indent: ' '.repeat(head.length), firstLineUsed: head.length });
}

function legend(text: string, width: number, paint: Paint): string {
  return paint.dim(`  ${wrapText(text, { width, indent: '   ', firstLineUsed: 2 })}`);
}

/** "blame-shifting error" as "blame-shifting (error)". */
function withSeverity(rules: readonly string[]): string {
  return rules.map((r) => r.replace(/ (\w+)$/, ' ($1)')).join(', ');
}

function sentenceLines(s: SentenceExplanation, width: number, paint: Paint): string[] {
  const text = displayWidth(s.text) > 100 ? `${cutToWidth(s.text, 97)}…` : s.text;
  const at = `${s.line}:${s.column}`;
  const part = `${PART_WORDS[s.part] ?? s.part}, ${s.heading === null ? 'inferred' : `under your heading “${s.heading}”`}`;
  const story = s.parts.filter(([, value]) => value >= 0.2).sort((a, b) => b[1] - a[1]);
  const lines = [
    `  ${paint.dim(at)} ${wrapText(text, { width, indent: '      ', firstLineUsed: at.length + 3 })}`,
    field('part', part, width),
  ];
  if (s.events.length > 0) lines.push(field('who acts', s.events.join(' · '), width));
  if (s.frames.length > 0) lines.push(field('told as', s.frames.map((f) => FRAME_WORDS[f] ?? f).join('; '), width));
  if (s.parts.length > 0) {
    const told = story.map(([label, value]) => `${STORY_WORDS[label] ?? label} ${score(value)}`).join(', ');
    lines.push(field('tells', told || 'no part of the story', width));
  }
  if (s.flaws.length > 0) lines.push(field('flaws', s.flaws.map(([label, value]) => `${label} ${score(value)}`).join(', '), width));
  if (s.rules.length > 0) lines.push(field('reported', withSeverity(s.rules), width));
  return lines;
}

function ruleLine(r: RuleExplanation, width: number, paint: Paint): string[] {
  // A rule that speaks only on its own finding (never-failed) has no threshold when its check found nothing.
  const verdict =
    r.score === null
      ? 'rule alone'
      : r.told
        ? `score ${score(r.score)}, part told`
        : r.threshold === null
          ? `score ${score(r.score)}, needs check`
          : `score ${score(r.score)}, needs ${score(r.threshold)}`;
  const outcome = r.reported > 0 ? paint.yellow(`reported ${r.reported}`) : paint.dim('silent');
  // A table on a wide terminal; on a narrow one, the rule's id with its decision under it.
  // What the story parts made of the check's findings, where they changed them: "0→1".
  const found = r.reread !== null && r.reread !== r.checked ? `${r.checked}→${r.reread}` : String(r.checked);
  if (width >= 72) return [`  ${r.id.padEnd(26)} found ${found.padStart(3)}  ${verdict.padEnd(23)} ${outcome}`];
  return [`  ${r.id}: ${outcome}`, `    found ${found} · ${verdict}`];
}

export function formatExplanation(explanation: Explanation, paint: Paint, width = 80): string[] {
  const lines: string[] = [paint.bold('  How each sentence was read'), legend(SENTENCE_KEY, width, paint)];
  if (!explanation.learned) lines.push(paint.dim('  (no learned model ships with this build: the rules judged alone)'));
  if (explanation.whole.length > 0) lines.push(`  ${paint.dim('whole answer')}`, field('reported', withSeverity(explanation.whole), width));
  for (const s of explanation.sentences) lines.push(...sentenceLines(s, width, paint));
  lines.push('', paint.bold('  How each rule decided'), legend(RULE_KEY, width, paint));
  for (const r of explanation.rules) lines.push(...ruleLine(r, width, paint));
  lines.push('');
  return lines;
}
