/**
 * missing-stakes and the learned judgement: an answer that tells outright that its failure cost
 * nothing ("no harm done, the session ran on time"), with no serious consequence anywhere, is
 * reported whatever the answer score. The policy here is set so that the judgement alone never
 * speaks, which isolates the `certain` mark.
 */
import { describe, expect, it } from 'vitest';
import { reportedSilenced } from './silenced.js';

const answer = (consequence: string): string =>
  [
    'I run the Saturday coding club at our library, twelve children aged nine to eleven.',
    'One week I forgot to charge the six loan tablets the night before, so half of them were flat when the children arrived.',
    consequence,
    'I moved the children into pairs and we did the first exercise on paper while the tablets charged.',
    'I learned that a kit somebody else relies on needs a routine, not a good memory.',
    'Now I plug the tablets in every Friday at five and tick it off on the sheet by the door.',
  ].join(' ');

const stakes = (text: string): string[] => reportedSilenced('missing-stakes', text);

describe('missing-stakes and the learned judgement', () => {
  it('reports a failure told outright as costing nothing, even where the judgement would stay silent', () => {
    // The sentence that says so is reported; the judgement may point at another sentence besides.
    expect(stakes(answer('No harm was done in the end, and the session finished on time.'))).toContain('harmless');
  });

  it('does not read what a check of the fix found ("confirmed that it had no effect") as the failure costing nothing', () => {
    const text = answer('').replace(
      'while the tablets charged.',
      'while the tablets charged. I found one more tablet with a cracked case, and got the librarian to confirm in writing that it had no effect on the loan records.',
    );
    expect(stakes(text)).toEqual([]);
  });

  it("still reports someone else's finding that the failure cost nothing", () => {
    expect(stakes(answer('The audit afterwards showed that no harm was done, and the session finished on time.'))).toContain('harmless');
  });

  it('reports a story offered in place of a failure, with no large loss, even where the judgement would stay silent', () => {
    const text = [
      'Honestly, I have never really failed at anything that mattered.',
      'The closest was a week when I stayed late every night to get the gallery labels perfect, and the last two went up a day after opening.',
      'Visitors did not seem to notice, and the curator thanked me for the care I took.',
      'I learned that I should pace myself, and now I plan the label work a week earlier.',
    ].join(' ');
    // missing-stakes reads never-failed's and fake-weakness's checks: the story is offered in place of a failure.
    const found = reportedSilenced('missing-stakes', text, ['never-failed', 'fake-weakness']);
    expect(found).toContain('offered');
  });

  it('takes a risk named with what it put at stake as the stakes of a story offered in place of a failure', () => {
    const text = [
      'Honestly, I have never really failed at anything that mattered.',
      'The closest was a quarter when I held back the new rota too long, and there was a real risk we would lose two of our best drivers.',
      'I sat down with each of them and agreed their shifts in writing.',
      'I learned to settle a rota a month ahead, and now I publish it by the first of every month.',
    ].join(' ');
    expect(reportedSilenced('missing-stakes', text, ['never-failed', 'fake-weakness'])).not.toContain('offered');
  });

  it('reports a consequence told as no harm where no sentence names the failure in words of failure', () => {
    const text = [
      'I look after the caretaking at a small primary school.',
      'Last spring the side gate onto the lane was left unlocked all weekend after the summer fair.',
      'Nothing came of it in the end, and nobody got in.',
      'The head mentioned it on the Monday.',
      'Now I walk the whole fence line after every event and sign the gate sheet.',
    ].join(' ');
    expect(stakes(text)).toContain('harmless');
  });

  it('leaves it to the judgement when a cost is told', () => {
    expect(stakes(answer('Two families complained to the branch manager, and we lost a third of the session.'))).toEqual([]);
  });
  it('does not call a failure harmless when the answer says what it could have done to someone', () => {
    const ward = (risk: string): string =>
      `I was a care assistant on a dementia ward. On a night shift I gave a resident her thickened drink at the wrong consistency, because I read the chart for the bed next to hers. She coughed a little and settled, and she was fine by the morning. ${risk} I told the nurse in charge straight away and we watched her every half hour. I learned that I read the chart by name, never by bed. I now say the name out loud before every drink.`;
    expect(stakes(ward('The ward was quiet that night.'))).toContain('harmless');
    expect(stakes(ward('A thin drink can kill a resident who cannot swallow, by choking or a chest infection.'))).not.toContain('harmless');
    expect(stakes(ward('There was a real potential for her to aspirate.'))).not.toContain('harmless');
    expect(stakes(ward('The risk was very real that night.'))).not.toContain('harmless');
    // A figure of speech is no risk told.
    expect(stakes(ward('I could have died of embarrassment when I saw it.'))).toContain('harmless');
  });
});
