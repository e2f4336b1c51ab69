import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runDraft, suggestFromPosting, templateFor } from '../../src/commands/draft.js';
import { DataError, frameworkFiles, loadFramework, loadPromptFile, loadPrompts } from '../../src/draft/data.js';
import { assembleAnswer } from '../../src/draft/assemble.js';
import { previewFindings } from '../../src/draft/review.js';
import { lintText } from '../../src/lint/linter.js';
import { savedDrafts } from './store.js';
import { Collector, cli } from '../cli/io.js';
import { FULL_ANSWERS, starScript, starScriptWithBlame } from './answers.js';
import { CTRL_C, scriptedAsker } from './script.js';
import { Readable } from 'node:stream';
import { shellWord } from '../../src/util/shell-word.js';

const prompts = loadPrompts();

function io(env: NodeJS.ProcessEnv) {
  const stdin = Readable.from([]) as Readable & { isTTY?: boolean };
  return { stdout: new Collector(), stderr: new Collector(), stdin, env };
}

function workspace(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'failcoach-draft-'));
  return { dir, env: { XDG_STATE_HOME: join(dir, 'state'), HOME: dir } };
}

describe('frameworks and prompts (data, validated on load)', () => {
  it('ships star, mcdougall, pesec and car, each of which assembles a lint-clean answer from full answers', () => {
    const ids = frameworkFiles()
      .map((f) => loadFramework(f, prompts).id)
      .sort();
    expect(ids).toEqual(['car', 'mcdougall', 'pesec', 'star']);
    for (const file of frameworkFiles()) {
      const framework = loadFramework(file, prompts);
      const { lint, markdown } = assembleAnswer(framework, { role: 'Data engineer', answers: FULL_ANSWERS }, { settings: {} });
      expect(lint.errorCount, framework.id).toBe(0);
      expect(
        lint.findings.map((f) => f.ruleId),
        framework.id,
      ).toEqual([]);
      for (const section of framework.sections) expect(markdown, framework.id).toContain(`## ${section.title}`);
      expect(parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!)).toMatchObject({
        framework: framework.id,
        role: 'Data engineer',
        lint: { errors: 0 },
      });
    }
  });

  it('reports a broken framework with its file, line and the fix', () => {
    const { dir } = workspace();
    const bad = join(dir, 'mine.yaml');
    writeFileSync(bad, 'id: mine\nname: Mine\nsections:\n  - id: a\n    title: A\n    prompts: [context, lessen]\n');
    expect(() => loadFramework(bad, prompts)).toThrow(DataError);
    expect(() => loadFramework(bad, prompts)).toThrow(
      /mine\.yaml:6:24: section 1: "prompts" item 2 must be a prompt id from prompts\/\*\.yaml, not "lessen" \(did you mean "lesson"\?\)$/,
    );
    writeFileSync(bad, 'id: mine\nname: Mine\nsections:\n  - id: a\n    titel: A\n    prompts: [context]\n');
    expect(() => loadFramework(bad, prompts)).toThrow(
      /mine\.yaml:5:5: section 1: unknown key "titel" \(did you mean "title"\?\); valid keys: id, title, guidance, prompts$/,
    );
    writeFileSync(bad, 'id: mine\nname: Mine\nsections:\n  - id: a\n    prompts: [context]\n');
    expect(() => loadFramework(bad, prompts)).toThrow(/mine\.yaml:4:5: section 1: missing "title" \(expected non-empty text\)$/);
  });

  it('prints a template per framework that lists every prompt it needs', () => {
    for (const file of frameworkFiles()) {
      const framework = loadFramework(file, prompts);
      const template = parse(templateFor(framework, prompts));
      expect(Object.keys(template.answers).sort()).toEqual([...new Set(framework.sections.flatMap((s) => s.prompts))].sort());
    }
  });

  it('suggests a role and skills from a job posting, locally', () => {
    expect(suggestFromPosting('Senior data analyst\nYou will own SQL reporting, stakeholder management and SQL reviews.')).toEqual({
      role: 'Senior data analyst',
      skills: ['sql', 'stakeholder management', 'data'],
    });
  });
});

describe('failcoach draft --answers (the non-interactive twin)', () => {
  function answersFile(dir: string, framework: string, answers = FULL_ANSWERS): string {
    const file = join(dir, `${framework}.yaml`);
    // Only the questions this framework asks: an answer for a section it lacks is an error.
    const asked = new Set(
      frameworkFiles()
        .map((f) => loadFramework(f, prompts))
        .find((f) => f.id === framework)!
        .sections.flatMap((s) => s.prompts),
    );
    writeFileSync(
      file,
      `framework: ${framework}\ntitle: Clinic bookings moved an hour\nanswers:\n${Object.entries(answers)
        .filter(([k]) => asked.has(k))
        .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n`,
    );
    return file;
  }

  it('writes answers/<slug>.md for every framework, and refuses to overwrite without --force', async () => {
    for (const framework of ['star', 'mcdougall', 'pesec', 'car']) {
      const { dir } = workspace();
      const out = join(dir, 'answers', `${framework}.md`);
      const first = await cli(['draft', '--answers', answersFile(dir, framework), '--framework', framework, '--out', out]);
      expect(first.code, framework).toBe(0);
      expect(first.stdout).toContain(`Wrote ${out} (`);
      expect(first.stdout).toContain(`Next: failcoach lint ${out}`);
      expect(readFileSync(out, 'utf8')).toMatch(/^---\nquestion: Tell me about a time you failed\./);
      const again = await cli(['draft', '--answers', answersFile(dir, framework), '--framework', framework, '--out', out]);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/exists; use --force/);
      expect((await cli(['draft', '--answers', answersFile(dir, framework), '--framework', framework, '--out', out, '--force'])).code).toBe(
        0,
      );
    }
  });

  it('two titles that give one file name: the second goes under a name of its own, and says so', async () => {
    const { dir } = workspace();
    const titled = (name: string, title: string): string => {
      const file = join(dir, name);
      writeFileSync(file, readFileSync(answersFile(dir, 'star'), 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(title)}`));
      return file;
    };
    const cafe = titled('cafe.yaml', 'Café launch');
    const other = titled('other.yaml', 'Cafe launch!');
    const home = process.cwd();
    process.chdir(dir);
    try {
      expect((await cli(['draft', '--answers', cafe])).code).toBe(0);
      const first = readFileSync(join(dir, 'answers', 'cafe-launch.md'), 'utf8');
      expect(first).toMatch(/^title: Café launch$/m);
      // --force replaces this story's file, never another story's.
      const second = await cli(['draft', '--answers', other, '--force']);
      expect(second.code).toBe(0);
      expect(second.stderr).toBe(
        'failcoach: answers/cafe-launch.md holds another story (“Café launch”), so this one is written to answers/cafe-launch-2.md\n',
      );
      expect(second.stdout).toMatch(/^Wrote answers\/cafe-launch-2\.md \(/);
      expect(readFileSync(join(dir, 'answers', 'cafe-launch.md'), 'utf8')).toBe(first);
      expect(readFileSync(join(dir, 'answers', 'cafe-launch-2.md'), 'utf8')).toMatch(/^title: Cafe launch!$/m);
      // The same story again is its own file: refused without --force, as before.
      const again = await cli(['draft', '--answers', other]);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/answers\/cafe-launch-2\.md exists; use --force to replace it/);
      expect((await cli(['draft', '--answers', cafe])).stderr).toMatch(/^failcoach: answers\/cafe-launch\.md exists; use --force/);
    } finally {
      process.chdir(home);
    }
  });

  it('--print writes to stdout only, and the result passes lint', async () => {
    const { dir } = workspace();
    const printed = await cli(['draft', '--answers', answersFile(dir, 'star'), '--print']);
    expect(printed.code).toBe(0);
    const linted = await cli(['lint', '-', '--format', 'json'], { stdin: printed.stdout, stdinTTY: false });
    expect(linted.code).toBe(0);
    expect(JSON.parse(linted.stdout)[0].errorCount).toBe(0);
  });

  it('names every missing or too-short answer, exit 2, nothing written', async () => {
    const { dir } = workspace();
    const thin = { ...FULL_ANSWERS, decision: 'I rushed it', lesson: '' };
    const result = await cli(['draft', '--answers', answersFile(dir, 'star', thin), '--out', join(dir, 'x.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/2 answers to complete — decision: A little more.*lesson: This one needs an answer/);
    expect(existsSync(join(dir, 'x.md'))).toBe(false);
  });

  it('without a terminal and without --answers: one line naming --answers, exit 2', async () => {
    const result = await cli(['draft'], { stdinTTY: false, stdin: '' });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--answers/);
  });
});

describe('failcoach draft, interactive (scripted answers through the real flow)', () => {
  it('walks every stage, recommends the strongest story, writes the answer and removes the session', async () => {
    const { dir, env } = workspace();
    const asker = scriptedAsker(starScript());
    const out = join(dir, 'mine.md');
    const streams = io(env);
    const code = await runDraft({ out, fresh: true, color: false }, streams, { asker });
    expect(code).toBe(0);
    expect(asker.remaining()).toBe(0);
    expect(asker.asked).toContain('Which story will you tell?');
    expect(asker.said.join('\n')).toContain('★ Recommended: “Clinic bookings moved an hour”');
    const written = readFileSync(out, 'utf8');
    expect(written).toContain('## Action');
    expect(written).toContain(FULL_ANSWERS['made-right']!.slice(0, 40));
    expect(parse(/^---\n([\s\S]*?)\n---/.exec(written)![1]!).lint.errors).toBe(0);
    expect(savedDrafts(env)).toEqual([]);
    expect(streams.stdout.text).toContain(`Next: failcoach lint ${out}`);
  });

  it('quotes the path in the next command when it has a space, so that it pastes as one word', async () => {
    const { dir, env } = workspace();
    const out = join(dir, 'job hunt', 'my answer.md');
    const streams = io(env);
    const code = await runDraft({ out, fresh: true, color: false }, streams, { asker: scriptedAsker(starScript()) });
    expect(code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('## Action');
    expect(streams.stdout.text).toContain(`Next: failcoach lint ${shellWord(out)}`);
    expect(shellWord(out)).not.toBe(out);
  });

  it('coaches an answer that shifts blame, and takes the rephrasing', async () => {
    const { dir, env } = workspace();
    const steps = starScriptWithBlame();
    const asker = scriptedAsker(steps);
    expect(await runDraft({ out: join(dir, 'a.md'), fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(asker.said.join('\n')).toMatch(/Keep others' part as context, and say what you could have done differently/);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).not.toContain('not my fault');
  });

  it('Ctrl-C keeps every answer (exit 130), and the next run resumes where it stopped', async () => {
    const { dir, env } = workspace();
    const steps = starScript();
    const stopAt = steps.indexOf(FULL_ANSWERS.context!);
    const first = scriptedAsker([...steps.slice(0, stopAt), CTRL_C]);
    const streams = io(env);
    expect(await runDraft({ out: join(dir, 'b.md'), fresh: true, color: false }, streams, { asker: first })).toBe(130);
    // Wrapped to the terminal's width: read with its line breaks as spaces.
    expect(streams.stderr.text.replace(/\s+/g, ' ')).toMatch(
      /Stopped\. \d+ answers saved in .*drafts\/.*\.json; run failcoach draft to carry on/,
    );
    const saved = savedDrafts(env)[0]!.session;
    expect(saved.answers['root-cause']).toBe(FULL_ANSWERS['root-cause']);
    expect(saved.stage).toBe('sections');
    // The next run asks to resume, then asks only what is left.
    const second = scriptedAsker(['<default>', ...steps.slice(stopAt)]);
    expect(await runDraft({ out: join(dir, 'b.md'), color: false }, io(env), { asker: second })).toBe(0);
    expect(second.asked[0]).toBe('You have a saved draft. Carry it on, or start a new one?');
    expect(second.asked.filter((m) => /^Which story|^Which role|^Name a failure/.test(m))).toEqual([]);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toContain(FULL_ANSWERS.context!.slice(0, 30));
  });

  it('--resume with one saved draft carries it on without asking, and says which story it is', async () => {
    const { dir, env } = workspace();
    const steps = starScript();
    const stopAt = steps.indexOf(FULL_ANSWERS.context!);
    expect(
      await runDraft({ out: join(dir, 'r.md'), fresh: true, color: false }, io(env), {
        asker: scriptedAsker([...steps.slice(0, stopAt), CTRL_C]),
      }),
    ).toBe(130);
    const title = savedDrafts(env)[0]!.session.chosen!;
    const second = scriptedAsker(steps.slice(stopAt));
    expect(await runDraft({ out: join(dir, 'r.md'), resume: true, color: false }, io(env), { asker: second })).toBe(0);
    expect(second.asked[0]).not.toMatch(/saved draft/);
    expect(second.said[0]).toMatch(new RegExp(`^Carrying on “${title.slice(0, 20)}.*” \\(\\d+ answers, \\d{4}-\\d\\d-\\d\\d\\)\\.$`));
  });

  it('asks before replacing an existing answer file', async () => {
    const { dir, env } = workspace();
    const out = join(dir, 'c.md');
    writeFileSync(out, 'my earlier answer\n');
    const steps = starScript();
    steps.push({ select: 'back' }, { select: 'stop' });
    const asker = scriptedAsker(steps);
    expect(await runDraft({ out, fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe('my earlier answer\n');
    expect(savedDrafts(env)).toHaveLength(1);
  });
});

describe('failcoach frameworks, and a framework of your own', () => {
  it('lists what --framework accepts', async () => {
    const result = await cli(['frameworks']);
    expect(result.code).toBe(0);
    for (const id of ['star', 'mcdougall', 'pesec', 'car']) expect(result.stdout).toMatch(new RegExp(`^  ${id}\\s`, 'm'));
  });

  it('takes a path to your own framework YAML', async () => {
    const { dir } = workspace();
    const mine = join(dir, 'two-part.yaml');
    writeFileSync(
      mine,
      'id: two-part\nname: Two parts\nsections:\n  - id: story\n    title: What happened\n    prompts: [context, responsibility, decision, cost, response, outcome]\n  - id: learning\n    title: What I learned\n    prompts: [lesson, change, proof]\n',
    );
    const answers = join(dir, 'a.yaml');
    writeFileSync(
      answers,
      `answers:\n${Object.entries(FULL_ANSWERS)
        .filter(([k]) => !['what-happened', 'pattern', 'root-cause', 'made-right', 'role-link'].includes(k))
        .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
        .join('\n')}\n`,
    );
    const result = await cli(['draft', '--framework', mine, '--answers', answers, '--print']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('## What happened');
    expect(result.stdout).toContain('framework: two-part');
  });

  it('reports a broken prompt file with its file, line and the fix', () => {
    const { dir } = workspace();
    const file = join(dir, 'extra.yaml');
    writeFileSync(
      file,
      'stage: sections\nprompts:\n  - id: extra\n    text: Anything else?\n    followUps:\n      - rule: hedgin\n        text: Say it plainly.\n',
    );
    expect(() => loadPromptFile(file)).toThrow(
      /extra\.yaml:6:15: prompt 1: "followUps" item 1: "rule" must be a rule id \("failcoach rules" lists them\), not "hedgin" \(did you mean "hedging"\?\)$/,
    );
  });
});

describe('the review before saving', () => {
  it('tells advice given at several sentences once, with the other sentences after it', () => {
    // Three hedges, and a missing fix the rule names while its judgement points at a later sentence.
    const text =
      'I think I sort of misjudged the schedule for the survey launch, and I guess I warned my manager too late. I learned to ask early. Now I check in weekly.\n';
    const result = lintText({ path: 'preview.md', text, markdown: true }, {});
    const preview = previewFindings(result);
    const shown = preview.split('\n').filter((l) => l.startsWith('  ▸'));
    const rules = result.findings.map((f) => f.ruleId);
    // Every rule that spoke is shown, each piece of advice once, and fewer lines than findings.
    for (const id of new Set(rules)) expect(preview).toContain(`(${id})`);
    expect(shown.length).toBeLessThan(result.findings.length);
    expect(preview).toMatch(/\n {4}also at “[^”]+”/);
    expect(preview.split('\n')[0]).toContain(`${result.errorCount} error`);
  });

  it('saves under a name of its own when the story’s file name holds another story, and says so', async () => {
    const { dir, env } = workspace();
    mkdirSync(join(dir, 'answers'));
    const other = '---\ntitle: "Clinic bookings moved, an hour late"\n---\n\nAnother story.\n';
    writeFileSync(join(dir, 'answers', 'clinic-bookings-moved-an-hour.md'), other);
    const asker = scriptedAsker(starScript());
    const home = process.cwd();
    process.chdir(dir);
    try {
      // --force replaces this story's own file only: the other story's stays.
      expect(await runDraft({ fresh: true, force: true, color: false }, io(env), { asker })).toBe(0);
    } finally {
      process.chdir(home);
    }
    expect(asker.said).toContain(
      'answers/clinic-bookings-moved-an-hour.md holds another story (“Clinic bookings moved, an hour late”), so this one will be saved as answers/clinic-bookings-moved-an-hour-2.md.',
    );
    expect(readFileSync(join(dir, 'answers', 'clinic-bookings-moved-an-hour.md'), 'utf8')).toBe(other);
    expect(readFileSync(join(dir, 'answers', 'clinic-bookings-moved-an-hour-2.md'), 'utf8')).toMatch(
      /^title: Clinic bookings moved an hour$/m,
    );
  });

  it('asks before saving an answer that still has lint errors, and lets you answer a section again', async () => {
    const { dir, env } = workspace();
    const steps = starScript();
    const outcomeAt = steps.indexOf(FULL_ANSWERS.outcome!);
    // An outcome that shifts blame, kept despite the coaching ("Rephrase it?" → no).
    steps.splice(outcomeAt, 1, 'It was not my fault in the end, and the bookings were fixed by Tuesday', false);
    steps.pop(); // the final "save"
    steps.push(
      { select: 'save' },
      false,
      { select: 'again' },
      { select: 'result' },
      FULL_ANSWERS.outcome!,
      FULL_ANSWERS.lesson!,
      FULL_ANSWERS.change!,
      FULL_ANSWERS.proof!,
      '',
      { select: 'save' },
    );
    const asker = scriptedAsker(steps);
    const out = join(dir, 'd.md');
    expect(await runDraft({ out, fresh: true, color: false }, io(env), { asker })).toBe(0);
    expect(asker.remaining()).toBe(0);
    expect(asker.asked.filter((m) => /^The answer still has \d+ errors? \(listed above\)\. Save it anyway\?$/.test(m))).toHaveLength(1);
    const written = readFileSync(out, 'utf8');
    expect(written).not.toContain('not my fault');
    expect(parse(/^---\n([\s\S]*?)\n---/.exec(written)![1]!).lint.errors).toBe(0);
  });
});

describe('failcoach draft --answers: the file decides, and every problem is one line', () => {
  function answersYaml(dir: string, name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  }
  const carAnswers = Object.entries(FULL_ANSWERS).filter(([k]) =>
    ['context', 'responsibility', 'decision', 'cost', 'response', 'outcome', 'lesson', 'change', 'proof', 'role-link'].includes(k),
  );
  const body = (entries: Array<[string, string]>): string => entries.map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n');

  it('uses the framework the file names (as --template writes it) unless --framework says otherwise', async () => {
    const { dir } = workspace();
    const file = answersYaml(dir, 'car.yaml', `framework: car\nanswers:\n${body(carAnswers)}\n`);
    const printed = await cli(['draft', '--answers', file, '--print']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('framework: car');
    expect(printed.stdout).toContain('## Challenge');
    const overridden = await cli(['draft', '--answers', file, '--framework', 'star', '--print']);
    expect(overridden.code).toBe(0);
    expect(overridden.stdout).toContain('framework: star');
  });

  it('refuses an answer for a question the framework does not ask, instead of dropping it', async () => {
    const { dir } = workspace();
    const file = answersYaml(
      dir,
      'extra.yaml',
      `framework: car\nanswers:\n${body(carAnswers)}\n  root-cause: ${JSON.stringify(FULL_ANSWERS['root-cause'])}\n`,
    );
    const result = await cli(['draft', '--answers', file, '--print']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^failcoach: .*extra\.yaml:13:3: answer "root-cause" is not a question of the car framework; car asks for: context, responsibility, decision, cost, response, outcome, lesson, change, proof, role-link \(choose another framework/,
    );
  });

  it('names an unknown framework in the file', async () => {
    const { dir } = workspace();
    const file = answersYaml(dir, 'odd.yaml', `framework: stra\nanswers:\n${body(carAnswers)}\n`);
    const result = await cli(['draft', '--answers', file, '--print']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: ${file}:1:12: "framework" must be a framework id (car, mcdougall, pesec, star) or a path to a framework file, not "stra" (did you mean "star"?)\n`,
    );
  });

  it('says "answers" must be a mapping when it is a list', async () => {
    const { dir } = workspace();
    const file = answersYaml(dir, 'list.yaml', 'answers: []\n');
    const result = await cli(['draft', '--answers', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `failcoach: ${file}:1:10: "answers" must be a mapping of question ids to text (id: "your answer"), not a list\n`,
    );
  });

  it('counts "1 answer to complete" in the singular', async () => {
    const { dir } = workspace();
    const file = answersYaml(dir, 'one.yaml', `framework: car\nanswers:\n${body(carAnswers.filter(([k]) => k !== 'lesson'))}\n`);
    const result = await cli(['draft', '--answers', file, '--print']);
    expect(result.stderr).toMatch(/: 1 answer to complete — lesson: This one needs an answer/);
  });

  it('refuses a folder as --answers, and alias bombs in answers and framework files, in one line each', async () => {
    const { dir } = workspace();
    const folder = await cli(['draft', '--answers', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`failcoach: ${dir}: is a folder, not an answers file; give the path to an answers file\n`);
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const answersBomb = answersYaml(dir, 'bomb.yaml', `${bomb}answers:\n  context: x\n`);
    const answers = await cli(['draft', '--answers', answersBomb]);
    expect(answers.code).toBe(2);
    expect(answers.stderr).toBe(
      `failcoach: ${answersBomb}: refused: its YAML aliases expand too far (at most 50 aliases); write the values out in full\n`,
    );
    const frameworkBomb = answersYaml(dir, 'framework-bomb.yaml', `${bomb}id: bomb\nname: Bomb\nsections: []\n`);
    const framework = await cli(['draft', '--framework', frameworkBomb, '--template']);
    expect(framework.code).toBe(2);
    expect(framework.stderr).toBe(
      `failcoach: ${frameworkBomb}: refused: its YAML aliases expand too far (at most 50 aliases); write the values out in full\n`,
    );
  });

  it('--out a folder (even with --force), or under a file: one line, exit 2', async () => {
    const { dir } = workspace();
    const file = answersYaml(dir, 'car.yaml', `framework: car\nanswers:\n${body(carAnswers)}\n`);
    mkdirSync(join(dir, 'answers'));
    const folder = await cli(['draft', '--answers', file, '--out', join(dir, 'answers'), '--force']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`failcoach: cannot write the answer: ${join(dir, 'answers')} is a folder; give a file name inside it\n`);
    writeFileSync(join(dir, 'existing.md'), 'mine\n');
    const under = await cli(['draft', '--answers', file, '--out', join(dir, 'existing.md', 'sub.md')]);
    expect(under.code).toBe(2);
    expect(under.stderr).toBe(
      `failcoach: cannot write the answer: ${join(dir, 'existing.md', 'sub.md')} cannot be created: ${join(dir, 'existing.md')} is a file, not a folder; choose another path\n`,
    );
    expect(readFileSync(join(dir, 'existing.md'), 'utf8')).toBe('mine\n');
  });
});

describe('draft and lint judge by the same settings', () => {
  it('with a non-default configuration, the counts draft writes are the counts lint reports for the saved file', async () => {
    const { dir } = workspace();
    // A length target this answer cannot meet, and hedging raised to an error: draft must see both.
    writeFileSync(
      join(dir, '.failcoachrc.yaml'),
      'rules:\n  length: { min: 400, max: 600, hardMin: 300, hardMax: 900 }\n  hedging: error\n',
    );
    const out = join(dir, 'answer.md');
    const drafted = await cli(['draft', '--answers', join(process.cwd(), 'test/fixtures/draft-answers.yaml'), '--out', out]);
    expect(drafted.stderr).toBe('');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(out, 'utf8'))![1]!) as {
      lint: { errors: number; warnings: number; infos: number };
    };
    const linted = await cli(['lint', '--format', 'json', out]);
    const [result] = JSON.parse(linted.stdout) as Array<{
      errorCount: number;
      warningCount: number;
      infoCount: number;
      messages: Array<{ ruleId: string }>;
    }>;
    expect(result!.messages.map((m) => m.ruleId)).toContain('length');
    expect(front.lint).toEqual({ errors: result!.errorCount, warnings: result!.warningCount, infos: result!.infoCount });
  });
});

describe('draft --answers --print names the configuration it linted with', () => {
  it('says which file, and for which folder, on standard error; nothing when no file applies', async () => {
    const { dir } = workspace();
    const answers = join(process.cwd(), 'test/fixtures/draft-answers.yaml');
    const out = join(dir, 'drafts', 'mine.md');
    const quiet = await cli(['draft', '--answers', answers, '--print', '--out', out]);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    // A target the answer misses, so the findings on standard error follow the line that explains them.
    writeFileSync(join(dir, '.failcoachrc.yaml'), 'rules:\n  length: { min: 400, max: 600, hardMin: 300, hardMax: 900 }\n');
    const printed = await cli(['draft', '--answers', answers, '--print', '--out', out]);
    const [first, ...rest] = printed.stderr.split('\n');
    expect(first).toBe(
      `Linted with the configuration for ${join(dir, 'drafts')}/ (where --out would save it): ${join(dir, '.failcoachrc.yaml')}`,
    );
    expect(rest.join('\n')).toMatch(/aim for 400–600 words/);
    expect(printed.code).toBe(1);
    expect(printed.stdout).not.toContain('Linted with');
  });
});

describe('coaching one answer at a time', () => {
  it('speaks only where the fragment alone shows the flaw, so it never contradicts the whole-answer review', async () => {
    const { lintFragment } = await import('../../src/draft/interview.js');
    const ids = (text: string): string[] => lintFragment(text, { settings: {} }).map((f) => f.ruleId);
    // Who owns the failure is told in other answers: a lost-orders sentence or a "we" is not blame or a dodge on its own.
    expect(ids('Checkout was back in 25 minutes, but the orders lost that evening did not come back.')).toEqual([]);
    expect(ids('We lost roughly 1,900 orders before anyone noticed.')).toEqual([]);
    // Disowning the failure and stacked hedges are flaws wherever they stand.
    expect(ids('It was not my fault; the vendor changed the API.')).toContain('blame-shifting');
    expect(ids('I think maybe I sort of probably should have checked.')).toContain('hedging');
  });
});
