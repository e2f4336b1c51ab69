/**
 * Whether to colour output, decided once per run in the order users expect: an explicit flag,
 * then NO_COLOR (which chalk ignores on its own), then FORCE_COLOR, then whether the stream is a
 * terminal.
 */
export function shouldColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export const PLAIN: Paint = {
  red: (s) => s,
  yellow: (s) => s,
  blue: (s) => s,
  green: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  underline: (s) => s,
};

/** chalk, loaded only when colour is actually wanted. */
export async function loadPaint(color: boolean): Promise<Paint> {
  if (!color) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    red: (s) => chalk.red(s),
    yellow: (s) => chalk.yellow(s),
    blue: (s) => chalk.blue(s),
    green: (s) => chalk.green(s),
    dim: (s) => chalk.dim(s),
    bold: (s) => chalk.bold(s),
    underline: (s) => chalk.underline(s),
  };
}
