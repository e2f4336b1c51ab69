/**
 * A deterministic corpus of varied answers for the benchmark: strong and weak, free-form and
 * headed, markdown and plain text, short and long. Every sentence is our own; the generator
 * recombines them with a seeded random number generator so each run lints the same files.
 */

const OPENINGS = [
  'In {year} I was the {role} at {org}, and my job was to {goal}.',
  'A few years ago I worked as a {role} for {org}, responsible for making sure we could {goal}.',
  'When I joined {org} as a {role}, the first big thing I owned was a plan to {goal}.',
  'Early in my career, as a {role} at {org}, I was asked to {goal}.',
];
const ROLES = [
  'project coordinator',
  'data analyst',
  'nurse manager',
  'backend engineer',
  'account manager',
  'store supervisor',
  'policy officer',
  'line cook',
  'teacher',
  'product designer',
  'finance associate',
  'support lead',
];
const ORGS = [
  'a regional hospital',
  'a logistics startup',
  'a city council',
  'a family-run bakery',
  'a software agency',
  'a secondary school',
  'an insurance broker',
  'a charity for young carers',
  'a manufacturing plant',
  'an online bookshop',
];
const GOALS = [
  'move our customer records to a new system',
  'launch a spring campaign on a tight budget',
  'cut waiting times in the clinic',
  'replace a paper process with a shared tracker',
  'ship a pricing change before the quarter closed',
  'run a survey of three hundred families',
];
const FAILURES = [
  'I skipped the full test because the sample passed, and {count} {things} went out wrong.',
  'I promised a date without checking with the people who had to do the work, and we missed it by {days} days.',
  'I assumed the old settings would carry over, and for a week {count} {things} were processed incorrectly.',
  'I did not confirm the change in writing, so the two teams built different versions and lost {days} days.',
  'I approved the plan on a Friday without a second reviewer, and on Monday {count} {things} needed fixing.',
];
const WEAK_FAILURES = [
  'Honestly it was not my fault; the vendor kept changing the requirements and nobody told me.',
  'Mistakes were made, and the report was sent out with the wrong numbers.',
  'My biggest weakness is that I care too much and work too hard, so I stay late a lot.',
  'I guess we maybe sort of missed the deadline, I think, because things were probably unclear.',
  'So, um, basically we like had a project and, you know, it literally went badly.',
];
const THINGS = ['invoices', 'orders', 'patients', 'customers', 'shipments', 'records', 'students'];
const ACTIONS = [
  'I told my manager the same day that it was my mistake, rolled back the change and rebuilt the affected records over the weekend.',
  'As soon as I saw it, I called the client, explained what had gone wrong and sent a corrected version that afternoon.',
  'I paused the rollout, listed every affected case, and worked with two colleagues to fix them one by one within {days} days.',
];
const RESULTS = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder this generator fills in, not a template literal
  'We kept the account, but it cost us about ${money} and some trust we had to rebuild.',
  'Everything was corrected within a week, though the launch slipped by {days} days.',
  'The fix held, and by the end of the month the numbers were back to normal.',
];
const LESSONS = [
  'What I learned is that a sample proves the process runs, not that it is right. Since then I test every change on a full copy first, and it has caught {count} problems before anyone saw them.',
  'I learned to check dates with the people doing the work before I give them to anyone. Now I never commit to a deadline until each owner has confirmed it, and my last {count} projects landed on time.',
  'The lesson for me was to put agreements in writing the same day. Today I send a short summary after every decision meeting, and the next project ran without a single misunderstanding.',
];
const WEAK_LESSONS = [
  'I learned to communicate better and be more careful.',
  'In the end it all worked out fine.',
  'Hopefully I would probably handle it better next time, maybe.',
];
const FILLER_SETUP = [
  'The organisation had grown quickly over the previous two years, and most of its processes had been designed for a team half the size.',
  'Our team met every Monday to review priorities, and the work was split between three small groups with different managers.',
  'There had been a lot of change that year, including a new director and a move to a different office across town.',
];

const DETAILS = [
  'I wrote down every affected case in a shared sheet so that nobody worked from an old list.',
  'The first thing I did was check whether anything else depended on the same assumption.',
  'I asked a colleague from another team to review my fix before it went out again.',
  'We agreed on a short daily check-in until the backlog was cleared.',
  'I kept the director updated twice a day, even when there was nothing new to report.',
  'By the third day we had a clear picture of what had gone wrong and why.',
];

/** The sentences that make a generated answer weak: an answer with none of them is a strong story. */
export const WEAK_SENTENCES: readonly string[] = [...WEAK_FAILURES, ...WEAK_LESSONS];

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusFile {
  name: string;
  text: string;
}

export function generateCorpus(count: number, seed = 20261125): CorpusFile[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fill = (template: string): string =>
    template
      .replace('{year}', String(2015 + Math.floor(random() * 10)))
      .replace('{role}', pick(ROLES))
      .replace('{org}', pick(ORGS))
      .replace('{goal}', pick(GOALS))
      .replace(/\{count\}/g, String(2 + Math.floor(random() * 400)))
      .replace(/\{things\}/g, pick(THINGS))
      .replace(/\{days\}/g, String(2 + Math.floor(random() * 20)))
      .replace('{money}', `${(1 + Math.floor(random() * 90)).toLocaleString('en-US')},000`);
  const files: CorpusFile[] = [];
  for (let i = 0; i < count; i++) {
    const weak = random() < 0.4;
    const setup = [fill(pick(OPENINGS)), ...Array.from({ length: Math.floor(random() * 4) }, () => pick(FILLER_SETUP))];
    const parts = {
      situation: setup.join(' '),
      action: [
        fill(pick(weak ? WEAK_FAILURES : FAILURES)),
        fill(pick(ACTIONS)),
        ...Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(DETAILS)),
      ].join(' '),
      result: fill(pick(RESULTS)),
      lesson: weak && random() < 0.6 ? pick(WEAK_LESSONS) : fill(pick(LESSONS)),
    };
    const headed = random() < 0.3;
    const text = headed
      ? `---\nquestion: Tell me about a time you failed.\n---\n\n# Answer ${i + 1}\n\n## Situation\n${parts.situation}\n\n## Action\n${parts.action}\n\n## Result\n${parts.result}\n\n## Lesson\n${parts.lesson}\n`
      : `${parts.situation}\n\n${parts.action}\n\n${parts.result}\n\n${parts.lesson}\n`;
    // Pad some answers towards rambling length, so sizes vary as real answers do.
    const padded =
      random() < 0.85
        ? `${text}\n${Array.from({ length: 4 + Math.floor(random() * 12) }, () => pick([...FILLER_SETUP, ...DETAILS])).join(' ')} ${fill(pick(LESSONS))}\n`
        : text;
    files.push({ name: `answer-${String(i + 1).padStart(4, '0')}.${random() < 0.15 ? 'txt' : 'md'}`, text: padded });
  }
  return files;
}
