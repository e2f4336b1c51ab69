/**
 * The terminal side of `draft`: an Asker built on @inquirer/prompts, loaded only when `draft`
 * runs interactively. It owns the keyboard for the whole interview, so keys typed ahead of a
 * prompt wait for it instead of being dropped, wraps what it prints to the terminal width, and
 * opens the user's own editor ($VISUAL, then $EDITOR) on a file.
 */
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import type { Io } from '../io/streams.js';
import type { Paint } from '../io/color.js';
import { displayWidth, terminalWidth, wrapText } from '../util/wrap.js';
import type { Asker, Choice } from './interview.js';

type Keyboard = Io['stdin'] & { setRawMode?: (mode: boolean) => unknown };

// An escape sequence (arrow keys, Home, F-keys…), a run of printable text, or one other key.
// eslint-disable-next-line no-control-regex
// biome-ignore lint/suspicious/noControlCharactersInRegex: keys arrive as escape sequences and control characters; matching them is the point
const KEY = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001bO.|\u001b[\s\S]?|\r\n|[^\u0000-\u001f\u007f]+|[\s\S]/gu;

/** Splits what the keyboard sent into keys; printable text stays in one piece (it never ends a prompt). */
export function splitKeys(chunk: string): string[] {
  return chunk.match(KEY) ?? [];
}

/**
 * The line a text prompt holds, followed key by key as the prompt's own line editor would: so that
 * the words typed but not yet sent survive Ctrl-C. It knows the keys readline edits a line with
 * (arrows, Home, End, Backspace, Delete, Ctrl-U, Ctrl-K, Ctrl-W) and Tab, which puts the shown
 * default on the line.
 */
export class LineMirror {
  private chars: string[] = [];
  private cursor = 0;

  constructor(private readonly shown = '') {}

  get text(): string {
    return this.chars.join('');
  }

  key(key: string): void {
    const at = this.cursor;
    switch (key) {
      case '\t':
        if (this.chars.length === 0 && this.shown) this.put([...this.shown], 0, 0);
        return;
      case '\u007f':
      case '\b':
        if (at > 0) this.put([], at - 1, at);
        return;
      case '\u001b[3~':
        this.put([], at, at + 1);
        return;
      case '\u001b[D':
      case '\u0002':
        this.cursor = Math.max(0, at - 1);
        return;
      case '\u001b[C':
      case '\u0006':
        this.cursor = Math.min(this.chars.length, at + 1);
        return;
      case '\u001b[H':
      case '\u001bOH':
      case '\u0001':
        this.cursor = 0;
        return;
      case '\u001b[F':
      case '\u001bOF':
      case '\u0005':
        this.cursor = this.chars.length;
        return;
      case '\u0015':
        this.put([], 0, at);
        return;
      case '\u000b':
        this.put([], at, this.chars.length);
        return;
      case '\u0017': {
        let from = at;
        while (from > 0 && this.chars[from - 1] === ' ') from--;
        while (from > 0 && this.chars[from - 1] !== ' ') from--;
        this.put([], from, at);
        return;
      }
    }
    // Printable text, one key or a pasted run; other control keys leave the line as it is.
    if (PRINTABLE.test(key)) this.put([...key], at, at);
  }

  /** Replaces the characters [from, to) with `inserted` and leaves the cursor after them. */
  private put(inserted: string[], from: number, to: number): void {
    this.chars.splice(from, to - from, ...inserted);
    this.cursor = from + inserted.length;
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: printable means no control character
const PRINTABLE = /^[^\u0000-\u001f\u007f]+$/u;

/**
 * The keyboard, read once for the whole interview. inquirer opens a new readline per prompt and
 * drops what arrives before it is ready, or after it has its answer; here every key waits in a
 * queue and goes to the current prompt one at a time, so three Enters typed ahead answer three
 * prompts.
 */
export class KeyFeed {
  private readonly queue: string[] = [];
  private target: PassThrough | null = null;
  private mirror: LineMirror | null = null;
  private listening = false;
  private pumping = false;

  constructor(private readonly keyboard: Keyboard) {}

  private readonly onData = (chunk: Buffer | string): void => {
    for (const key of splitKeys(chunk.toString())) {
      if (key === '\u001a' && process.platform !== 'win32') this.suspend();
      else this.queue.push(key);
    }
    void this.pump();
  };

  /** Ctrl-Z: the terminal back to normal while the shell has it, and raw again on `fg`. */
  private suspend(): void {
    this.keyboard.setRawMode?.(false);
    process.once('SIGCONT', () => {
      if (this.listening) this.keyboard.setRawMode?.(true);
    });
    process.kill(process.pid, 'SIGTSTP');
  }

  private start(): void {
    if (this.listening) return;
    this.listening = true;
    this.keyboard.setRawMode?.(true);
    this.keyboard.on('data', this.onData);
    this.keyboard.resume();
  }

  /** Lets go of the keyboard (for an editor, or at the end); keys not yet used stay queued. */
  release(): void {
    if (!this.listening) return;
    this.listening = false;
    this.keyboard.removeListener('data', this.onData);
    this.keyboard.setRawMode?.(false);
    this.keyboard.pause();
  }

  /** Runs one prompt on its own input, fed from the queue until the prompt settles; `mirror` follows the keys it is given. */
  async run<T>(ask: (input: NodeJS.ReadableStream) => Promise<T>, mirror?: LineMirror): Promise<T> {
    this.start();
    const input = new PassThrough();
    this.target = input;
    this.mirror = mirror ?? null;
    const pending = ask(input);
    void this.pump();
    try {
      return await pending;
    } finally {
      if (this.target === input) {
        this.target = null;
        this.mirror = null;
      }
      input.end();
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.target && this.queue.length > 0) {
        const key = this.queue.shift()!;
        this.mirror?.key(key);
        this.target.write(key);
        // Let the prompt act on the key (and settle, on Enter) before the next one goes anywhere.
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.pumping = false;
    }
  }
}

/** The editor `draft` opens: $VISUAL, then $EDITOR; undefined when neither is set. */
export function editorCommand(env: NodeJS.ProcessEnv): string | undefined {
  return [env.VISUAL, env.EDITOR].map((v) => v?.trim()).find((v): v is string => Boolean(v));
}

/** Runs the editor on a file as git does (through the shell, so "code --wait" works); an error message, or null. */
export function runEditor(command: string, file: string): string | null {
  const result =
    process.platform === 'win32'
      ? spawnSync(`${command} "${file}"`, { stdio: 'inherit', shell: true })
      : spawnSync('/bin/sh', ['-c', `${command} "$1"`, 'editor', file], { stdio: 'inherit' });
  if (result.error) return `could not start ${command}: ${result.error.message}`;
  if (result.status !== 0) return `${command} exited with status ${result.status ?? result.signal}`;
  return null;
}

/** Wraps each line of a text, continuing under its indent and bullet ("  ▸ "). */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const lead = /^\s*(?:[▸★·•✔✖⚠-]\s+)?/u.exec(line)![0];
      if (lead.length === line.length) return line;
      const used = displayWidth(lead);
      return lead + wrapText(line.slice(lead.length), { width, indent: ' '.repeat(used), firstLineUsed: used });
    })
    .join('\n');
}

type Inquirer = typeof import('@inquirer/prompts');

/** A choice's name cut to one line at a word boundary; a trailing "  (tag)" is kept whole. */
export function fitChoice(name: string, width: number): string {
  const [, text, tag = ''] = /^(.*?)((?: {2}\([^)]*\))*)$/su.exec(name)!;
  const room = width - displayWidth(tag);
  if (displayWidth(text!) <= room) return name;
  const first = wrapText(text!, { width: room - 1 }).split('\n')[0]!;
  return `${first}…${tag}`;
}

/** What stays on screen after a prompt: the question, then the answer, both wrapped at word boundaries. */
function echo(io: Io, paint: Paint, question: string, answer: string, width: number): void {
  const last = displayWidth(question.split('\n').pop()!) + (question.includes('\n') ? 0 : 2);
  // "(none)" for a skipped answer moves below the question too when it would not fit beside it.
  const fits = last + 1 + displayWidth(answer || '(none)') <= width;
  const below = (): string => `\n  ${wrapText(answer, { width, indent: '  ', firstLineUsed: 2 })}`;
  const shown = !answer ? `${fits ? ' ' : '\n  '}${paint.dim('(none)')}` : fits ? ` ${answer}` : below();
  io.stdout.write(`${paint.green('✔')} ${paint.bold(question)}${shown}\n`);
}

function textAsker(io: Io, paint: Paint, feed: KeyFeed, inquirer: Inquirer, width: () => number): Asker['text'] {
  return async ({ message, hint, default: value, validate }) => {
    const note = value ? 'Enter keeps the answer shown; Tab puts it on the line to edit; Backspace clears it.' : '';
    const help = [hint, note].filter(Boolean).join(' ');
    if (help) io.stdout.write(`${paint.dim(wrapText(help, { width: width() }))}\n`);
    const wrapped = wrapText(message, { width: width(), indent: '  ', firstLineUsed: 2 });
    // A problem shows under the question after inquirer's "> ": wrapped to fit beside it.
    const check = (text: string): true | string => {
      const verdict = validate(text);
      return verdict === true ? true : wrapText(verdict, { width: width(), indent: '  ', firstLineUsed: 2 });
    };
    // The default, in brackets after the question, wrapped at word boundaries too.
    const used = displayWidth(wrapped.split('\n').pop()!) + (wrapped.includes('\n') ? 1 : 3);
    const defaultAnswer = (text: string): string => paint.dim(wrapText(`(${text})`, { width: width(), indent: '  ', firstLineUsed: used }));
    const mirror = new LineMirror(value ?? '');
    let answer: string;
    try {
      answer = await feed.run(
        (input) =>
          inquirer.input(
            { message: wrapped, ...(value ? { default: value } : {}), validate: check, theme: { style: { defaultAnswer } } },
            { input, output: io.stdout, clearPromptOnDone: true },
          ),
        mirror,
      );
    } catch (error) {
      // Stopped mid-line: the words typed but not sent go with the interruption, to be saved.
      if (error instanceof Error && mirror.text.trim() !== '') Object.assign(error, { unsent: { message, text: mirror.text } });
      throw error;
    }
    echo(io, paint, wrapped, answer.trim(), width());
    return answer;
  };
}

/** The inquirer-backed asker. `close()` gives the keyboard back; call it when the interview ends. */
export async function inquirerAsker(io: Io, paint: Paint): Promise<Asker & { close(): void }> {
  const inquirer = await import('@inquirer/prompts');
  const feed = new KeyFeed(io.stdin as Keyboard);
  const width = (): number => terminalWidth(io.stdout, io.env);
  const output = io.stdout;
  const command = editorCommand(io.env);
  // A question wraps under itself, after inquirer's "? " prefix.
  const question = (message: string): string => wrapText(message, { width: width(), indent: '  ', firstLineUsed: 2 });
  return {
    text: textAsker(io, paint, feed, inquirer, width),
    confirm: ({ message, default: value }) =>
      feed.run((input) =>
        inquirer.confirm({ message: question(message), ...(value === undefined ? {} : { default: value }) }, { input, output }),
      ),
    select: async <T>({ message, choices, default: value }: { message: string; choices: Array<Choice<T>>; default?: T }) => {
      const fitted = choices.map((c) => ({ ...c, name: fitChoice(c.name, width() - 4) }));
      const config = { message: question(message), choices: fitted, ...(value === undefined ? {} : { default: value }) };
      const picked = await feed.run((input) => inquirer.select<T>(config, { input, output, clearPromptOnDone: true }));
      const choice = choices.find((c) => c.value === picked);
      echo(io, paint, question(message), choice?.short ?? choice?.name ?? String(picked), width());
      return picked;
    },
    editor: {
      ...(command ? { name: command } : {}),
      open: async (file) => {
        if (!command) return 'no editor is set';
        feed.release();
        return runEditor(command, file);
      },
    },
    say: (text) => io.stdout.write(`${wrapLines(text, width())}\n`),
    close: () => feed.release(),
  };
}
