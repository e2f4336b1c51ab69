/**
 * Word wrapping for terminal output, shared by the reports and `draft`: lines break at spaces, and
 * between two wide characters (Chinese and Japanese are written without spaces), never inside a
 * word; continuation lines are indented; colour codes take no width; wide characters (CJK, most
 * emoji) take two columns.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with the escape character; matching it is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0)!;
    // Control characters, combining accents, the joiner, variation selectors and skin tones take no column of their own.
    if (
      code < 0x20 ||
      (code >= 0x300 && code < 0x370) ||
      code === 0x200d ||
      (code >= 0xfe00 && code <= 0xfe0f) ||
      (code >= 0x1f3fb && code <= 0x1f3ff)
    )
      continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

let graphemes: Intl.Segmenter | undefined;

function graphemesOf(text: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** The longest start of `text` that takes at most `columns` columns, ending between two characters as a reader sees them. */
export function cutToWidth(text: string, columns: number): string {
  // Plain text, the common case (ASCII, Latin letters, curly quotes and dashes): one column a character.
  if (NARROW_TEXT.test(text)) return text.slice(0, Math.max(0, columns));
  let used = 0;
  let end = 0;
  for (const segment of graphemesOf(text)) {
    used += displayWidth(segment);
    if (used > columns) break;
    end += segment.length;
  }
  return text.slice(0, end);
}

/**
 * Text whose every character is one grapheme of one column: printable ASCII, Latin-1 and the Latin
 * extensions up to the combining accents, and the general punctuation a writer types (dashes,
 * curly quotes, the ellipsis), without its zero-width and format characters.
 */
const NARROW_TEXT = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** Whether some character of `word` takes two columns: a word without one has no break inside it. */
function hasWide(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    // Below U+1100 nothing is wide; the common case leaves here on every character.
    if (unit < 0x1100) continue;
    if (isWide(word.codePointAt(i)!)) return true;
    if (unit >= 0xd800 && unit < 0xdc00) i++;
  }
  return false;
}
/** Punctuation that closes or continues what comes before it (、。」ー…): no line starts with it. */
const NO_BREAK_BEFORE = new Set([...'、。，．：；？！）」』】〕〉》〗〙〛｝］｠〞ー々〜ゝゞヽヾ・…‥']);
/** Punctuation that opens what comes after it (「（…): no line ends with it. */
const NO_BREAK_AFTER = new Set([...'（「『【〔〈《〖〘〚｛［｟〝']);

/**
 * The pieces of a word that a line may end between: the word itself, or, in a run of wide
 * characters, each character (a closing mark kept with the one before it, an opening mark with the
 * one after).
 */
function piecesOf(word: string): string[] {
  // No-break spaces join what must stay whole (a place and its quote in a list): no break inside either.
  if (!hasWide(word) || word.includes('\u00a0')) return [word];
  const pieces: string[] = [];
  let piece = '';
  let previous = '';
  for (const segment of graphemesOf(word)) {
    const breakable =
      piece !== '' &&
      isWide(segment.codePointAt(0)!) &&
      isWide(previous.codePointAt(0)!) &&
      !NO_BREAK_BEFORE.has(segment) &&
      !NO_BREAK_AFTER.has(previous);
    if (breakable) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
    previous = segment;
  }
  pieces.push(piece);
  return pieces;
}

export interface WrapOptions {
  /** Total columns available (the terminal width). */
  width: number;
  /** Prefix of every line after the first (usually spaces). */
  indent?: string;
  /** Columns already used on the first line before `text` starts. */
  firstLineUsed?: number;
}

/**
 * Wraps one paragraph. A word longer than the space left goes on a line of its own and is left
 * whole (a path or a URL must stay copyable), even though that line is then too long; a run of
 * wide characters instead fills the line and goes on under it, as CJK text is set. When the first
 * word does not fit after `firstLineUsed` columns, the first line is left empty.
 */
export function wrapText(text: string, options: WrapOptions): string {
  const indent = options.indent ?? '';
  const indentWidth = displayWidth(indent);
  const words = text.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let used = options.firstLineUsed ?? 0;
  for (const word of words) {
    const pieces = piecesOf(word);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!;
      const w = displayWidth(piece);
      // A space goes between two words; the pieces of one word join with nothing between them.
      const gap = k === 0 ? ' ' : '';
      if (line === '' && lines.length === 0 && used > indentWidth && used + w > options.width) {
        // The first word has no room after what is already on the line: it starts the next line,
        // rather than running past the edge for the terminal to break mid-word.
        lines.push('');
        line = piece;
        used = indentWidth + w;
      } else if (line === '') {
        line = piece;
        used += w;
      } else if (used + gap.length + w <= options.width) {
        line += gap + piece;
        used += gap.length + w;
      } else {
        lines.push(line);
        line = piece;
        used = indentWidth + w;
      }
    }
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/**
 * The width to wrap to: the stream's columns, else $COLUMNS, else 80; never under 40. $COLUMNS counts
 * only as a plain positive integer: "1e3" or "80px" is not read as 1 or 80, but left for the default.
 */
export function terminalWidth(stream: { columns?: number } | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = /^\d+$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : 0;
  const columns = stream?.columns && stream.columns > 0 ? stream.columns : Number.isSafeInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(40, columns);
}
