/** What every command talks to: the three streams and the environment, so tests can run commands in-process. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** --max-warnings, as `lint` and `draft --answers` read it: -1 (the default) for no limit. */
export function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value) || Number(value) < -1)
    throw new UsageError(`--max-warnings expects a whole number (0 or more, or -1 for no limit), got "${value}"`);
  return Number(value);
}
