import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FULL_ANSWERS } from './answers.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const built = existsSync(join(root, 'dist/cli.js'));

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

async function waitFor(session: string, text: string, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let screen = '';
  while (Date.now() < deadline) {
    screen = tmux('capture-pane', '-t', session, '-p', '-S', '-200');
    if (screen.includes(text)) return screen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for "${text}"; the screen shows:\n${screen}`);
}

function type(session: string, text: string): void {
  if (text) tmux('send-keys', '-t', session, '-l', text);
  tmux('send-keys', '-t', session, 'Enter');
}

/** The prompts from the root cause to the proof, answered in full (the response keeps its default). */
const FROM_ROOT_CAUSE: Array<[string, string]> = [
  ['What was the root cause', FULL_ANSWERS['root-cause']!],
  ['What did you do to make it right?', FULL_ANSWERS['made-right']!],
  ['Set the scene', FULL_ANSWERS.context!],
  ['What were you responsible for', FULL_ANSWERS.responsibility!],
  ['What did you decide or do', FULL_ANSWERS.decision!],
  ['What did it cost', FULL_ANSWERS.cost!],
  ['What was your first response', ''],
  ['How did it turn out', FULL_ANSWERS.outcome!],
  ['What did you learn?', FULL_ANSWERS.lesson!],
  ['What do you do differently now', FULL_ANSWERS.change!],
  ['When did the change prove itself', FULL_ANSWERS.proof!],
];

function start(session: string, width: number, command: string): void {
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    String(width),
    '-y',
    '50',
    `cd ${root} && NO_COLOR=1 ${command}; echo FAILCOACH-EXIT=$?; sleep 120`,
  );
}

/** The step headings in the order they appeared. */
function stepsShown(screen: string): string[] {
  return [...screen.matchAll(/^Step (\d) of (\d) · /gm)].map((m) => `${m[1]}/${m[2]}`);
}

const skip = !hasTmux ? 'tmux is not installed' : !built ? 'dist/ is not built (npm run build)' : '';
if (skip) console.warn(`skipping the tmux tests of failcoach draft: ${skip}`);

// A real pseudo-terminal: tmux runs the built CLI, and the test answers each prompt as a person would.
describe.skipIf(skip !== '')(`failcoach draft in a real terminal (tmux${skip ? `; skipped: ${skip}` : ''})`, () => {
  it('numbers every step, explains the recommendation, and writes an answer file with no lint errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-tty-'));
    const out = join(dir, 'answer.md');
    const session = `failcoach-${process.pid}-a`;
    start(session, 200, `XDG_STATE_HOME=${dir}/state node bin/failcoach.js draft --fresh --out ${out}`);
    try {
      const steps: Array<[string, string]> = [
        ['Which role are you preparing for?', 'Data engineer'],
        ['Which two or three skills', 'data quality, ownership'],
        ['(1 of up to 10)', 'Clinic bookings moved an hour'],
        ['(2 of up to 10)', 'Missed a sprint goal by overcommitting'],
        ['(3 of up to 10)', ''],
        // The first story screens with its defaults; the second is said to have cost nothing.
        ['Was this really your failure', ''],
        ['Did it cost something real', ''],
        ['Did it involve breaking a law', ''],
        ['Did you learn something specific', ''],
      ];
      for (const [prompt, answer] of steps) {
        await waitFor(session, prompt);
        type(session, answer);
      }
      await waitFor(session, '“Missed a sprint goal by overcommitting”');
      // Typed ahead: four answers at once (yes, no, the default no, the default yes), none lost.
      tmux('send-keys', '-t', session, 'Enter', 'n', 'Enter', 'Enter', 'Enter');
      const chooser = await waitFor(session, 'Which story will you tell?');
      expect(chooser).toContain('★ Recommended: “Clinic bookings moved an hour”');
      expect(chooser).toMatch(/Ranked lower: “Missed a sprint goal by overcommitting”\n\s+You said it cost nothing real/);
      const rest: Array<[string, string]> = [
        ['Which story will you tell?', ''],
        ['What happened, and why?', FULL_ANSWERS['what-happened']!],
        ['a pattern you have seen', FULL_ANSWERS.pattern!],
        ...FROM_ROOT_CAUSE,
        ['How does this lesson matter', FULL_ANSWERS['role-link']!],
        ['What next?', ''],
      ];
      for (const [prompt, answer] of rest) {
        await waitFor(session, prompt);
        type(session, answer);
      }
      const screen = await waitFor(session, 'FAILCOACH-EXIT=', 20000);
      expect(screen).toContain('FAILCOACH-EXIT=0');
      expect(screen).toContain('✔ Which story will you tell? Clinic bookings moved an hour\n');
      expect(screen).toContain('Enter keeps the answer shown; Tab puts it on the line to edit');
      expect([...new Set(stepsShown(screen))]).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
      expect(screen).toContain(`Next: failcoach lint ${out}`);
      const written = readFileSync(out, 'utf8');
      const front = parse(/^---\n([\s\S]*?)\n---/.exec(written)![1]!);
      expect(front).toMatchObject({ framework: 'star', role: 'Data engineer', lint: { errors: 0 } });
      expect(written).toContain(FULL_ANSWERS['made-right']!.slice(0, 40));
      expect(readdirSync(join(dir, 'state/failcoach/drafts'))).toEqual([]);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  }, 90000);

  it('at 80 columns: no role, one story, and an existing file saved under a new name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-tty-'));
    const taken = join(dir, 'answer.md');
    writeFileSync(taken, 'an answer I keep\n');
    const session = `failcoach-${process.pid}-b`;
    start(session, 80, `XDG_STATE_HOME=${dir}/state node bin/failcoach.js draft --fresh --framework car --out ${taken}`);
    try {
      const steps: Array<[string, string]> = [
        ['Which role are you preparing for?', ''],
        ['(1 of up to 10)', 'Clinic bookings moved an hour'],
        ['(2 of up to 10)', ''],
        ['Was this really your failure', ''],
        ['Did it cost something real', ''],
        ['Did it involve breaking a law', ''],
        ['Did you learn something specific', ''],
        ['What happened, and why?', FULL_ANSWERS['what-happened']!],
        ['a pattern you have seen', ''],
        ...FROM_ROOT_CAUSE,
        ['What next?', ''],
        ['exists. Replace it?', ''],
        ['Save as:', ''],
      ];
      for (const [prompt, answer] of steps) {
        await waitFor(session, prompt);
        type(session, answer);
      }
      const screen = await waitFor(session, 'FAILCOACH-EXIT=', 20000);
      expect(screen).toContain('FAILCOACH-EXIT=0');
      expect(screen).not.toContain('Which two or three skills');
      expect(screen).not.toContain('How does this lesson matter');
      expect(screen).not.toContain('Which story will you tell?');
      expect(screen).toContain('Your story: “Clinic bookings moved an hour”');
      expect([...new Set(stepsShown(screen))]).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
      expect(screen).toMatch(/^Step 6 of 6 · Lessons \(CAR — Result\)$/m);
      const renamed = join(dir, 'answer-2.md');
      expect(screen).toContain(`Wrote ${renamed}`);
      expect(readFileSync(taken, 'utf8')).toBe('an answer I keep\n');
      expect(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(renamed, 'utf8'))![1]!)).toMatchObject({
        framework: 'car',
        lint: { errors: 0 },
      });
      expect(parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(renamed, 'utf8'))![1]!).role).toBeUndefined();
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  }, 90000);

  it('at 60 columns: a skipped answer\'s "(none)" moves under its question rather than breaking', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-tty-'));
    const session = `failcoach-${process.pid}-c`;
    start(session, 60, `XDG_STATE_HOME=${dir}/state node bin/failcoach.js draft --fresh --out ${join(dir, 'answer.md')}`);
    try {
      const steps: Array<[string, string]> = [
        ['Which role are you preparing for?', ''],
        ['(1 of up to 10)', 'Clinic bookings moved an hour'],
        ['(2 of up to 10)', ''],
      ];
      for (const [prompt, answer] of steps) {
        await waitFor(session, prompt);
        type(session, answer);
      }
      const screen = await waitFor(session, 'Was this really your failure');
      // The question with its count fills the line: "(none)" goes whole onto the next one.
      expect(screen).toMatch(/\(2 of up to 10\)\n {2}\(none\)\n/);
      expect(screen).not.toMatch(/\(non\n/);
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session]);
    }
  }, 60000);
});
