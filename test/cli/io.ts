import { Readable, Writable } from 'node:stream';
import { run } from '../../src/cli.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it, standing in for stdout or stderr. */
export class Collector extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** Runs the CLI in-process with captured streams: argv after "failcoach". */
export async function cli(
  args: string[],
  options: { stdin?: string | Buffer; stdinTTY?: boolean; stdoutTTY?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  const stdout = new Collector();
  stdout.isTTY = options.stdoutTTY ?? false;
  const stderr = new Collector();
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = options.stdinTTY ?? options.stdin === undefined;
  const code = await run(['node', 'failcoach', ...args], { stdout, stderr, stdin, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
