/**
 * Word wrapping for terminal output, shared by the reports and `draft`: lines break at spaces,
 * never inside a word; continuation lines are indented; colour codes take no width; wide
 * characters (CJK, most emoji) take two columns.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with the escape character; matching it is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, '')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x300 && code < 0x370) || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) continue;
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
 * whole (a path or a URL must stay copyable), even though that line is then too long. When the
 * first word does not fit after `firstLineUsed` columns, the first line is left empty.
 */
export function wrapText(text: string, options: WrapOptions): string {
  const indent = options.indent ?? '';
  const indentWidth = displayWidth(indent);
  const words = text.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  let used = options.firstLineUsed ?? 0;
  for (const word of words) {
    const w = displayWidth(word);
    if (line === '' && lines.length === 0 && used > indentWidth && used + w > options.width) {
      // The first word has no room after what is already on the line: it starts the next line,
      // rather than running past the edge for the terminal to break mid-word.
      lines.push('');
      line = word;
      used = indentWidth + w;
    } else if (line === '') {
      line = word;
      used += w;
    } else if (used + 1 + w <= options.width) {
      line += ` ${word}`;
      used += 1 + w;
    } else {
      lines.push(line);
      line = word;
      used = indentWidth + w;
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
