/**
 * A complete answer of our own that passes every rule; rule tests swap one part of it to show
 * the flaw in context, so whole-answer rules are tested on whole answers.
 */
export const BASE = {
  situation:
    'In 2023 I was the release coordinator for a mobile banking app with about 90,000 users, and my job was to ship the quarterly update by the end of June.',
  failure:
    'I approved the release without running the full regression suite on older Android phones, because the new tests had passed and I wanted to hit the date. The update crashed on launch for roughly 6,000 customers on Android 11, and the app store rating fell from 4.5 to 3.9 in two days.',
  action:
    'I paused the rollout within an hour of the first reports, told my manager and the support lead that I had skipped the older-device run, and worked with two developers through the night on a fix. I also wrote the message that support sent to every affected customer.',
  result: 'The fixed version reached everyone within 36 hours, and our rating recovered to 4.4 over the next month.',
  lesson:
    'What I learned is that a deadline is never a reason to shrink the test plan; it is a reason to start it earlier. Since then I run the full device suite on every release candidate at least three days before the date, and I block the release myself if it has not finished. Over the following four releases that rule caught two crashes before any customer saw them.',
};

export function answer(parts: Partial<typeof BASE> = {}): string {
  const merged = { ...BASE, ...parts };
  return `${[merged.situation, merged.failure, merged.action, merged.result, merged.lesson].filter(Boolean).join('\n\n')}\n`;
}
