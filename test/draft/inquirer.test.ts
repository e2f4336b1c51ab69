import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDraft } from '../../src/commands/draft.js';
import { savedDrafts } from './store.js';
import { FULL_ANSWERS } from './answers.js';

/** A terminal in memory: what the program writes, and a keyboard that types when a prompt shows. */
class Screen extends Writable {
  text = '';
  isTTY = true;
  columns = 200;
  rows = 50;
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
  // Each prompt pipes into the terminal and ends its pipe when done; a terminal stays open, as stdout does.
  override end(): this {
    return this;
  }
}

async function drive(keyboard: PassThrough, screen: Screen, steps: Array<[string, string]>): Promise<void> {
  let seen = 0;
  for (const [prompt, keys] of steps) {
    const deadline = Date.now() + 10000;
    for (;;) {
      const at = screen.text.indexOf(prompt, seen);
      if (at >= 0) {
        seen = at + prompt.length;
        break;
      }
      if (Date.now() > deadline) throw new Error(`prompt "${prompt}" never appeared; screen ends with:\n${screen.text.slice(-600)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    keyboard.write(keys);
  }
}

function terminal(env: NodeJS.ProcessEnv) {
  const keyboard = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode?: (mode: boolean) => void };
  keyboard.isTTY = true;
  const screen = new Screen();
  return { keyboard, screen, io: { stdin: keyboard, stdout: screen, stderr: new Screen(), env } };
}

const upToDiagnosis: Array<[string, string]> = [
  ['Which role are you preparing for?', 'Data engineer\r'],
  ['Which two or three skills', 'data quality\r'],
  ['(1 of up to 10)', 'Clinic bookings moved an hour\r'],
  ['(2 of up to 10)', '\r'],
  // Four Enters typed at once answer the four screening questions with their defaults: none is lost.
  ['Was this really your failure', '\r\r\r\r'],
  ['What happened, and why?', `${FULL_ANSWERS['what-happened']}\r`],
];

const rest: Array<[string, string]> = [
  ['a pattern you have seen', `${FULL_ANSWERS.pattern}\r`],
  ['What was the root cause', `${FULL_ANSWERS['root-cause']}\r`],
  ['What did you do to make it right?', `${FULL_ANSWERS['made-right']}\r`],
  ['Set the scene', `${FULL_ANSWERS.context}\r`],
  ['What were you responsible for', `${FULL_ANSWERS.responsibility}\r`],
  ['What did you decide or do', `${FULL_ANSWERS.decision}\r`],
  ['What did it cost', `${FULL_ANSWERS.cost}\r`],
  ['What was your first response', '\r'],
  ['How did it turn out', `${FULL_ANSWERS.outcome}\r`],
  ['What did you learn?', `${FULL_ANSWERS.lesson}\r`],
  ['What do you do differently now', `${FULL_ANSWERS.change}\r`],
  ['When did the change prove itself', `${FULL_ANSWERS.proof}\r`],
  ['How does this lesson matter', `${FULL_ANSWERS['role-link']}\r`],
  ['What next?', '\r'],
];

describe('failcoach draft through the real inquirer prompts, with typed input', () => {
  it('Ctrl-C in the middle keeps every answer and exits 130; the next run resumes and finishes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-inq-'));
    const env = { XDG_STATE_HOME: join(dir, 'state'), HOME: dir, NO_COLOR: '1' };
    const out = join(dir, 'answer.md');

    const first = terminal(env);
    const running = runDraft({ out, fresh: true }, first.io);
    await drive(first.keyboard, first.screen, [...upToDiagnosis, ['a pattern you have seen', '\x03']]);
    expect(await running).toBe(130);
    expect((first.io.stderr as Screen).text).toMatch(/Stopped\. \d+ answers saved in .*; run failcoach draft to carry on/);
    expect(savedDrafts(env)[0]?.session.answers['what-happened']).toBe(FULL_ANSWERS['what-happened']);

    const second = terminal(env);
    const resumed = runDraft({ out }, second.io);
    await drive(second.keyboard, second.screen, [['Carry it on, or start a new one?', '\r'], ...rest]);
    expect(await resumed).toBe(0);
    expect(second.screen.text).not.toContain('Which role are you preparing for?');
    expect(readFileSync(out, 'utf8')).toContain(FULL_ANSWERS.context!.slice(0, 30));
    expect(savedDrafts(env)).toEqual([]);
  }, 60000);

  it('Ctrl-C mid-line keeps the words typed but not sent, and offers them again on resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'failcoach-inq-'));
    const env = { XDG_STATE_HOME: join(dir, 'state'), HOME: dir, NO_COLOR: '1' };
    const out = join(dir, 'answer.md');

    const first = terminal(env);
    const running = runDraft({ out, fresh: true }, first.io);
    // Typed, corrected with Backspace and the arrow keys, and never sent.
    const keys = 'I sent the rota to the wrong depo\x7fot\x1b[D\x1b[D\x1b[D\x1b[D\x1b[Dnorth \x03';
    await drive(first.keyboard, first.screen, [
      ['Which role are you preparing for?', 'Dispatcher\r'],
      ['Which two or three skills', 'planning\r'],
      ['(1 of up to 10)', keys],
    ]);
    expect(await running).toBe(130);
    expect((first.io.stderr as Screen).text).toMatch(/Stopped\. 3 answers \(the line you were typing among them\) saved in /);
    expect(savedDrafts(env)[0]?.session.unsent).toEqual({
      message: 'Name a failure of yours, in one line. (1 of up to 10)',
      text: 'I sent the rota to the wrong north depot',
    });

    const second = terminal(env);
    const resumed = runDraft({ out }, second.io);
    // Enter keeps the line shown: it becomes the first failure.
    await drive(second.keyboard, second.screen, [
      ['Carry it on, or start a new one?', '\r'],
      ['(1 of up to 10)', '\r'],
      ['(2 of up to 10)', '\x03'],
    ]);
    expect(await resumed).toBe(130);
    const [saved] = savedDrafts(env);
    expect(saved?.session.candidates).toEqual(['I sent the rota to the wrong north depot']);
    expect(saved?.session.unsent).toBeUndefined();
  }, 60000);
});
