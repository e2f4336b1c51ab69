/**
 * Turns markdown (or plain text) into "spoken text": a string of the same length in which every
 * character a speaker would not say (front matter, code, comments, link targets, markup) is a
 * space. Offsets therefore carry over unchanged, and every later stage can report positions in
 * the original file without a mapping table.
 */

export interface RawHeading {
  level: number;
  text: string;
  start: number;
  end: number;
}

export interface RawComment {
  body: string;
  start: number;
  end: number;
}

export interface MaskedText {
  spoken: string;
  headings: RawHeading[];
  comments: RawComment[];
  frontMatter: { raw: string; start: number; end: number } | null;
  /** Offsets where a new block (paragraph, list item, heading) begins. */
  blockStarts: number[];
}

/**
 * Blanked ranges over the source. Most answers are plain prose, so the spoken text is built once
 * at the end from the source and the ranges, instead of copying the text character by character.
 */
class Mask {
  private readonly ranges: Array<[number, number]> = [];
  constructor(private readonly source: string) {}

  blank(start: number, end: number): void {
    if (end > start) this.ranges.push([start, end]);
  }

  /** source[start, end) with what has been blanked so far turned to spaces. */
  view(start: number, end: number): string {
    let text = this.source.slice(start, end);
    for (const [a, b] of this.ranges) {
      if (a >= end || b <= start) continue;
      const from = Math.max(a, start) - start;
      const to = Math.min(b, end) - start;
      text = text.slice(0, from) + blankText(text.slice(from, to)) + text.slice(to);
    }
    return text;
  }

  spoken(): string {
    if (this.ranges.length === 0) return this.source;
    const sorted = [...this.ranges].sort((x, y) => x[0] - y[0]);
    let out = '';
    let at = 0;
    for (const [start, end] of sorted) {
      if (end <= at) continue;
      const from = Math.max(start, at);
      out += this.source.slice(at, from) + blankText(this.source.slice(from, end));
      at = end;
    }
    return out + this.source.slice(at);
  }
}

/** Spaces for every character but line breaks, so lines and offsets stay where they were. */
function blankText(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

function findFrontMatter(text: string, from: number): { raw: string; start: number; end: number } | null {
  const open = /^---[ \t]*\r?\n/.exec(text.slice(from, from + 8));
  if (!open) return null;
  const bodyStart = from + open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(bodyStart);
  const match = close.exec(rest);
  if (!match) return null;
  return { raw: rest.slice(0, match.index), start: from, end: bodyStart + match.index + match[0].length };
}

interface Line {
  start: number;
  end: number; // excluding the line break
  text: string;
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl === -1) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/;
const BLOCKQUOTE = /^([ \t]*>[ \t]?)+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;

const INLINE_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray, base: number, mask: Mask) => void]> = [
  [/(`+)[^`]*?\1/g, (m, base, mask) => mask.blank(base + m.index, base + m.index + m[0].length)],
  [/!\[[^\]]*\]\([^)]*\)/g, (m, base, mask) => mask.blank(base + m.index, base + m.index + m[0].length)],
  [
    /\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]/g,
    (m, base, mask) => {
      const labelLength = (m[1] ?? m[2] ?? '').length;
      mask.blank(base + m.index, base + m.index + 1);
      mask.blank(base + m.index + 1 + labelLength, base + m.index + m[0].length);
    },
  ],
  [/<(?:https?:|mailto:)[^>]*>|<\/?[A-Za-z][^>]*>/g, (m, base, mask) => mask.blank(base + m.index, base + m.index + m[0].length)],
  [/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|~~/gu, (m, base, mask) => mask.blank(base + m.index, base + m.index + m[0].length)],
];

/** Inline markup inside one line: code spans, images, links, autolinks, tags, emphasis. */
function maskInline(mask: Mask, line: Line): void {
  const text = line.text;
  // Most lines of an answer are plain prose: skip the patterns when no markup character is present.
  if (!/[`\[\]<*_~!|]/.test(text)) return;
  for (const [pattern, apply] of INLINE_PATTERNS) {
    // Work on the partially masked line so a link inside a code span stays masked.
    const current = mask.view(line.start, line.end);
    const regex = new RegExp(pattern.source, pattern.flags);
    let m: RegExpExecArray | null;
    while ((m = regex.exec(current)) !== null) {
      apply(m, line.start, mask);
      if (m[0].length === 0) regex.lastIndex++;
    }
  }
  if (text.includes('|') && /^\s*\|/.test(text)) {
    for (let i = 0; i < text.length; i++) if (text[i] === '|') mask.blank(line.start + i, line.start + i + 1);
  }
}

export function maskMarkdown(source: string, markdown: boolean): MaskedText {
  const mask = new Mask(source);
  const headings: RawHeading[] = [];
  const comments: RawComment[] = [];
  const blockStarts: number[] = [];
  let from = 0;
  if (source.charCodeAt(0) === 0xfeff) {
    mask.blank(0, 1);
    from = 1;
  }
  const frontMatter = findFrontMatter(source, from);
  if (frontMatter) mask.blank(frontMatter.start, frontMatter.end);
  const bodyStart = frontMatter ? frontMatter.end : from;

  if (!markdown) {
    return { spoken: mask.spoken(), headings, comments, frontMatter, blockStarts };
  }

  HTML_COMMENT.lastIndex = bodyStart;
  let cm: RegExpExecArray | null;
  while ((cm = HTML_COMMENT.exec(source)) !== null) {
    comments.push({ body: cm[1] ?? '', start: cm.index, end: cm.index + cm[0].length });
    mask.blank(cm.index, cm.index + cm[0].length);
  }

  // Comments can span lines, so lines are read with them already blanked.
  const lines = splitLines(comments.length > 0 ? mask.view(0, source.length) : source, bodyStart);
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line.text);
    if (fence !== null) {
      mask.blank(line.start, line.end);
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      mask.blank(line.start, line.end);
      continue;
    }
    const heading = ATX_HEADING.exec(line.text);
    if (heading) {
      headings.push({ level: heading[1]!.length, text: (heading[2] ?? '').trim(), start: line.start, end: line.end });
      mask.blank(line.start, line.end);
      blockStarts.push(line.start);
      continue;
    }
    const previous = lines[i - 1];
    const underline = SETEXT_UNDERLINE.exec(line.text);
    if (underline && previous && previous.text.trim() !== '' && !THEMATIC_BREAK.test(previous.text)) {
      headings.push({
        level: underline[1]!.startsWith('=') ? 1 : 2,
        text: previous.text.trim(),
        start: previous.start,
        end: line.end,
      });
      mask.blank(previous.start, line.end);
      blockStarts.push(previous.start);
      continue;
    }
    if (THEMATIC_BREAK.test(line.text) || REFERENCE_DEFINITION.test(line.text)) {
      mask.blank(line.start, line.end);
      continue;
    }
    const quote = BLOCKQUOTE.exec(line.text);
    if (quote) mask.blank(line.start, line.start + quote[0].length);
    const afterQuote = quote ? quote[0].length : 0;
    const list = LIST_MARKER.exec(line.text.slice(afterQuote));
    if (list) {
      const markerStart = line.start + afterQuote + list[1]!.length;
      mask.blank(markerStart, markerStart + list[2]!.length);
      blockStarts.push(markerStart);
    }
    maskInline(mask, line);
  }
  return { spoken: mask.spoken(), headings, comments, frontMatter, blockStarts };
}
