import type { CTRL_C } from './script.js';

/** A complete set of reflection answers of our own, for every prompt any framework uses. */
export const FULL_ANSWERS: Record<string, string> = {
  'what-happened':
    'I rushed a data migration for our clinic booking system and skipped the dry run, so a week of appointments moved to the wrong time zone.',
  pattern: 'When I am behind I cut the checks I consider routine; it has happened in smaller ways before.',
  'root-cause': 'I assumed the staging data matched production because it had last time, and I did not verify it.',
  'made-right':
    'I rolled the change back within two hours, told the practice manager it was my mistake and rang the affected patients with the receptionists.',
  context: 'In 2022 I was the only developer at a physiotherapy group with six clinics, looking after its booking system',
  responsibility: 'My job was to move the bookings to a new provider before the old contract ended in April',
  decision:
    'I skipped the dry run on a copy of production data to save a day, because staging had matched production before, and the import shifted 310 appointments by one hour',
  cost: 'Twenty-eight patients arrived an hour early or late that Monday, two clinics ran behind all day, and the practice manager had to apologise to a long-standing client',
  response:
    'I rolled the import back within two hours, told the practice manager the mistake was mine, and phoned the affected patients with the receptionists that afternoon',
  outcome: 'By Tuesday every booking was correct and the migration went through the following weekend, a week later than planned',
  lesson:
    'I learned that a check I skip because it passed last time is a check I have stopped doing, so routine checks have to be written down',
  change:
    'Since then I run every import against a full copy of production first and compare record counts and a sample of times before I switch',
  proof: 'Four months later that comparison caught a daylight saving error in a payroll import before it reached anyone',
  'role-link': 'For a role that owns data pipelines, that habit is exactly what keeps customers from seeing my mistakes',
};

/** The answers a user types for the STAR interview, in order, after the role questions. */
export function starScript(): Array<string | boolean | typeof CTRL_C | { select: unknown }> {
  return [
    'Data engineer',
    'data quality, ownership', // target
    'Clinic bookings moved an hour',
    'Missed a sprint goal by overcommitting',
    '', // brainstorm
    true,
    true,
    false,
    true, // screen the first
    true,
    false,
    false,
    false, // screen the second
    '<default>', // choose: the recommended story
    FULL_ANSWERS['what-happened']!,
    FULL_ANSWERS.pattern!,
    FULL_ANSWERS['root-cause']!,
    FULL_ANSWERS['made-right']!, // diagnose
    FULL_ANSWERS.context!,
    FULL_ANSWERS.responsibility!,
    FULL_ANSWERS.decision!,
    FULL_ANSWERS.cost!,
    '<default>', // response defaults to made-right
    FULL_ANSWERS.outcome!,
    FULL_ANSWERS.lesson!,
    FULL_ANSWERS.change!,
    FULL_ANSWERS.proof!,
    FULL_ANSWERS['role-link']!,
    { select: 'save' },
  ];
}

/**
 * The STAR script with a blaming first go at the decision: the coaching fires, the writer agrees
 * to rephrase, then gives the owned answer.
 */
export function starScriptWithBlame(): ReturnType<typeof starScript> {
  const script = starScript();
  const at = script.indexOf(FULL_ANSWERS.decision!);
  script.splice(
    at,
    1,
    'It was not my fault: the vendor changed the export format and nobody told me before the import ran',
    true,
    FULL_ANSWERS.decision!,
  );
  return script;
}
