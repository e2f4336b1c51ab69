/**
 * What a finding is about, for reports people read: the flagged words (or the start of the
 * sentence), or "whole answer" for an omission. Machine formats keep the message as it is.
 */
import type { Finding } from '../lint/engine.js';
import { cutToWidth, displayWidth } from '../util/wrap.js';

const QUOTE_WIDTH = 60;

/** A message that opens with the quote it is about: “…”: the rest. */
const QUOTED = /^(“[^”]*”): (.+)$/s;
const WHOLE = /^The whole answer: (.+)$/s;

export interface Subject {
  /** “the flagged words”, or null for a whole-answer finding. */
  quote: string | null;
  /** The message without a quote or "The whole answer:" in front, which the report shows apart. */
  message: string;
}

/** The flagged text on one line, at most `width` columns of it (a CJK character takes two), cut at a word boundary with … when long. */
export function shortQuote(text: string, width = QUOTE_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(flat) <= width) return `“${flat}”`;
  const cut = cutToWidth(flat, width);
  const space = cut.lastIndexOf(' ');
  const atWord = space > 0 && displayWidth(cut.slice(0, space)) > width / 2;
  return `“${(atWord ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')} …”`;
}

export function subjectOf(finding: Finding): Subject {
  const whole = WHOLE.exec(finding.message);
  if (finding.whole) return { quote: null, message: whole ? whole[1]! : finding.message };
  const quoted = QUOTED.exec(finding.message);
  if (quoted) return { quote: quoted[1]!, message: quoted[2]! };
  return { quote: finding.excerpt.trim() ? shortQuote(finding.excerpt) : null, message: finding.message };
}

/** The subject as a few words: “quote” or "whole answer". */
export function subjectLabel(subject: Subject): string {
  return subject.quote ?? 'whole answer';
}
