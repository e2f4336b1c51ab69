import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runDraft } from '../../src/commands/draft.js';
import { slugFor } from '../../src/draft/assemble.js';
import { DraftStore, newSession, parseSession } from '../../src/draft/session.js';
import { parseSectionFile, sectionFile } from '../../src/draft/section-file.js';
import { fitChoice, LineMirror, splitKeys, wrapLines } from '../../src/draft/terminal.js';
import { loadPrompts, resolveFramework } from '../../src/draft/data.js';
import { coaching } from '../../src/draft/interview.js';
import { phraseBookFor } from '../../src/lint/engine.js';
import { Collector, cli } from '../cli/io.js';
import { FULL_ANSWERS, starScript, starScriptWithBlame } from './answers.js';
import { CTRL_C, scriptedAsker } from './script.js';
import { savedDrafts } from './store.js';

function workspace(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-flow-'));
  return { dir, env: { XDG_STATE_HOME: join(dir, 'state'), HOME: dir } };
}

function io(env: NodeJS.ProcessEnv) {
  return { stdout: new Collector(), stderr: new Collector(), stdin: Readable.from([]) as Readable & { isTTY?: boolean }, env };
}

/** The step headings said, in order. */
function steps(said: readonly string[]): string[] {
  return said.flatMap((line) => [...line.matchAll(/^Step (\d) of (\d) · (.*)$/gm)].map((m) => `${m[1]}/${m[2]} ${m[3]}`));
}

/** The STAR script with no role (and so no skills and no role link) and only the first story. */
function oneStoryNoRole(): Array<string | boolean | typeof CTRL_C | { select: unknown }> {
  const script = starScript();
  script.splice(0, 2, ''); // no role: the skills question is not asked
  script.splice(2, 1); // one story
  script.splice(7, 5); // no second story to screen, and no list to choose from
  script.splice(script.indexOf(FULL_ANSWERS['role-link']!), 1);
  return script;
}

describe('the interview screens', () => {
  it('numbers the steps 1 to 6, the lessons in a step of their own, in every framework', async () => {
    const { dir, env } = workspace();
    const asker = scriptedAsker(starScript());
    expect(await runDraft({ out: join(dir, 'a.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(steps(asker.said).map((s) => s.slice(0, 3))).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '5/6', '5/6', '5/6', '6/6']);
    expect(steps(asker.said).at(-1)).toBe('6/6 Lessons (STAR — Result)');
  });

  it('after a resume in the lessons, they still run under "Step 6 of 6"', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    const stopAt = script.indexOf(FULL_ANSWERS.change!);
    expect(
      await runDraft({ out: join(dir, 'b.md'), fresh: true, color: false }, io(env), {
        asker: scriptedAsker([...script.slice(0, stopAt), CTRL_C]),
      }),
    ).toBe(130);
    const second = scriptedAsker(['<default>', ...script.slice(stopAt)]);
    expect(await runDraft({ out: join(dir, 'b.md'), color: false }, io(env), { asker: second })).toBe(0);
    expect(steps(second.said)).toEqual(['6/6 Lessons (STAR — Result)']);
  });

  it('explains the recommendation in words, and asks plainly which story to tell', async () => {
    const { dir, env } = workspace();
    const asker = scriptedAsker(starScript());
    expect(await runDraft({ out: join(dir, 'c.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    const said = asker.said.join('\n');
    expect(said).toContain(
      '★ Recommended: “Clinic bookings moved an hour”\n    It was your own decision or action, it cost something real and you changed how you work',
    );
    expect(said).toContain(
      '· Ranked lower: “Missed a sprint goal by overcommitting”\n    You said it cost nothing real (that can sound evasive) and you have not changed',
    );
    expect(asker.asked).toContain('Which story will you tell?');
  });

  it('says a deliberate breach reads as a red flag', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    script.splice(5, 4, true, true, true, true); // the first story: a breach
    const asker = scriptedAsker(script);
    expect(await runDraft({ out: join(dir, 'd.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(asker.said.join('\n')).toMatch(
      /· Ranked lower: “Clinic bookings moved an hour”\n {4}You said it broke a rule or a trust on purpose: a deliberate breach reads as a red flag/,
    );
  });

  it('with no role: no skills question, no role link, no role in the answer; with one story: no list to choose from', async () => {
    const { dir, env } = workspace();
    const asker = scriptedAsker(oneStoryNoRole());
    const out = join(dir, 'e.md');
    expect(await runDraft({ out, fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(asker.remaining()).toBe(0);
    expect(asker.asked.filter((m) => /skills|matter for the role|Which story/.test(m))).toEqual([]);
    expect(asker.said.join('\n')).toContain('Your story: “Clinic bookings moved an hour”');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(out, 'utf8'))![1]!);
    expect(front.role).toBeUndefined();
    expect(front.skills).toBeUndefined();
  });

  it('one story that is a breach: offers to add another, and goes back to the brainstorm', async () => {
    const { dir, env } = workspace();
    const script = oneStoryNoRole();
    script.splice(2, 5, '', true, true, true, true, true, 'Missed a sprint goal by overcommitting', '', true, false, false, false);
    const asker = scriptedAsker([...script.slice(0, 14), CTRL_C]);
    expect(await runDraft({ out: join(dir, 'f.md'), fresh: true, color: false }, io(env), { asker })).toBe(130);
    expect(asker.asked).toContain('Add another failure to choose from?');
    expect(asker.asked).toContain('Name a failure of yours, in one line. (2 of up to 10)');
    expect(asker.asked).toContain('Which story will you tell?');
  });

  it('Ctrl-C says where the answers are kept in lines wrapped at word boundaries, the path whole', async () => {
    const { dir, env } = workspace();
    const streams = io({ ...env, COLUMNS: '50' });
    const asker = scriptedAsker([...starScript().slice(0, 3), CTRL_C]);
    expect(await runDraft({ out: join(dir, 'w.md'), fresh: true, color: false }, streams, { asker })).toBe(130);
    const lines = streams.stderr.text.split('\n').filter(Boolean);
    const path = lines.find((l) => l.includes('drafts'))!;
    expect(path.trim()).toMatch(/^\/\S+\.json;?$/);
    // Every other line fits, and no word is cut at the edge.
    expect(lines.filter((l) => l !== path && l.length > 50)).toEqual([]);
    expect(streams.stderr.text.replace(/\s+/g, ' ')).toContain('run failcoach draft to carry on where you left off.');
  });

  it('every story a breach: recommends none, says why, and offers to add another', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    script.splice(5, 8, true, true, true, true, true, true, true, true); // both stories: breaches
    const asker = scriptedAsker([...script.slice(0, 13), true, CTRL_C]);
    expect(await runDraft({ out: join(dir, 'h.md'), fresh: true, color: false }, io(env), { asker })).toBe(130);
    const said = asker.said.join('\n');
    expect(said).toContain('· A breach: “Clinic bookings moved an hour”');
    expect(said).toContain('· A breach: “Missed a sprint goal by overcommitting”');
    expect(said).not.toMatch(/Recommended|Equal best|screen equally well/);
    expect(asker.asked).toContain('Add another failure to choose from?');
    expect(asker.asked.at(-1)).toBe('Name a failure of yours, in one line. (3 of up to 10)');
  });

  it('shows one hint per screen: the diagnosis heading does not repeat the question’s hint', async () => {
    const { dir, env } = workspace();
    const asker = scriptedAsker(starScript());
    expect(await runDraft({ out: join(dir, 'g.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    const headings = asker.said.filter((line) => line.startsWith('\nStep'));
    for (const heading of headings) expect(heading, heading).not.toMatch(/facts first|Press Enter on an empty line|:\s/);
  });
});

describe('coaching while answering', () => {
  it('gives each piece of advice once, quoting every phrase it is about', async () => {
    const { dir, env } = workspace();
    const script = starScriptWithBlame();
    const asker = scriptedAsker(script);
    expect(await runDraft({ out: join(dir, 'm.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    const advice = asker.said.find((line) => line.includes('Keep others'))!;
    expect(advice.split('\n')).toHaveLength(1);
    expect(advice).toMatch(/^ {2}▸ "It was not my fault", "nobody told": Keep others' part as context/);
  });

  it('says advice that names its phrase once, for the first phrase, with the others after it', () => {
    // A question with no follow-up of its own for hedges: the rule's message, which names one hedge, is what is said.
    const prompt = [...loadPrompts().values()].find((p) => !p.followUps.some((u) => u.rule === 'hedging'))!;
    const text = 'I think I sort of booked the hall for the wrong weekend, I guess because I read the date off an old email';
    const notes = coaching(prompt, text, { settings: {}, book: phraseBookFor({}) });
    const hedges = notes.filter((n) => n.includes('hedges in'));
    expect(hedges).toHaveLength(1);
    expect(hedges[0]).toMatch(/^"I think": "I think" is one of 3 hedges in \d+ words; .* Also "sort of", "I guess"\.$/);
  });
});

describe('coaching the lesson while answering', () => {
  it("a platitude typed as the lesson gets the lesson prompt's follow-up there and then", async () => {
    const { dir, env } = workspace();
    const script = starScript();
    const at = script.indexOf(FULL_ANSWERS.lesson!);
    script.splice(at, 1, 'I learned the importance of communication and teamwork on every project.', true, FULL_ANSWERS.lesson!);
    const asker = scriptedAsker(script);
    expect(await runDraft({ out: join(dir, 'l.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    const advice = asker.said.filter((line) => line.includes('Make it specific'));
    expect(advice).toHaveLength(1);
    expect(advice[0]).toMatch(/^ {2}▸ "I learned the importance of communication and teamwork on every project\.": Make it specific/);
    // The rephrased lesson is concrete: no second round of advice, and the file holds it.
    expect(readFileSync(join(dir, 'l.md'), 'utf8')).toContain(FULL_ANSWERS.lesson!);
  });

  it('an answer-scope rule speaks only in its fragment messages, and only where the question asks for it', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    // "What did you learn?" answered with no lesson at all: "there is no lesson" needs the whole answer, so nothing is said.
    const at = script.indexOf(FULL_ANSWERS.lesson!);
    script.splice(at, 1, 'The clinic manager was patient with me about the Monday bookings.');
    // The same platitude given to the outcome question, which asks nothing of missing-lesson, is left alone.
    const out = script.indexOf(FULL_ANSWERS.outcome!);
    script.splice(out, 1, 'By Tuesday the bookings were right; I learned the importance of communication.');
    const asker = scriptedAsker(script);
    expect(await runDraft({ out: join(dir, 'n.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(asker.said.filter((line) => line.includes('Make it specific') || line.includes('There is no lesson'))).toEqual([]);
  });
});

describe('the review', () => {
  it('quotes the words a finding is about, with no line:column positions', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    const at = script.indexOf(FULL_ANSWERS.outcome!);
    script.splice(at, 1, 'It was not my fault in the end, and the bookings were fixed by Tuesday', false);
    script.pop();
    script.push({ select: 'stop' });
    const asker = scriptedAsker(script);
    expect(await runDraft({ out: join(dir, 'h.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    const preview = asker.said.find((line) => /^\d+ words, /.test(line))!;
    expect(preview).toMatch(/▸ error: “[^”]*not my fault[^”]*” — .* \(blame-shifting\)/);
    expect(preview).not.toMatch(/\b\d+:\d+\b/);
  });

  it('edits a section in one file, the questions as comments, and reads each answer back by question', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    script.pop();
    script.push({ select: 'edit' }, { select: 'task' }, { select: 'save' });
    let opened = '';
    const editor = {
      name: 'my-editor',
      open: async (file: string) => {
        opened = readFileSync(file, 'utf8');
        writeFileSync(
          file,
          opened.replace(FULL_ANSWERS.responsibility!.slice(0, 60), 'My job was to move every booking to the new provider before'),
        );
        return null;
      },
    };
    const asker = { ...scriptedAsker(script), editor };
    const out = join(dir, 'i.md');
    expect(await runDraft({ out, fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(opened).toMatch(/^# Task: /);
    expect(opened).toContain('# ── What were you responsible for, or what was the goal? [responsibility]\n');
    expect(asker.said).toContain('Opening Task in my-editor; save and close the file to come back.');
    expect(readFileSync(out, 'utf8')).toContain('My job was to move every booking to the new provider before');
  });

  it('with no $VISUAL or $EDITOR, says so instead of opening one', async () => {
    const { dir, env } = workspace();
    const script = starScript();
    script.pop();
    script.push({ select: 'edit' }, { select: 'save' });
    const asker = { ...scriptedAsker(script), editor: { open: async () => 'not reached' } };
    expect(await runDraft({ out: join(dir, 'j.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(asker.said).toContain(
      'No editor is set: set VISUAL or EDITOR (for example "export EDITOR=nano") and run failcoach draft again; your answers stay saved.',
    );
    // The message stays in view: the answer is not printed again after it.
    const message = asker.said.findIndex((line) => line.startsWith('No editor is set'));
    expect(asker.said.slice(message + 1).filter((line) => line.includes('## Action'))).toEqual([]);
  });

  it('declining to replace offers another name, refuses one that is taken, and keeps the old file', async () => {
    const { dir, env } = workspace();
    const out = join(dir, 'k.md');
    writeFileSync(out, 'mine\n');
    writeFileSync(join(dir, 'taken.md'), 'also mine\n');
    const script = [...starScript(), { select: 'rename' }, join(dir, 'taken.md')];
    await expect(runDraft({ out, fresh: true, color: false }, io(env), { asker: scriptedAsker(script) })).rejects.toThrow(
      /exists too; choose a name that is not taken/,
    );
    const folder = [...starScript(), { select: 'rename' }, dir];
    await expect(runDraft({ out, fresh: true, color: false }, io(env), { asker: scriptedAsker(folder) })).rejects.toThrow(
      /is a folder; add a file name/,
    );
    const again = [...starScript(), { select: 'rename' }, join(dir, 'fresh-name')];
    const streams = io(env);
    expect(await runDraft({ out, fresh: true, color: false }, streams, { asker: scriptedAsker(again) })).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, 'fresh-name.md'), 'utf8')).toContain('## Action');
    expect(streams.stdout.text).toContain(`Wrote ${join(dir, 'fresh-name.md')}`);
  });
});

describe('starting a draft', () => {
  it('--resume with --fresh is a usage error: one line, exit 2', async () => {
    const result = await cli(['draft', '--resume', '--fresh'], { stdinTTY: false, stdin: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('failcoach: --fresh and --resume contradict each other; give one of them\n');
  });

  it('--max-warnings without --answers is a usage error', async () => {
    const result = await cli(['draft', '--max-warnings', '0'], { stdinTTY: false, stdin: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^failcoach: --max-warnings works with --answers/);
  });

  it('does not offer to resume a draft with no answers', async () => {
    const { dir, env } = workspace();
    const opened = DraftStore.open(env);
    if (!opened.ok) throw new Error(opened.reason);
    const empty = newSession('star');
    opened.store.save(opened.store.newId(empty), empty);
    const asker = scriptedAsker(starScript());
    expect(await runDraft({ out: join(dir, 'l.md'), color: false }, io(env), { asker })).toBe(0);
    expect(asker.asked[0]).toBe('Which role are you preparing for?');
    expect(savedDrafts(env)).toHaveLength(1);
  });
});

describe('draft --answers reports like lint', () => {
  const prompts = loadPrompts();
  const star = resolveFramework('star', prompts);
  const asked = new Set(star.sections.flatMap((s) => s.prompts));
  function answersFile(dir: string, changes: Record<string, string> = {}): string {
    const file = join(dir, 'answers.yaml');
    const answers = { ...FULL_ANSWERS, ...changes };
    writeFileSync(
      file,
      `title: Clinic bookings\nanswers:\n${Object.entries(answers)
        .filter(([k]) => asked.has(k))
        .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n`,
    );
    return file;
  }

  it('prints the findings and exits 1 when the answer has errors; the file is still written', async () => {
    const { dir } = workspace();
    const out = join(dir, 'a.md');
    const result = await cli([
      'draft',
      '--answers',
      answersFile(dir, { outcome: 'It was not my fault in the end, and the bookings were fixed by Tuesday' }),
      '--out',
      out,
      '--no-color',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Wrote ${out} (`);
    expect(result.stdout).toMatch(/error [\s\S]*blame-shifting/);
    expect(readFileSync(out, 'utf8')).toContain('not my fault');
    // The positions are the written file's, front matter included: the ones lint reports for it.
    const positions = (text: string): string[] => text.split('\n').filter((l) => /^\s+\d+:\d+\s/.test(l));
    const linted = await cli(['lint', out, '--no-color']);
    expect(positions(result.stdout)).toEqual(positions(linted.stdout));
    expect(positions(result.stdout).length).toBeGreaterThan(0);
  });

  it('--max-warnings: exit 1 over the line, 0 within it; a bad value is a usage error', async () => {
    const { dir } = workspace();
    const file = answersFile(dir, {
      lesson: 'I think I probably learned that a check I skip because it passed last time is a check I stopped doing',
      cost: 'It cost maybe twenty-eight patients an hour early or late that Monday, and two clinics ran behind all day',
    });
    const over = await cli(['draft', '--answers', file, '--print', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/^failcoach: \d+ warnings?, more than --max-warnings 0$/m);
    expect(over.stdout).toMatch(/^---\nquestion:/);
    expect((await cli(['draft', '--answers', file, '--print', '--max-warnings', '50'])).code).toBe(0);
    const bad = await cli(['draft', '--answers', file, '--print', '--max-warnings', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('failcoach: --max-warnings expects a whole number (0 or more, or -1 for no limit), got "lots"\n');
  });

  it('an answer that passes: exit 0 and no report', async () => {
    const { dir } = workspace();
    const result = await cli(['draft', '--answers', answersFile(dir), '--print']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('helpers of the draft screens', () => {
  it('folds accents and keeps any script in file names', () => {
    expect(slugFor('Ünïcödé — 日本語 launch')).toBe('unicode-日本語-launch');
    expect(slugFor('Straße café Ærø')).toBe('strasse-cafe-aero');
    expect(slugFor('Клиника — запись')).toBe('клиника-запись');
    expect(slugFor('हिन्दी परीक्षा')).toBe('हिन्दी-परीक्षा');
    expect(slugFor('— !', new Date('2026-01-02T00:00:00Z'))).toBe('failure-answer-2026-01-02');
  });

  it('reads a section file back by question, and reports text above the first question', () => {
    const prompts = loadPrompts();
    const section = resolveFramework('star', prompts).sections.find((s) => s.id === 'task')!;
    const text = sectionFile(
      section,
      section.prompts.map((id) => prompts.get(id)!),
      { responsibility: 'I owned the move' },
    );
    expect(parseSectionFile(text)).toEqual({ answers: new Map([['responsibility', 'I owned the move']]), stray: '' });
    const edited = `stray words\n${text.replace('I owned the move', 'I owned the move\nand its date\n# a note to myself')}`;
    expect(parseSectionFile(edited)).toEqual({
      answers: new Map([['responsibility', 'I owned the move and its date']]),
      stray: 'stray words',
    });
  });

  it('keeps the screening answers in a saved draft, and refuses a draft whose screening is not yes/no', () => {
    const session = { ...newSession('star'), candidates: ['A'], scores: { A: 4 }, screening: { A: { 'screen-yours': true } } };
    expect(parseSession(JSON.stringify(session))).toEqual({ ok: true, session });
    const broken = { ...session, screening: { A: { 'screen-yours': 'yes' } } };
    expect(parseSession(JSON.stringify(broken))).toEqual({ ok: false, reason: '"screening" is not a mapping of yes/no answers' });
  });

  it('splits typed keys without breaking escape sequences, and keeps text in one piece', () => {
    expect(splitKeys('\r\r\x1b[Bab c\r')).toEqual(['\r', '\r', '\x1b[B', 'ab c', '\r']);
  });

  it('follows the line a prompt holds as readline edits it, for what Ctrl-C must keep', () => {
    const typed = (shown: string, keys: string): string => {
      const mirror = new LineMirror(shown);
      for (const key of splitKeys(keys)) mirror.key(key);
      return mirror.text;
    };
    expect(typed('', 'the van left late\x17early')).toBe('the van left early');
    expect(typed('', 'abc\x1b[D\x1b[DX\x1b[3~')).toBe('aXc');
    expect(typed('', 'first\x15second')).toBe('second');
    expect(typed('the depot', '\t code')).toBe('the depot code');
    expect(typed('the depot', 'new')).toBe('new');
    expect(typed('', 'one two\x01\x0b')).toBe('');
  });

  it('wraps under a bullet, and fits a choice on one line keeping its tag', () => {
    expect(wrapLines('  ▸ one two three four five six', 16)).toBe('  ▸ one two\n    three four\n    five six');
    expect(fitChoice('A very long story name indeed  (recommended)', 30)).toBe('A very long…  (recommended)');
  });
});
