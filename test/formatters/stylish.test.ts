/**
 * The stylish report as a person reads it: lines fit the terminal, words and rule ids stay whole,
 * each finding says what it is about, and the scorecard agrees with the rules.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/lint/rules/index.js';
import { displayWidth } from '../../src/util/wrap.js';
import { cli } from '../cli/io.js';

const fixtures = new URL('../fixtures/answers/', import.meta.url).pathname;
const corpus = new URL('../../../shared/corpus/', import.meta.url).pathname;
const ANSWERS = [
  'weak-we-everything.md',
  'weak-filler-transcript.txt',
  'weak-too-long.md',
  'holdout2-weak-system-blame.md',
  'strong-car-format.md',
  'weak-no-lesson.md',
].map((f) => fixtures + f);
const dir = mkdtempSync(join(tmpdir(), 'failcoach-stylish-'));

/** A few corpus answers, when the corpus is beside this checkout. */
function corpusAnswers(): string[] {
  if (!existsSync(corpus)) return [];
  const set = join(corpus, 'a', 'answers');
  return readdirSync(set)
    .slice(0, 6)
    .map((f) => join(set, f));
}

interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  suggestions?: string[];
}

/**
 * The findings the report prints in full: a message a rule repeats 4 times or more in an answer is
 * printed once, and a rule about the whole answer that speaks in its own words shows its judged
 * sentences as places only.
 */
function printedInFull(messages: readonly JsonMessage[]): JsonMessage[] {
  const key = (m: JsonMessage): string => `${m.ruleId} ${m.messageId} ${m.severity}`;
  const count = (m: JsonMessage): number => messages.filter((x) => key(x) === key(m)).length;
  const told = (m: JsonMessage): boolean =>
    m.messageId === 'judged' &&
    findRule(m.ruleId)?.scope === 'answer' &&
    messages.some((x) => x.ruleId === m.ruleId && x.severity === m.severity && x.messageId !== 'judged');
  return messages.filter((m, i) => !told(m) && (count(m) < 4 || messages.findIndex((x) => key(x) === key(m)) === i));
}

async function wordsOfFindings(paths: string[]): Promise<string[]> {
  const report = JSON.parse((await cli(['lint', ...paths, '-f', 'json'])).stdout) as { messages: JsonMessage[] }[];
  // The report shows a judged message's quote, and "The whole answer:", apart from the message.
  const text = (m: JsonMessage): string => `${m.message.replace(/^(“[^”]*”|The whole answer): /, '')} ${(m.suggestions ?? []).join(' ')}`;
  return report.flatMap((r) => printedInFull(r.messages).flatMap((m) => [m.ruleId, ...text(m).split(/\s+/)])).filter(Boolean);
}

describe.each([40, 50, 80, 120])('stylish at COLUMNS=%i', (columns) => {
  it('keeps every line within the width and never splits a word or a rule id', async () => {
    const paths = [...ANSWERS, ...corpusAnswers()];
    const result = await cli(['lint', ...paths], { env: { COLUMNS: String(columns) } });
    const lines = result.stdout.split('\n');
    // File paths are printed whole, however long; every other line fits.
    const long = lines.filter((l) => displayWidth(l) > columns && !paths.includes(l));
    expect(long).toEqual([]);
    const tokens = new Set(result.stdout.split(/\s+/));
    const words = await wordsOfFindings(paths);
    expect(words.length).toBeGreaterThan(100);
    const missing = words.filter((w) => !tokens.has(w));
    expect(missing).toEqual([]);
  });

  it('fits --explain to the width too', async () => {
    const result = await cli(['lint', ...ANSWERS.slice(0, 2), '--explain'], { env: { COLUMNS: String(columns) } });
    expect(result.stdout).toMatch(/How each sentence was read/);
    expect(result.stdout.split('\n').filter((l) => displayWidth(l) > columns && !ANSWERS.includes(l))).toEqual([]);
  });

  it('wraps the same with colour: escape codes take no columns', async () => {
    const result = await cli(['lint', ...ANSWERS, '--color'], { env: { COLUMNS: String(columns) } });
    expect(result.stdout).toContain('\u001b[');
    expect(result.stdout.split('\n').filter((l) => displayWidth(l) > columns && !ANSWERS.some((p) => l.includes(p)))).toEqual([]);
  });
});

describe('what a finding is about', () => {
  it('quotes the flagged words under the message', async () => {
    const path = join(dir, 'blame.md');
    writeFileSync(path, 'The release slipped a week. It was not my fault, because the vendor sent the wrong build.\n');
    const result = await cli(['lint', path]);
    expect(result.stdout).toMatch(/blame-shifting\n\s+“[^”]*not my fault[^”]*”/);
    const compact = (await cli(['lint', path, '-f', 'compact'])).stdout;
    expect(compact).toMatch(/:\d+:\d+: error “[^”]*not my fault[^”]*”: .+ \[blame-shifting\]/);
  });

  it('says "whole answer" for an omission and gives it no position', async () => {
    const result = await cli(['lint', `${fixtures}weak-no-lesson.md`]);
    const lines = result.stdout.split('\n');
    const at = lines.findIndex((l) => /There is no lesson/.test(l));
    expect(at).toBeGreaterThan(0);
    expect(lines[at]).toMatch(/^\s+error\s+There is no lesson/);
    expect(lines.slice(at, at + 4).some((l) => l.trim() === 'whole answer')).toBe(true);
    expect((await cli(['lint', `${fixtures}weak-no-lesson.md`, '-f', 'compact'])).stdout).toMatch(
      /: error whole answer: There is no lesson.* \[missing-lesson\]/,
    );
  });

  it('shows only the errors under --quiet: no scorecard panel, and says what it left out', async () => {
    const full = (await cli(['lint', `${fixtures}weak-no-lesson.md`])).stdout;
    const quiet = (await cli(['lint', `${fixtures}weak-no-lesson.md`, '--quiet'])).stdout;
    expect(full).toMatch(/^\s+Length\s/m);
    expect(quiet).not.toMatch(/^\s+(Length|Situation|Lesson)\s/m);
    expect(quiet).toMatch(/There is no lesson/);
    expect(quiet).toMatch(/not shown: --quiet/);
  });

  it('prints advice a rule repeats through an answer once, and lists every other place it applies', async () => {
    const path = join(dir, 'hedges.md');
    const hedged = [
      'I think I probably missed the supplier email, I guess, and the plants sat out in a frost.',
      'I suppose we lost maybe half of them, I think, about nine hundred pounds.',
      'I rang my manager that morning and reordered what we could.',
      'I learned to check every delivery confirmation, and now I keep a shared calendar of them.',
    ];
    writeFileSync(path, `${hedged.join(' ')}\n`);
    const json = JSON.parse((await cli(['lint', path, '-f', 'json'])).stdout)[0].messages as JsonMessage[];
    const hedges = json.filter((m) => m.ruleId === 'hedging');
    expect(hedges.length).toBeGreaterThanOrEqual(4);
    const out = (await cli(['lint', path], { env: { COLUMNS: '80' } })).stdout;
    // The advice once, the other places under it by position and words, and every finding still counted.
    expect(out.match(/→ Drop the/g)).toHaveLength(1);
    expect(out).toContain(`and ${hedges.length - 1} more places (hedging):`);
    const listed = out.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
    for (const m of hedges.slice(1)) expect(listed).toMatch(new RegExp(`${m.line}:${m.column} “[^”]+”`));
    expect(out).toContain(`✖ ${json.length} problems`);
  });

  it('folds the same advice given twice, and cuts a long quote in the list of places to the width', async () => {
    const path = join(dir, 'twice.md');
    // Two sentences that each make the agency the cause: one advice, two places.
    const text =
      'Our spring catalogue went out nine days late, and we lost the garden show orders that depended on it. The agency missed two milestones in a row. Their account manager was slow to answer our increasingly worried emails about the proofs. I rang the show organisers myself to apologise. I now book two printers for anything with a fixed date.\n';
    writeFileSync(path, text);
    const json = JSON.parse((await cli(['lint', path, '-f', 'json'])).stdout)[0].messages as JsonMessage[];
    const blame = json.filter((m) => m.ruleId === 'blame-shifting');
    expect(blame).toHaveLength(2);
    for (const columns of ['100', '40']) {
      const out = (await cli(['lint', path], { env: { COLUMNS: columns } })).stdout;
      expect(out.replace(/\s+/g, ' ')).toContain('and 1 more place (blame-shifting):');
      for (const line of out.split('\n').filter((l) => !l.includes(path))) expect(line.length).toBeLessThanOrEqual(Number(columns));
      expect(out).toContain(`✖ ${json.length} problems`);
    }
  });

  it("shows the sentences a rule's learned judgement pointed at as places of the rule's own finding about what is missing", async () => {
    const path = join(dir, 'jump.md');
    // A failure told, then straight to a lesson and a habit: no fix, no cost.
    writeFileSync(
      path,
      'I misjudged the schedule for the survey launch, and I warned my manager too late. I learned to ask early. Now I check in weekly.\n',
    );
    const json = JSON.parse((await cli(['lint', path, '-f', 'json'])).stdout)[0].messages as JsonMessage[];
    // A rule about the whole answer that speaks in its own words and through its judgement at once.
    const twice = [...new Set(json.map((m) => m.ruleId))].filter(
      (id) =>
        json.some((m) => m.ruleId === id && m.messageId === 'judged') && json.some((m) => m.ruleId === id && m.messageId !== 'judged'),
    );
    expect(twice.length).toBeGreaterThan(0);
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout.replace(/\s+/g, ' ');
    for (const id of twice) {
      const judged = json.find((m) => m.ruleId === id && m.messageId === 'judged')!;
      expect(out).not.toContain(judged.message);
      expect(out).toContain(`more place (${id}): ${judged.line}:${judged.column}`);
    }
    expect(out).toContain(`✖ ${json.length} problems`);
  });

  it('keeps the JSON field names and messages as they are', async () => {
    const report = JSON.parse((await cli(['lint', `${fixtures}weak-no-lesson.md`, '-f', 'json'])).stdout);
    const lesson = report[0].messages.find((m: { ruleId: string }) => m.ruleId === 'missing-lesson');
    expect(Object.keys(lesson).sort()).toEqual([
      'column',
      'endColumn',
      'endLine',
      'line',
      'message',
      'messageId',
      'ruleId',
      'scope',
      'severity',
      'suggestions',
    ]);
    // The one field added since: what the finding is about.
    expect(lesson.scope).toBe('answer');
    expect(lesson.message).toMatch(/^There is no lesson/);
    expect(lesson.messageId).toBe('noLesson');
  });
});

describe('the scorecard agrees with the rules', () => {
  it('shows the lesson share of a STAR answer that keeps its lesson under Result', async () => {
    const path = join(dir, 'star.md');
    writeFileSync(
      path,
      `${[
        '## Situation',
        'I coordinated volunteers for a food bank in a small town, and I ran the Saturday collection rota for two years.',
        '## Task',
        'My job was to make sure every collection point had two people on it for the winter appeal.',
        '## Action',
        'I sent the rota by email only, and I never checked who had read it. On the first Saturday three of the eight points had nobody, and I drove between them myself.',
        '## Result',
        'We collected about a third less food than the year before, and two shops asked us not to come back.',
        'I learned that a rota nobody confirms is only a wish. Since then I ask every volunteer to reply with a yes by Thursday, and I phone anyone who has not.',
      ].join('\n\n')}\n`,
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    const lesson = out.split('\n').find((l) => /^\s+Lesson\s/.test(l))!;
    expect(lesson).toMatch(/\s([1-9]\d?)%\s+told under another heading/);
    expect(out).not.toMatch(/no heading of its own/);
  });

  it('infers the opening told before the first label, and says only that part was inferred', async () => {
    const path = join(dir, 'opening.md');
    writeFileSync(
      path,
      `${[
        'Two winters ago I ran the stock room at a garden centre, and the spring order was mine to place.',
        "I copied last year's quantities without checking the new layout, and we ran out of compost in the first week. We lost about £4,000 of sales over the Easter weekend.",
        'What I did: I rang two other suppliers that morning and had a pallet in by Saturday, and I told my manager the shortfall was my doing.',
        'What I learned: an order is only as good as the plan it was made against. Now I size every order from the floor plan and walk the aisles before I send it.',
      ].join('\n\n')}\n`,
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    const situation = out.split('\n').find((l) => /^\s+Situation\s/.test(l))!;
    expect(situation).toMatch(/\s([1-9]\d?)%/);
    expect(out).toMatch(/parts before your first heading inferred from the wording/);
    expect(out).not.toMatch(/no heading of its own/);
  });

  it('never says a part is missing while the rules are silent, and says so when they report', async () => {
    const files = [...ANSWERS, `${fixtures}weak-never-failed.md`, `${fixtures}holdout3-weak-no-fix-no-stakes.md`];
    let seen = 0;
    for (const file of files) {
      const json = JSON.parse((await cli(['lint', file, '-f', 'json'])).stdout)[0];
      const starMissing = json.messages.some(
        (m: JsonMessage) => m.ruleId === 'star-structure' && /part of STAR is missing/.test(m.message),
      );
      const noLesson = json.messages.some(
        (m: JsonMessage) => m.ruleId === 'missing-lesson' && /^(There is no lesson|The whole answer)/.test(m.message),
      );
      const out = (await cli(['lint', file])).stdout;
      expect(out).not.toMatch(/none found/);
      expect(/missing \(see star-structure\)|star-structure finds none/.test(out)).toBe(starMissing);
      expect(/Lesson .*(missing \(see missing-lesson\)|missing-lesson finds none)/.test(out)).toBe(noLesson);
      seen += Number(starMissing) + Number(noLesson);
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('the scorecard tells the Result where the answer tells it', () => {
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const partLine = (out: string, part: string): string => out.split('\n').find((l) => new RegExp(`^\\s+${part}\\s`).test(l))!;

  it('counts what the failure cost, told before the fix, as the Result of a free-form answer', async () => {
    // What it cost comes straight after the failure, so the parts inferred in STAR order put it in the action.
    const path = write(
      'cost-before-fix.md',
      'I was a junior lab technician at a water testing company, running the overnight samples for three councils. One Tuesday I loaded forty river samples into the analyser without recalibrating it, because the last run had looked fine. Every nitrate reading that night came out about twenty percent low, and two councils had already published the figures on their websites before anyone noticed. I reran all forty samples the next morning, rang both councils myself to explain the error was mine, and sent them corrected reports by noon. What I learned is that a machine that looked fine yesterday tells me nothing about today. Now I run a calibration standard before every batch and log the result, and last month that check caught a drifting sensor before any samples went through.\n',
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    expect(partLine(out, 'Result')).toMatch(/\s([1-9]\d?)%$/);
    const stats = JSON.parse((await cli(['lint', path, '-f', 'json'])).stdout)[0].stats;
    expect(stats.sections.some((s: { part: string }) => s.part === 'result')).toBe(false);
    expect(stats.sections.find((s: { part: string }) => s.part === 'action').resultWords).toBeGreaterThan(10);
    // The JSON report gives the shares the bars show, so a script reads the same Result as a person.
    for (const part of ['Situation', 'Action', 'Result', 'Lesson']) {
      const shown = Number(/\s(\d+)%$/.exec(partLine(out, part))?.[1] ?? 0);
      expect(Math.round(stats.parts[part.toLowerCase()] * 100)).toBe(shown);
    }
  });

  it('takes the Result from the other headings when it has none of its own, as it does the lesson', async () => {
    const path = write(
      'no-result-heading.md',
      [
        '## What happened',
        "i run the stock room at a garden centre, two of us on weekdays. in march i ordered the spring compost off last year's numbers and didn't check the new promo calendar. we ran out of the multipurpose bags on the first warm saturday and turned away maybe sixty customers, and the area manager had to pull stock from another branch at full delivery cost.",
        '## What I did',
        'rang the other branch that morning, put up a sign offering a ten percent voucher for next week, and told my manager it was my ordering that caused it.',
        '## What I learned',
        'the promo calendar is part of the order, not extra reading. i now open it before every seasonal order and note the promo weeks next to each line, and the autumn bulbs went out without a gap.\n',
      ].join('\n\n'),
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    expect(partLine(out, 'Result')).toMatch(/\s([1-9]\d?)%\s+told under another heading$/);
  });

  it('tells, beside the Situation bar, the setup star-structure measured up to the failure', async () => {
    const path = write(
      'long-setup.md',
      [
        'I have run the goods-in desk at a garden centre for six years. We take deliveries from about forty suppliers, from compost to garden furniture, and the busy season runs from March to June. The desk checks every pallet against the order, books it into the stock system and sends it to the right part of the yard. There are four of us on the desk, and I write the rota and train the new starters. Most deliveries come between seven and eleven, and the yard team moves them out by lunchtime so the tills can sell them that afternoon. In spring we also take plants on trolleys, which need watering the day they arrive.',
        '',
        'One Friday in April I booked in a furniture delivery without opening the pallets, because the driver was in a hurry. Two of the six tables were damaged, and we sold one to a customer before anyone noticed, which meant a refund and a complaint to head office. I rang the customer myself, arranged a replacement, and sent the supplier photos the same day. I learned that the check exists for the busy day, not the quiet one. Now I open every pallet before I sign, however long the driver has to wait.',
        '',
      ].join('\n'),
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    const share = /The setup \(situation and task\) takes (\d+)% of the answer/.exec(out)?.[1];
    expect(share).toBeDefined();
    // The bars share the answer out by inferred part; the note says what the rule measured.
    expect(partLine(out, 'Situation')).toMatch(new RegExp(`setup up to the failure: ${share}%$`));
  });

  it('says in words that a part is absent, never "0%"', async () => {
    const path = write(
      'no-result.md',
      'I was leading the weekly newsletter for a hiking club. I forgot to send the issue one week because I had moved it to a new mail tool and not set the schedule. I resent it the next day with an apology at the top. I learned to check the schedule in any new tool before I rely on it, and since then I set a reminder for the hour after every send to confirm it went out.\n',
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    expect(partLine(out, 'Result')).toMatch(/\snone\s+not told: no sentence says how it turned out$/);
    expect(out).not.toMatch(/\s0%/);
    expect(partLine(out, 'Task')).toMatch(/\snone\s+optional: often told with the situation$/);
  });

  it('names the heading that joins a part to another, where that part has no share of its own', async () => {
    const path = write(
      'joined.md',
      [
        '**Situation.** I kept the accounts for a small charity shop run by volunteers.',
        '',
        '**Task.** Each month I had to pay the rent and the card-machine fees.',
        '',
        '**Action and result.** In March I paid the rent twice from the wrong account and left us short for the fees.',
        '',
        '**Lesson.** I check the payee list against the last statement before every payment run now.',
        '',
      ].join('\n'),
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    // Read as a "#" heading is, "Action and result" heads the Result; the Action is told under it.
    expect(partLine(out, 'Action')).toMatch(/\snone\s+told under “Action and result”$/);
  });
});

describe('the summary line', () => {
  it('passes an answer with notes alone in the passing colour and counts the notes', async () => {
    const path = join(dir, 'short-but-whole.md');
    writeFileSync(
      path,
      'Last winter I forgot to set the proofer timer on my night shift at a bakery. Sixty trays of dough collapsed and a café chain got half its order three hours late. I rang their manager at seven, told her it was my mistake, and baked a second batch with the day team. I learned that a step done from memory is a step I will one day skip. I now keep a written close-down list and tick the timer line last, and we have had no late orders since. The owner now uses the same list for every shift, and the café renewed its contract in the spring. Looking back, the slip was mine alone: I had done the close-down so often that I stopped reading it, and a list I read each time is the only thing that has stopped it happening again.\n',
    );
    const result = await cli(['lint', path]);
    expect(result.stdout).toMatch(/On the short side/);
    expect(result.stdout).toMatch(/✔ 1 answer checked, no errors or warnings \(1 info\)/);
    expect(result.stdout).not.toMatch(/✖/);
    expect(result.code).toBe(0);
  });
});

describe('figures as a person reads them', () => {
  it('gives a huge answer its words with a thousands separator and its speaking time in hours and minutes', async () => {
    const path = join(dir, 'huge.md');
    const sentence = 'I rushed the migration and skipped the dry run, so I learned to check twice. ';
    writeFileSync(path, sentence.repeat(920)); // 13,800 words: 92 minutes at 150 a minute
    const out = (await cli(['lint', path], { env: { COLUMNS: '100' } })).stdout;
    expect(out).toMatch(/^ {2}Length +\S+ {2}13,800 words · 1 h 32 min spoken$/m);
  });

  it('moves a rule id too long for the message column left to end at the edge, at 40 columns', async () => {
    const path = join(dir, 'long-id.md');
    writeFileSync(
      path,
      'I sent the tenders to the wrong supplier list and we lost the Harlow bid. I learned to check the list against the brief, and now I always do.\n',
    );
    const out = (await cli(['lint', path], { env: { COLUMNS: '40' } })).stdout;
    const id = out.split('\n').find((l) => l.trim() === 'missing-corrective-action');
    expect(id, 'the id has a line of its own').toBeDefined();
    expect(displayWidth(id!)).toBe(40);
    expect(out.split('\n').filter((l) => displayWidth(l) > 40 && l !== path)).toEqual([]);
  });

  it('fits quotes with wide (CJK) characters to the width, counting each as two columns', async () => {
    const path = join(dir, 'wide.md');
    const run = '日本語のウェブサイトの新しいバージョンとモバイルアプリケーションの同時公開計画について';
    writeFileSync(
      path,
      `At my last job the launch of ${run} slipped by a month. Honestly it was not my fault. My manager never told me the deadline had moved up. I think maybe probably ${run} 我们的团队没有及时完成任务并且客户非常不满意这个结果 was late.\n`,
    );
    for (const columns of [50, 80, 100]) {
      const out = (await cli(['lint', path], { env: { COLUMNS: String(columns) } })).stdout;
      const wide = out.split('\n').filter((l) => /[\u3040-\u9fff]/u.test(l));
      expect(wide.length, 'the report quotes the wide characters').toBeGreaterThan(0);
      expect(wide.filter((l) => displayWidth(l) > columns)).toEqual([]);
    }
  });
});
