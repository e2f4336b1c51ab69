import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
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

// A real pseudo-terminal: tmux runs the built CLI, and the test answers each prompt as a person would.
describe.skipIf(!hasTmux || !built)('failcoach draft in a real terminal (tmux; skipped when tmux or dist/ is absent)', () => {
  it('answers every prompt and writes an answer file with no lint errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-tty-'));
    const out = join(dir, 'answer.md');
    const session = `failcoach-${process.pid}`;
    const command = `cd ${root} && NO_COLOR=1 XDG_STATE_HOME=${dir}/state node bin/failcoach.js draft --fresh --out ${out}; echo FAILCOACH-EXIT=$?; sleep 120`;
    tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', command);
    try {
      const steps: Array<[string, string]> = [
        ['Which role are you preparing for?', 'Data engineer'],
        ['Which two or three skills', 'data quality, ownership'],
        ['(1 of up to 10)', 'Clinic bookings moved an hour'],
        ['(2 of up to 10)', ''],
        ['you will tell', ''],
        ['What happened, and why?', FULL_ANSWERS['what-happened']!],
        ['a pattern you have seen', FULL_ANSWERS['pattern']!],
        ['What was the root cause', FULL_ANSWERS['root-cause']!],
        ['What did you do to make it right?', FULL_ANSWERS['made-right']!],
        ['Set the scene', FULL_ANSWERS['context']!],
        ['What were you responsible for', FULL_ANSWERS['responsibility']!],
        ['What did you decide or do', FULL_ANSWERS['decision']!],
        ['What did it cost', FULL_ANSWERS['cost']!],
        ['What was your first response', ''],
        ['How did it turn out', FULL_ANSWERS['outcome']!],
        ['What did you learn?', FULL_ANSWERS['lesson']!],
        ['What do you do differently now', FULL_ANSWERS['change']!],
        ['When did the change prove itself', FULL_ANSWERS['proof']!],
        ['How does this lesson matter', FULL_ANSWERS['role-link']!],
        ['What next?', ''],
      ];
      for (const [prompt, answer] of steps) {
        await waitFor(session, prompt);
        type(session, answer);
      }
      const screen = await waitFor(session, 'FAILCOACH-EXIT=', 20000);
      expect(screen).toContain('FAILCOACH-EXIT=0');
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
});
