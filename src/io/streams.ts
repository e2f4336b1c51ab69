/** What every command talks to: the three streams and the environment, so tests can run commands in-process. */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** A mistake in how the command was called: printed as one line, exit code 2. */
export class UsageError extends Error {}
