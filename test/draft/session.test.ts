import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDraft } from '../../src/commands/draft.js';
import type { Asker } from '../../src/draft/interview.js';
import { answeredCount, newSession } from '../../src/draft/session.js';
import { Collector } from '../cli/io.js';
import { FULL_ANSWERS, starScript } from './answers.js';
import { CTRL_C, scriptedAsker } from './script.js';
import { savedDrafts } from './store.js';
import { checkout, nodeAsUser, unprivileged } from '../cli/as-user.js';

let umask = 0;
beforeAll(() => {
  // The usual umask, under which a careless write leaves drafts readable by everyone.
  umask = process.umask(0o022);
});
afterAll(() => {
  process.umask(umask);
});

function io(env: NodeJS.ProcessEnv) {
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  return { stdout: new Collector(), stderr: new Collector(), stdin, env };
}

function workspace(): { dir: string; env: NodeJS.ProcessEnv; state: string } {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-session-'));
  return { dir, env: { XDG_STATE_HOME: join(dir, 'state'), HOME: dir }, state: join(dir, 'state', 'failcoach') };
}

/** Every file under a folder, with its text: where a user's words could be. */
function filesUnder(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(dir)) return found;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return found;
}

const ROLE_QUESTION = 'Which role are you preparing for?';

/** A session as the first release saved it: valid, at the sections stage, with real answers. */
function validSession(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: 1,
    startedAt: '2026-11-02T09:00:00.000Z',
    framework: 'star',
    stage: 'sections',
    role: 'Data engineer',
    candidates: ['Clinic bookings moved an hour'],
    scores: { 'Clinic bookings moved an hour': 0 },
    chosen: 'Clinic bookings moved an hour',
    answers: {
      'what-happened': FULL_ANSWERS['what-happened'],
      pattern: FULL_ANSWERS.pattern,
      'root-cause': FULL_ANSWERS['root-cause'],
      'made-right': FULL_ANSWERS['made-right'],
    },
    ...overrides,
  };
}

describe('a saved session that cannot be used is set aside, never replaced', () => {
  const shapes: Array<[string, string, RegExp]> = [
    ['damaged JSON', '{"version": 1, "answers": {"what-happened": "I rushed the migrat', /it is not valid JSON/],
    ['null answers', JSON.stringify(validSession({ answers: null })), /"answers" is not a mapping of text/],
    ['missing fields', JSON.stringify({ version: 1, answers: { lesson: 'kept words' } }), /"startedAt" is not a date/],
    ['wrong types', JSON.stringify(validSession({ candidates: 'one story' })), /"candidates" is not a list of text/],
    ['an unknown stage', JSON.stringify(validSession({ stage: 'finished' })), /"stage" is "finished", not one of target, brainstorm/],
    [
      'an unsent line with no question',
      JSON.stringify(validSession({ unsent: { text: 'I sent the rota' } })),
      /"unsent" is not a question and its text/,
    ],
    [
      'a newer version',
      JSON.stringify(validSession({ version: 2 })),
      /saved by a newer failcoach \(format 2\).*update failcoach to carry it on/,
    ],
  ];
  for (const [name, text, reason] of shapes) {
    it(`${name}: kept under a new name, named on stderr in one line, and the interview starts afresh`, async () => {
      const { env, state } = workspace();
      mkdirSync(state, { recursive: true });
      writeFileSync(join(state, 'session.json'), text);
      const asker = scriptedAsker([CTRL_C]);
      const streams = io(env);
      expect(await runDraft({ color: false }, streams, { asker })).toBe(130);
      // The interview started from the first question: nothing was skipped, nothing offered to save.
      expect(asker.asked).toEqual([ROLE_QUESTION]);
      const notice = streams.stderr.text.split('\n').find((line) => line.includes('could not be used'))!;
      expect(notice).toMatch(reason);
      expect(notice).toMatch(/^failcoach: .*\.json could not be used \(.*\); it is kept as .*\.set-aside-\d{4}-\d\d-\d\dT/);
      const kept = [...filesUnder(state)].filter(([, content]) => content === text);
      expect(kept).toHaveLength(1);
      expect(notice).toContain(kept[0]![0]);
    });
  }
});

/** The choices the resume list offers, read as `failcoach draft` shows them, then Ctrl-C. */
async function resumeList(env: NodeJS.ProcessEnv): Promise<string[]> {
  let choices: string[] = [];
  const asker: Asker = {
    ...scriptedAsker([]),
    async select({ choices: offered }) {
      choices = offered.map((c) => c.name);
      const error = new Error('closed');
      error.name = 'ExitPromptError';
      throw error;
    },
  };
  expect(await runDraft({ color: false }, io(env), { asker })).toBe(130);
  return choices;
}

describe('saved drafts survive "not now", --fresh and a second story', () => {
  function withSavedDraft(): { env: NodeJS.ProcessEnv; state: string } {
    const { env, state } = workspace();
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, 'session.json'), JSON.stringify(validSession()));
    return { env, state };
  }

  it('starting a new draft keeps the saved one, and both are offered next time', async () => {
    const { env } = withSavedDraft();
    const first = scriptedAsker([{ select: '' }, 'Product analyst', CTRL_C]);
    expect(await runDraft({ color: false }, io(env), { asker: first })).toBe(130);
    expect(first.asked[0]).toBe('You have a saved draft. Carry it on, or start a new one?');
    const drafts = savedDrafts(env);
    expect(drafts.map((d) => d.session.role).sort()).toEqual(['Data engineer', 'Product analyst']);
    expect(drafts.find((d) => d.session.role === 'Data engineer')!.session.answers['root-cause']).toBe(FULL_ANSWERS['root-cause']);

    const second = scriptedAsker([CTRL_C]);
    expect(await runDraft({ color: false }, io(env), { asker: second })).toBe(130);
    expect(second.asked[0]).toBe('You have 2 saved drafts. Which one will you carry on?');
  });

  it('--fresh starts a new draft and keeps the saved one', async () => {
    const { env } = withSavedDraft();
    const asker = scriptedAsker([CTRL_C]);
    expect(await runDraft({ fresh: true, color: false }, io(env), { asker })).toBe(130);
    expect(savedDrafts(env).some((d) => d.session.answers['made-right'] === FULL_ANSWERS['made-right'])).toBe(true);
  });

  it('lists each saved draft by its story, with its date and how many answers it holds', async () => {
    const { env } = withSavedDraft();
    expect(await resumeList(env)).toEqual([
      'Carry on “Clinic bookings moved an hour”  (6 answers, 2026-11-02)',
      'Start a new draft (saved drafts stay saved)',
    ]);
  });
});

describe('two failcoach draft processes on one draft', () => {
  it('the second is refused with a clear message while the first keeps writing', async () => {
    const { dir, env, state } = workspace();
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, 'session.json'), JSON.stringify(validSession()));
    // The first run waits at its first question, holding the draft.
    let interrupt: () => void = () => undefined;
    const waiting: Asker = {
      ...scriptedAsker([]),
      text: ({ message }) =>
        new Promise((_, reject) => {
          interrupt = () => {
            const error = new Error(`closed at ${message}`);
            error.name = 'ExitPromptError';
            reject(error);
          };
        }),
    };
    const first = runDraft({ color: false, resume: true, out: join(dir, 'a.md') }, io(env), { asker: waiting });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const secondStreams = io(env);
    const second = await runDraft({ color: false, resume: true }, secondStreams, { asker: scriptedAsker([]) });
    expect(second).toBe(2);
    expect(secondStreams.stderr.text).toMatch(
      /^failcoach: that draft is open in another failcoach draft \(process \d+\); carry it on there, or choose another draft\n$/,
    );
    interrupt();
    expect(await first).toBe(130);
    // Once the first has stopped, the draft is free again, with its answers.
    const third = scriptedAsker([CTRL_C]);
    expect(await runDraft({ color: false, resume: true }, io(env), { asker: third })).toBe(130);
    expect(third.asked).toHaveLength(1);
    expect(savedDrafts(env)[0]!.session.answers['root-cause']).toBe(FULL_ANSWERS['root-cause']);
  });
});

describe('a draft another running failcoach draft has open', () => {
  /** A saved draft under its own id, locked, when `holder` is given, by that process. */
  function savedAs(state: string, id: string, session: Record<string, unknown>, holder?: number): void {
    const drafts = join(state, 'drafts');
    mkdirSync(drafts, { recursive: true });
    writeFileSync(join(drafts, `${id}.json`), JSON.stringify(session));
    if (holder !== undefined) writeFileSync(join(drafts, `${id}.lock`), `${holder}\n`);
  }

  /** Another process, alive for the test: the one that has a draft open. */
  let other: ChildProcess;
  beforeAll(() => {
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
  });
  afterAll(() => {
    other.kill();
  });

  it('is not offered, and a line says where it is', async () => {
    const { env, state } = workspace();
    savedAs(state, '2026-11-02T09-00-00-000Z-aaaa', validSession());
    const busy = validSession({ chosen: 'Payroll ran twice', candidates: ['Payroll ran twice'], scores: { 'Payroll ran twice': 0 } });
    savedAs(state, '2026-11-03T09-00-00-000Z-bbbb', busy, other.pid);
    let choices: string[] = [];
    const asker = {
      ...scriptedAsker([]),
      async select<T>({ choices: offered }: { choices: Array<{ name: string; value: T }> }): Promise<T> {
        choices = offered.map((c) => c.name);
        const error = new Error('closed');
        error.name = 'ExitPromptError';
        throw error;
      },
    };
    expect(await runDraft({ color: false }, io(env), { asker })).toBe(130);
    expect(choices).toEqual([
      'Carry on “Clinic bookings moved an hour”  (6 answers, 2026-11-02)',
      'Start a new draft (saved drafts stay saved)',
    ]);
    expect(asker.said).toContain(
      `“Payroll ran twice” is open in another failcoach draft (process ${other.pid}), so it is not offered here; carry it on there.`,
    );
    // The store names the process that has it open.
    expect(savedDrafts(env).find((d) => d.id.endsWith('bbbb'))?.inUseBy).toBe(other.pid);
  });

  it('--resume with only that draft saved: one line, exit 2, and nothing written', async () => {
    const { env, state } = workspace();
    savedAs(state, '2026-11-02T09-00-00-000Z-aaaa', validSession(), other.pid);
    const before = filesUnder(state);
    const streams = io(env);
    expect(await runDraft({ color: false, resume: true }, streams, { asker: scriptedAsker([]) })).toBe(2);
    expect(streams.stderr.text).toBe(
      `failcoach: “Clinic bookings moved an hour” is open in another failcoach draft (process ${other.pid}); ` +
        'carry it on there, or start a new one with failcoach draft --fresh\n',
    );
    expect(filesUnder(state)).toEqual(before);
  });
});

describe('--resume with no draft saved', () => {
  it('says so in one line and starts a new draft', async () => {
    const { env } = workspace();
    const asker = scriptedAsker([CTRL_C]);
    expect(await runDraft({ color: false, resume: true }, io(env), { asker })).toBe(130);
    expect(asker.said[0]).toBe('No saved draft to carry on: starting a new one.');
    expect(asker.asked).toEqual([ROLE_QUESTION]);
  });
});

/**
 * A script for a child process: runs the draft command from `module` with XDG_STATE_HOME set to its
 * first argument, answers the role question, stops at the next with Ctrl-C, and prints the exit
 * code and stderr as JSON.
 */
function roleThenStopScript(module: string): string {
  return `
      import { Readable, Writable } from 'node:stream';
      import { runDraft } from ${JSON.stringify(module)};
      class Collector extends Writable { text = ''; _write(chunk, _e, done) { this.text += chunk; done(); } }
      const stderr = new Collector();
      const stop = () => { const error = new Error('closed'); error.name = 'ExitPromptError'; throw error; };
      const asker = {
        text: async ({ message }) => (message.startsWith('Which role') ? 'Data engineer' : stop()),
        confirm: async () => stop(),
        select: async ({ choices }) => choices[0].value,
        say() {},
      };
      const env = { XDG_STATE_HOME: process.argv[1] };
      const code = await runDraft({ color: false }, { stdout: new Collector(), stderr, stdin: Readable.from([]), env }, { asker });
      process.stdout.write(JSON.stringify({ code, stderr: stderr.text }));`;
}

describe('where autosave cannot work, draft still runs and says so', () => {
  it('a state folder that cannot be created (a file in the way)', async () => {
    const { dir } = workspace();
    writeFileSync(join(dir, 'not-a-folder'), '');
    const env = { XDG_STATE_HOME: join(dir, 'not-a-folder'), HOME: dir };
    const streams = io(env);
    const asker = scriptedAsker(['Data engineer', CTRL_C]);
    expect(await runDraft({ color: false }, streams, { asker })).toBe(130);
    expect(streams.stderr.text).toMatch(
      /^failcoach: cannot autosave this draft: .*not-a-folder is a file, not a folder; choose another path\. Your answers stay only in this window until you save the answer\.\n/,
    );
    expect(streams.stderr.text.replace(/\s+/g, ' ')).toMatch(/Stopped\. Autosave was off .* so 1 answer could not be kept\. $/);
  });

  it('a HOME that does not exist: never created, and the draft still runs', async () => {
    const { dir } = workspace();
    const home = join(dir, 'no-such-home');
    const streams = io({ HOME: home });
    expect(await runDraft({ color: false }, streams, { asker: scriptedAsker([CTRL_C]) })).toBe(130);
    expect(streams.stderr.text).toContain(
      `failcoach: cannot autosave this draft: HOME (${home}) does not exist; set HOME or XDG_STATE_HOME to a folder you own.`,
    );
    expect(existsSync(home)).toBe(false);
  });

  // Node's recursive mkdir loops for ever under /proc (every mkdir there says "no such file"), so
  // the draft runs in a child process that a loop would keep past its timeout.
  it.skipIf(!existsSync('/proc/self'))('a state folder under /proc: one line says so, the draft runs, and nothing loops', () => {
    const script = roleThenStopScript(join(checkout, 'src/commands/draft.ts'));
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, '/proc/failcoach-state'], {
      cwd: checkout,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(child.signal, 'the draft was still running after 30 s').toBeNull();
    expect(child.stderr).toBe('');
    const result = JSON.parse(child.stdout) as { code: number; stderr: string };
    expect(result.code).toBe(130);
    const [first, ...rest] = result.stderr.split('\n').filter(Boolean);
    expect(first).toBe(
      'failcoach: cannot autosave this draft: /proc/failcoach-state/failcoach/drafts cannot be created: /proc is a system folder ' +
        'that takes no new folders; choose another path. Your answers stay only in this window until you save the answer.',
    );
    expect(rest.join(' ')).toMatch(/^Stopped\. Autosave was off .* so 1 answer could not be kept\.$/);
  });
});

describe('privacy: drafts and answers are readable by their owner only', () => {
  it('creates the state folder 0700, drafts 0600, answers 0600 in an answers folder 0700, under umask 022', async () => {
    const { dir, env, state } = workspace();
    const out = join(dir, 'answers', 'story.md');
    const stop = starScript();
    stop.splice(stop.length - 1, 1, CTRL_C);
    expect(await runDraft({ color: false, out }, io(env), { asker: scriptedAsker(stop) })).toBe(130);
    expect(statSync(state).mode & 0o777).toBe(0o700);
    expect(statSync(join(state, 'drafts')).mode & 0o777).toBe(0o700);
    const [draft] = savedDrafts(env);
    expect(statSync(draft!.path).mode & 0o777).toBe(0o600);
    expect(await runDraft({ color: false, out, resume: true }, io(env), { asker: scriptedAsker([{ select: 'save' }]) })).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'answers')).mode & 0o777).toBe(0o700);
  });

  it('an answer file that already exists keeps its own mode when replaced', async () => {
    const { dir, env } = workspace();
    const out = join(dir, 'shared.md');
    writeFileSync(out, 'an older answer\n', { mode: 0o644 });
    expect(await runDraft({ color: false, out, force: true }, io(env), { asker: scriptedAsker(starScript()) })).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o644);
    expect(readFileSync(out, 'utf8')).toContain('## Action');
  });

  it('a temporary left by a killed save is read back when newer, and removed when older', async () => {
    const { env, state } = workspace();
    const drafts = join(state, 'drafts');
    mkdirSync(drafts, { recursive: true });
    const main = join(drafts, '2026-11-02T09-00-00-000Z-abcd.json');
    writeFileSync(main, JSON.stringify(validSession()));
    const newer = join(drafts, '.2026-11-02T09-00-00-000Z-abcd.json.0123456789ab.tmp');
    writeFileSync(
      newer,
      JSON.stringify(validSession({ answers: { ...(validSession().answers as object), context: FULL_ANSWERS.context } })),
    );
    const past = new Date(Date.now() - 60_000);
    utimesSync(main, past, past);
    const older = join(drafts, '.2026-11-02T09-00-00-000Z-abcd.json.ba9876543210.tmp');
    writeFileSync(older, '{"half": ');
    const longAgo = new Date(Date.now() - 3_600_000);
    utimesSync(older, longAgo, longAgo);
    const [draft] = savedDrafts(env);
    expect(draft!.session.answers.context).toBe(FULL_ANSWERS.context);
    expect(readdirSync(drafts)).toEqual(['2026-11-02T09-00-00-000Z-abcd.json']);
  });
});

describe('checked before anything touches the saved draft', () => {
  it('--job that is missing, or a folder: one line, exit 2, no state written', async () => {
    const { dir, env, state } = workspace();
    const missing = io(env);
    expect(await runDraft({ color: false, job: join(dir, 'posting.txt') }, missing, { asker: scriptedAsker([]) })).toBe(2);
    expect(missing.stderr.text).toBe(
      `failcoach: --job ${join(dir, 'posting.txt')} does not exist; check the path (give a job posting saved as a text file)\n`,
    );
    const folder = io(env);
    expect(await runDraft({ color: false, job: dir }, folder, { asker: scriptedAsker([]) })).toBe(2);
    expect(folder.stderr.text).toBe(`failcoach: --job ${dir} is a folder, not a job posting; give the path to a job posting\n`);
    // A posting kept as a PDF is not read as text: the line says how to save it as text.
    writeFileSync(join(dir, 'posting.pdf'), '%PDF-1.7\n');
    const pdf = io(env);
    expect(await runDraft({ color: false, job: join(dir, 'posting.pdf') }, pdf, { asker: scriptedAsker([]) })).toBe(2);
    expect(pdf.stderr.text).toBe(
      `failcoach: --job ${join(dir, 'posting.pdf')} is a PDF; failcoach reads plain text and Markdown (.md, .markdown, .txt): ` +
        'save it as text (copy its text into a .md or .txt file, or pdftotext posting.pdf posting.txt) and give that file\n',
    );
    expect(existsSync(state)).toBe(false);
  });
});

describe('the review keeps required answers required', () => {
  it('an editor that saves an empty file keeps the earlier answer, and says so', async () => {
    const { dir, env } = workspace();
    const steps = starScript();
    steps.pop();
    steps.push({ select: 'edit' }, { select: 'result' }, { select: 'save' });
    // The editor empties every answer and keeps the question lines.
    const editor = {
      name: 'test-editor',
      open: async (file: string) => {
        const comments = readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('#'));
        writeFileSync(file, comments.join('\n'));
        return null;
      },
    };
    const asker = { ...scriptedAsker(steps), editor };
    const scripted = asker as ReturnType<typeof scriptedAsker>;
    const out = join(dir, 'e.md');
    expect(await runDraft({ color: false, out }, io(env), { asker })).toBe(0);
    expect(
      scripted.said.some(
        (line) =>
          line.startsWith('Kept your earlier answer to "What did you learn? One to three takeaways') &&
          line.endsWith('This one needs an answer; a sentence is enough.'),
      ),
    ).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain(FULL_ANSWERS.lesson!.slice(0, 40));
  });
});

describe.skipIf(unprivileged.skipReason !== null)(
  `a state folder without write permission${unprivileged.skipReason ? ` (skipped: ${unprivileged.skipReason})` : ''}`,
  () => {
    /** Runs the built draft command as the unprivileged user: a role answer, then Ctrl-C. */
    function draftAsUser(stateHome: string): { code: number; stderr: string } {
      const script = roleThenStopScript(join(checkout, 'dist/commands/draft.js'));
      const result = nodeAsUser(['--input-type=module', '-e', script, stateHome], { cwd: tmpdir() });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as { code: number; stderr: string };
    }

    it('a state folder that cannot be created: draft runs and says it cannot autosave', () => {
      const { dir } = workspace();
      chmodSync(dir, 0o755);
      const home = join(dir, 'state-home');
      mkdirSync(home, { mode: 0o755 });
      const result = draftAsUser(home);
      expect(result.code).toBe(130);
      expect(result.stderr).toMatch(/^failcoach: cannot autosave this draft: .*failcoach\/drafts cannot be written \(permission denied\)/);
      expect(result.stderr.replace(/\s+/g, ' ')).toMatch(/Autosave was off .* so 1 answer could not be kept\. $/);
    });

    it('a drafts folder that can be read but not written: the saved draft is offered, and autosave is off, not a crash', () => {
      const { dir } = workspace();
      chmodSync(dir, 0o755);
      const drafts = join(dir, 'state-home', 'failcoach', 'drafts');
      mkdirSync(drafts, { recursive: true, mode: 0o755 });
      writeFileSync(join(drafts, '2026-11-02T09-00-00-000Z-abcd.json'), JSON.stringify(validSession()), { mode: 0o644 });
      const result = draftAsUser(join(dir, 'state-home'));
      expect(result.code).toBe(130);
      expect(result.stderr).toMatch(/^failcoach: cannot autosave this draft: .*\.lock cannot be written \(permission denied\)/);
      expect(readFileSync(join(drafts, '2026-11-02T09-00-00-000Z-abcd.json'), 'utf8')).toBe(JSON.stringify(validSession()));
    });
  },
);

describe('leftovers of the first release', () => {
  it('a session.json is moved into the drafts folder, and its newer interrupted save read back', async () => {
    const { env, state } = workspace();
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, 'session.json'), JSON.stringify(validSession()));
    const past = new Date(Date.now() - 60_000);
    utimesSync(join(state, 'session.json'), past, past);
    writeFileSync(
      join(state, '.session.json.4242.tmp'),
      JSON.stringify(validSession({ answers: { ...(validSession().answers as object), context: FULL_ANSWERS.context } })),
    );
    writeFileSync(join(state, '.session.json.4343.tmp'), '{"half');
    const [draft, ...others] = savedDrafts(env);
    expect(others).toEqual([]);
    expect(draft!.session.answers.context).toBe(FULL_ANSWERS.context);
    expect(readdirSync(state).sort()).toEqual(['drafts']);
  });
});

describe('saving needs every required answer', () => {
  it('a draft that reached the review with answers missing cannot be saved until they are given', async () => {
    const { dir, env, state } = workspace();
    mkdirSync(state, { recursive: true });
    writeFileSync(join(state, 'session.json'), JSON.stringify(validSession({ stage: 'review' })));
    const out = join(dir, 'incomplete.md');
    const asker = scriptedAsker([{ select: 'save' }, { select: 'stop' }]);
    expect(await runDraft({ color: false, resume: true, out }, io(env), { asker })).toBe(0);
    expect(asker.said.some((line) => line.startsWith('Still to answer before saving:\n  ▸ Set the scene'))).toBe(true);
    expect(asker.said).toContain('Not saved: answer the questions listed above first ("Answer a section again").');
    expect(existsSync(out)).toBe(false);
  });
});

describe('what Ctrl-C counts as saved', () => {
  it('says the count the resume list shows, also when stopped at a line brought back from the last run', async () => {
    const { env, state } = workspace();
    mkdirSync(state, { recursive: true });
    const unsent = { message: 'Name a failure of yours, in one line. (1 of up to 10)', text: 'I sent the rota to the wrong depot' };
    const draft = { ...validSession({ stage: 'brainstorm', skills: ['planning'], candidates: [], scores: {}, answers: {}, unsent }) };
    delete draft.chosen;
    writeFileSync(join(state, 'session.json'), JSON.stringify(draft));
    // Carried on, then stopped at the question that shows the line again, before a key is pressed.
    const streams = io(env);
    expect(await runDraft({ color: false, resume: true }, streams, { asker: scriptedAsker([CTRL_C]) })).toBe(130);
    const stopped = /Stopped\. (\d+) answers? /.exec(streams.stderr.text);
    expect(stopped, streams.stderr.text).not.toBeNull();
    const [listed] = await resumeList(env);
    expect(listed).toMatch(new RegExp(`\\(${stopped![1]} answers, `));
    expect(stopped![1]).toBe('3');
    expect(savedDrafts(env)[0]!.session.unsent).toEqual(unsent);
  });

  it('counts the role, the skills, each failure named and each answer given, one each', () => {
    const session = newSession('star');
    expect(answeredCount(session)).toBe(0);
    session.role = 'site supervisor';
    session.skills = ['safety', 'planning'];
    session.candidates.push('I booked a pour without checking the forecast');
    expect(answeredCount(session)).toBe(3);
    session.answers.context = 'I ran the concrete works on a school extension.';
    session.answers.lesson = '   ';
    expect(answeredCount(session)).toBe(4);
  });
});
