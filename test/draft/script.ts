import type { Asker, Choice } from '../../src/draft/interview.js';

/** Ctrl-C, as inquirer reports it. */
export const CTRL_C = Symbol('ctrl-c');
type Step = string | boolean | typeof CTRL_C | { select: unknown };

/**
 * A scripted user: each prompt takes the next step. A text prompt given `undefined`-like empty
 * string keeps its default only when the script says so explicitly with '<default>'.
 */
export function scriptedAsker(steps: Step[]): Asker & { said: string[]; asked: string[]; remaining: () => number } {
  const queue = [...steps];
  const said: string[] = [];
  const asked: string[] = [];
  const next = (message: string): Step => {
    asked.push(message);
    if (queue.length === 0) throw new Error(`script ran out at: ${message}`);
    const step = queue.shift()!;
    if (step === CTRL_C) {
      const error = new Error('User force closed the prompt with SIGINT');
      error.name = 'ExitPromptError';
      throw error;
    }
    return step;
  };
  return {
    said,
    asked,
    remaining: () => queue.length,
    async text({ message, default: value, validate }) {
      const step = next(message);
      const answer = step === '<default>' ? (value ?? '') : String(step);
      const verdict = validate(answer);
      if (verdict !== true) throw new Error(`script answer rejected at "${message}": ${verdict}`);
      return answer;
    },
    async confirm({ message }) {
      const step = next(message);
      if (typeof step !== 'boolean') throw new Error(`expected a yes/no step at "${message}", got ${String(step)}`);
      return step;
    },
    async select<T>({ message, choices, default: value }: { message: string; choices: Array<Choice<T>>; default?: T }) {
      const step = next(message);
      if (step === '<default>') return (value ?? choices[0]!.value) as T;
      if (typeof step === 'object' && step !== null && 'select' in step) {
        const found = choices.find((c) => c.value === step.select);
        if (!found) throw new Error(`no choice ${String(step.select)} at "${message}"`);
        return found.value;
      }
      throw new Error(`expected a select step at "${message}"`);
    },
    say(text) {
      said.push(text);
    },
  };
}
