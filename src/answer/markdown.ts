/**
 * Turns markdown (or plain text) into "spoken text": a string of the same length in which every
 * character a speaker would not say (front matter, code, comments, link targets, markup) is a
 * space. Offsets therefore carry over unchanged, and every later stage can report positions in
 * the original file without a mapping table.
 */

interface RawHeading {
  level: number;
  text: string;
  start: number;
  end: number;
}

interface RawComment {
  body: string;
  start: number;
  end: number;
}

interface MaskedText {
  spoken: string;
  headings: RawHeading[];
  comments: RawComment[];
  frontMatter: { raw: string; start: number; end: number } | null;
  /** Offsets where a new block (paragraph, list item, heading) begins. */
  blockStarts: number[];
}

/**
 * What has been blanked so far: one flag per character of the source. Blanking a range, and
 * reading a line back with its blanks applied, each cost the length of the range or line, so
 * masking a whole answer stays linear however many pieces of markup it holds.
 */
/**
 * Scratch space for Mask.view(), shared by every mask: a line of a few characters must not
 * allocate a large buffer, nor each answer a zeroed 16 KiB one. view() copies out of it before it
 * returns, so no two views ever hold it at once (a worker thread has its own copy of this module).
 */
const CHUNK = new Uint16Array(8192);

class Mask {
  private readonly blanked: Uint8Array;
  constructor(private readonly source: string) {
    this.blanked = new Uint8Array(source.length);
  }

  /** Counts blanking calls, so a caller can tell whether its view of a line is still current. */
  changes = 0;

  blank(start: number, end: number): void {
    if (end <= start) return;
    this.blanked.fill(1, start, end);
    this.changes++;
  }

  /** source[start, end) with what has been blanked so far turned to spaces (line breaks kept). */
  view(start: number, end: number): string {
    if (this.changes === 0) return this.source.slice(start, end);
    const offset = this.blanked.subarray(start, end).indexOf(1);
    if (offset === -1) return this.source.slice(start, end);
    const first = start + offset;
    // Character codes in chunks: no per-range string copies, and lone surrogates survive as they are.
    const parts: string[] = [this.source.slice(start, first)];
    const chunk = CHUNK;
    for (let from = first; from < end; from += chunk.length) {
      const length = Math.min(chunk.length, end - from);
      for (let i = 0; i < length; i++) {
        const code = this.source.charCodeAt(from + i);
        chunk[i] = this.blanked[from + i] && code !== 10 && code !== 13 ? 32 : code;
      }
      parts.push(String.fromCharCode.apply(null, chunk.subarray(0, length) as unknown as number[]));
    }
    return parts.join('');
  }

  spoken(): string {
    return this.view(0, this.source.length);
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

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_MARKER = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)/;
const BLOCKQUOTE = /^([ \t]*>[ \t]?)+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/;

/**
 * An ATX heading ("## Result"), read without a regular expression: the closing run of "#" and
 * spaces is trimmed from the end in one pass, where a pattern would rescan it from every start.
 */
function atxHeading(text: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && text[i] === ' ') i++;
  let level = 0;
  while (text[i + level] === '#') level++;
  if (level < 1 || level > 6) return null;
  const after = i + level;
  if (after < text.length && text[after] !== ' ' && text[after] !== '\t') return null;
  let end = text.length;
  while (end > after && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '#')) end--;
  return { level, text: text.slice(after, end).trim() };
}

/** For each position, where the next `char` is at or after it (-1: none): one pass from the end. */
function nextIndex(text: string, char: string): Int32Array {
  const next = new Int32Array(text.length + 1);
  let seen = -1;
  next[text.length] = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === char) seen = i;
    next[i] = seen;
  }
  return next;
}

function at(next: Int32Array, index: number): number {
  return index < next.length ? next[index]! : -1;
}

/**
 * Code spans: a run of backticks closes at the next run of the same length. Runs are indexed by
 * length once, and each length's list is read with a pointer that only moves forward.
 */
function maskCodeSpans(mask: Mask, text: string, base: number): void {
  if (!text.includes('`')) return;
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] !== '`') {
      i++;
      continue;
    }
    let j = i;
    while (text[j] === '`') j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  if (runs.length < 2) return;
  const byLength = new Map<number, { indexes: number[]; pointer: number }>();
  runs.forEach((run, index) => {
    const entry = byLength.get(run.length) ?? { indexes: [], pointer: 0 };
    entry.indexes.push(index);
    byLength.set(run.length, entry);
  });
  for (let r = 0; r < runs.length; r++) {
    const entry = byLength.get(runs[r]!.length)!;
    while (entry.pointer < entry.indexes.length && entry.indexes[entry.pointer]! <= r) entry.pointer++;
    if (entry.pointer === entry.indexes.length) continue;
    const close = entry.indexes[entry.pointer]!;
    mask.blank(base + runs[r]!.start, base + runs[close]!.start + runs[close]!.length);
    r = close;
  }
}

/** Images, ![alt](target): blanked whole, alt text included (it is not spoken). */
function maskImages(mask: Mask, text: string, base: number): void {
  if (!text.includes('![')) return;
  const closeBracket = nextIndex(text, ']');
  const closeParen = nextIndex(text, ')');
  for (let i = text.indexOf('!['); i !== -1; ) {
    const label = at(closeBracket, i + 2);
    const end = label !== -1 && text[label + 1] === '(' ? at(closeParen, label + 2) : -1;
    if (end === -1) {
      i = text.indexOf('![', i + 1);
      continue;
    }
    mask.blank(base + i, base + end + 1);
    i = text.indexOf('![', end + 1);
  }
}

/** Links, [label](target) and [label][ref]: the label is spoken, the brackets and target are not. */
function maskLinks(mask: Mask, text: string, base: number): void {
  if (!text.includes('[')) return;
  const closeBracket = nextIndex(text, ']');
  const closeParen = nextIndex(text, ')');
  for (let i = text.indexOf('['); i !== -1; ) {
    const label = at(closeBracket, i + 1);
    let end = -1;
    if (label !== -1 && text[label + 1] === '(') end = at(closeParen, label + 2);
    if (end === -1 && label !== -1 && text[label + 1] === '[') end = at(closeBracket, label + 2);
    if (end === -1) {
      i = text.indexOf('[', i + 1);
      continue;
    }
    mask.blank(base + i, base + i + 1);
    mask.blank(base + label, base + end + 1);
    i = text.indexOf('[', end + 1);
  }
}

const TAG_START = /^(?:https?:|mailto:|\/?[A-Za-z])/;

/** Autolinks (<https://…>) and HTML tags (<b>, </b>): blanked whole. */
function maskTags(mask: Mask, text: string, base: number): void {
  if (!text.includes('<')) return;
  const closeAngle = nextIndex(text, '>');
  for (let i = text.indexOf('<'); i !== -1; ) {
    const end = TAG_START.test(text.slice(i + 1, i + 8)) ? at(closeAngle, i + 1) : -1;
    if (end === -1) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    mask.blank(base + i, base + end + 1);
    i = text.indexOf('<', end + 1);
  }
}

const EMPHASIS = /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|~~/gu;

function maskEmphasis(mask: Mask, text: string, base: number): void {
  if (!/[*_~]/.test(text)) return;
  for (const m of text.matchAll(EMPHASIS)) mask.blank(base + m.index, base + m.index + m[0].length);
}

/** In order: a later kind of markup is looked for in the line with the earlier ones blanked, so a link inside a code span stays masked. */
const INLINE_MASKS: ReadonlyArray<(mask: Mask, text: string, base: number) => void> = [
  maskCodeSpans,
  maskImages,
  maskLinks,
  maskTags,
  maskEmphasis,
];

/** Inline markup inside one line: code spans, images, links, autolinks, tags, emphasis. */
function maskInline(mask: Mask, line: Line): void {
  const text = line.text;
  // Most lines of an answer are plain prose: skip the scans when no markup character is present.
  if (!/[`[\]<*_~!|]/.test(text)) return;
  let seen = mask.changes;
  let current = mask.view(line.start, line.end);
  for (const apply of INLINE_MASKS) {
    if (mask.changes !== seen) {
      seen = mask.changes;
      current = mask.view(line.start, line.end);
    }
    apply(mask, current, line.start);
  }
  if (text.includes('|') && /^\s*\|/.test(text)) {
    for (let i = 0; i < text.length; i++) if (text[i] === '|') mask.blank(line.start + i, line.start + i + 1);
  }
}

/**
 * Blanks <!-- … --> comments and returns them. Found with indexOf: an unclosed "<!--" ends the
 * search instead of rescanning the rest from every start.
 */
function maskComments(mask: Mask, source: string, bodyStart: number): RawComment[] {
  const comments: RawComment[] = [];
  for (let open = source.indexOf('<!--', bodyStart); open !== -1; ) {
    const close = source.indexOf('-->', open + 4);
    if (close === -1) break;
    comments.push({ body: source.slice(open + 4, close), start: open, end: close + 3 });
    mask.blank(open, close + 3);
    open = source.indexOf('<!--', close + 3);
  }
  return comments;
}

/** Where headings and blocks were found, filled in as the lines are read. */
interface BlockFinds {
  readonly headings: RawHeading[];
  readonly blockStarts: number[];
}

/** A line that is one bold phrase and nothing else: "**What I did**", "__Context__". */
const BOLD_LINE = /^[ \t]{0,3}(\*\*|__)([^*_\n]+)\1[ \t]*$/;
/** Below any heading written with "#": a bold line heads a part, never the title above them. */
const BOLD_HEADING_LEVEL = 6;

/**
 * The text of a bold line used as a heading, as writers often do in place of "##": a short phrase
 * (six words at most) that does not end as a sentence does. "**I never checked the date.**" is
 * emphasis, not a heading.
 */
function boldHeading(text: string): string | null {
  if (!text.includes('**') && !text.includes('__')) return null;
  const match = BOLD_LINE.exec(text);
  if (!match) return null;
  const phrase = match[2]!.trim();
  if (phrase === '' || /[.!?,;:]$/.test(phrase) || phrase.split(/\s+/).length > 6) return null;
  return phrase;
}

/** One line outside a fence: a heading, a setext underline, a break or reference definition, or prose with quote and list markers. */
function maskLine(mask: Mask, line: Line, previous: Line | undefined, finds: BlockFinds): void {
  const heading = atxHeading(line.text);
  if (heading) {
    finds.headings.push({ level: heading.level, text: heading.text, start: line.start, end: line.end });
    mask.blank(line.start, line.end);
    finds.blockStarts.push(line.start);
    return;
  }
  const bold = boldHeading(line.text);
  if (bold !== null) {
    finds.headings.push({ level: BOLD_HEADING_LEVEL, text: bold, start: line.start, end: line.end });
    mask.blank(line.start, line.end);
    finds.blockStarts.push(line.start);
    return;
  }
  const underline = SETEXT_UNDERLINE.exec(line.text);
  if (underline && previous && previous.text.trim() !== '' && !THEMATIC_BREAK.test(previous.text)) {
    finds.headings.push({
      level: underline[1]!.startsWith('=') ? 1 : 2,
      text: previous.text.trim(),
      start: previous.start,
      end: line.end,
    });
    mask.blank(previous.start, line.end);
    finds.blockStarts.push(previous.start);
    return;
  }
  if (THEMATIC_BREAK.test(line.text) || REFERENCE_DEFINITION.test(line.text)) {
    mask.blank(line.start, line.end);
    return;
  }
  const quote = BLOCKQUOTE.exec(line.text);
  if (quote) mask.blank(line.start, line.start + quote[0].length);
  const afterQuote = quote ? quote[0].length : 0;
  const list = LIST_MARKER.exec(line.text.slice(afterQuote));
  if (list) {
    const markerStart = line.start + afterQuote + list[1]!.length;
    mask.blank(markerStart, markerStart + list[2]!.length);
    finds.blockStarts.push(markerStart);
  }
  maskInline(mask, line);
}

/** A bullet in plain text: the markdown markers and "•", which people type in notes. */
const PLAIN_LIST_MARKER = /^([ \t]*)([-*+•]|\d{1,2}[.)])([ \t]+)\S/;

/**
 * Notes typed as plain text keep their bullets: each item starts a block of its own, as in
 * markdown, so "- lesson: …" on its own line is read as its own sentence even with no full stop.
 * Everything else in plain text stays as written.
 */
function listItemsOfPlainText(mask: Mask, source: string, from: number, blockStarts: number[]): void {
  for (const line of splitLines(source, from)) {
    const list = PLAIN_LIST_MARKER.exec(line.text);
    if (!list) continue;
    const markerStart = line.start + list[1]!.length;
    mask.blank(markerStart, markerStart + list[2]!.length);
    blockStarts.push(markerStart);
  }
}

/** Reads the lines in order: fenced code is blanked whole, every other line goes to maskLine. */
function maskBlocks(mask: Mask, lines: readonly Line[], finds: BlockFinds): void {
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
    maskLine(mask, line, lines[i - 1], finds);
  }
}

export function maskMarkdown(source: string, markdown: boolean): MaskedText {
  const mask = new Mask(source);
  const headings: RawHeading[] = [];
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
    listItemsOfPlainText(mask, source, bodyStart, blockStarts);
    return { spoken: mask.spoken(), headings, comments: [], frontMatter, blockStarts };
  }

  const comments = maskComments(mask, source, bodyStart);
  // Comments can span lines, so lines are read with them already blanked.
  const lines = splitLines(comments.length > 0 ? mask.view(0, source.length) : source, bodyStart);
  maskBlocks(mask, lines, { headings, blockStarts });
  return { spoken: mask.spoken(), headings, comments, frontMatter, blockStarts };
}
