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

function blank(chars: string[], start: number, end: number): void {
  for (let i = start; i < end && i < chars.length; i++) {
    if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }
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

/** Inline markup inside one line: code spans, images, links, autolinks, tags, emphasis. */
function maskInline(chars: string[], line: Line): void {
  const text = line.text;
  // Most lines of an answer are plain prose: skip the patterns when no markup character is present.
  if (!/[`\[\]<*_~!|]/.test(text)) return;
  const base = line.start;
  const patterns: Array<[RegExp, (m: RegExpExecArray) => void]> = [
    [/(`+)[^`]*?\1/g, (m) => blank(chars, base + m.index, base + m.index + m[0].length)],
    [/!\[[^\]]*\]\([^)]*\)/g, (m) => blank(chars, base + m.index, base + m.index + m[0].length)],
    [
      /\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]/g,
      (m) => {
        const labelLength = (m[1] ?? m[2] ?? '').length;
        blank(chars, base + m.index, base + m.index + 1);
        blank(chars, base + m.index + 1 + labelLength, base + m.index + m[0].length);
      },
    ],
    [/<(?:https?:|mailto:)[^>]*>|<\/?[A-Za-z][^>]*>/g, (m) => blank(chars, base + m.index, base + m.index + m[0].length)],
    [/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|~~/gu, (m) => blank(chars, base + m.index, base + m.index + m[0].length)],
  ];
  for (const [pattern, apply] of patterns) {
    // Work on the partially masked line so a link inside a code span stays masked.
    const current = chars.slice(base, line.end).join('');
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(current)) !== null) {
      apply(m);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  if (text.includes('|') && /^\s*\|/.test(text)) {
    for (let i = line.start; i < line.end; i++) if (chars[i] === '|') chars[i] = ' ';
  }
}

export function maskMarkdown(source: string, markdown: boolean): MaskedText {
  const chars = source.split('');
  const headings: RawHeading[] = [];
  const comments: RawComment[] = [];
  const blockStarts: number[] = [];
  let from = 0;
  if (source.charCodeAt(0) === 0xfeff) {
    chars[0] = ' ';
    from = 1;
  }
  const frontMatter = findFrontMatter(source, from);
  if (frontMatter) blank(chars, frontMatter.start, frontMatter.end);
  const bodyStart = frontMatter ? frontMatter.end : from;

  if (!markdown) {
    return { spoken: chars.join(''), headings, comments, frontMatter, blockStarts };
  }

  HTML_COMMENT.lastIndex = bodyStart;
  let cm: RegExpExecArray | null;
  while ((cm = HTML_COMMENT.exec(source)) !== null) {
    comments.push({ body: cm[1] ?? '', start: cm.index, end: cm.index + cm[0].length });
    blank(chars, cm.index, cm.index + cm[0].length);
  }

  const lines = splitLines(chars.join(''), bodyStart);
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line.text);
    if (fence !== null) {
      blank(chars, line.start, line.end);
      if (fenceMatch && fenceMatch[1]!.startsWith(fence[0]!) && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      blank(chars, line.start, line.end);
      continue;
    }
    const heading = ATX_HEADING.exec(line.text);
    if (heading) {
      headings.push({ level: heading[1]!.length, text: (heading[2] ?? '').trim(), start: line.start, end: line.end });
      blank(chars, line.start, line.end);
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
      blank(chars, previous.start, line.end);
      blockStarts.push(previous.start);
      continue;
    }
    if (THEMATIC_BREAK.test(line.text) || REFERENCE_DEFINITION.test(line.text)) {
      blank(chars, line.start, line.end);
      continue;
    }
    const quote = BLOCKQUOTE.exec(line.text);
    if (quote) blank(chars, line.start, line.start + quote[0].length);
    const afterQuote = quote ? quote[0].length : 0;
    const list = LIST_MARKER.exec(line.text.slice(afterQuote));
    if (list) {
      const markerStart = line.start + afterQuote + list[1]!.length;
      blank(chars, markerStart, markerStart + list[2]!.length);
      blockStarts.push(markerStart);
    }
    maskInline(chars, line);
  }
  return { spoken: chars.join(''), headings, comments, frontMatter, blockStarts };
}
