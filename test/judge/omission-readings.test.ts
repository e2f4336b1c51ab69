/**
 * The readings of the stakes and the fix: how big a consequence is for its unit, whether harm is
 * denied or told as no harm, who it reached, and who acted once it went wrong. The sentences are
 * ours, in trades and voices of our own, several typed as lowercase notes.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { omissionReadings } from '../../src/judge/omission-readings.js';
import { answerOmissionFeatures, omissionEvidence } from '../../src/judge/omission-answer.js';
import type { Judgement } from '../../src/judge/judge.js';
import { analyseAnswer } from '../../src/judge/judge.js';
import { parseAnswer } from '../../src/answer/parse.js';

const readings = (text: string): string[] => {
  const tokens = analyse(text, 0);
  return omissionReadings(tokens, clauseEvents(tokens));
};

describe('the size of a consequence, for its unit', () => {
  it.each([
    ['The kiosk was offline for twenty minutes.', 'sk:small-time'],
    ['the walk-in freezer sat warm for 9 hours', 'sk:mid-time'],
    ['The rollout slipped by four months.', 'sk:large-time'],
    ['We refunded 1,200 tickets.', 'sk:large-count'],
    ['two invoices went out with the old logo', 'sk:small-count'],
    ['It cost the firm £18,000 in penalties.', 'sk:large-sum'],
    ['the refit ran to 2 million dollars', 'sk:large-sum'],
    ['the replacement part was $40', 'sk:small-sum'],
    ['we wrote off £3k of paint', 'sk:large-sum'],
    // Thousands told with "k" and no noun after them are money, as people say it.
    ['two walls came down, about 6k plus 4 days on the programme', 'sk:large-sum'],
    ['the reprint set us back 12k', 'sk:large-sum'],
    ['The brochure went to print one day later than planned.', 'sk:mid-time'],
    // The noun counted stands past the words that describe it.
    ['the script wiped about 9,000 active customer baskets', 'sk:large-count'],
    ['We logged around 640 failed card payments.', 'sk:large-count'],
    ['the fix took 3 more weeks', 'sk:large-time'],
  ])('%s → %s', (text, feature) => {
    expect(readings(text)).toContain(feature);
  });

  it('does not read a point in time as how long the harm lasted', () => {
    for (const text of ['twelve minutes into the service the fryer tripped', 'Two days later the auditor rang.']) {
      expect(
        readings(text).filter((f) => f.endsWith('-time')),
        text,
      ).toEqual([]);
    }
  });

  it('does not read the level a range reached as a count of what was lost', () => {
    const r = readings('I grew the newsletter from nothing to 12,000 paying readers.');
    expect(r.filter((f) => f.endsWith('-count'))).toEqual([]);
  });

  it('does not read thousands of a counted thing as money', () => {
    expect(readings('the outage hit 40k users for an hour')).not.toContain('sk:large-sum');
  });

  it('does not read a year or a share as a count', () => {
    const r = readings('In 2019 about 12% of the stock was damp.');
    expect(r.filter((f) => /count|sum|time/.test(f))).toEqual([]);
  });
});

describe('harm denied, told as no harm, or caught in time', () => {
  it.each([
    ['Nobody outside the office ever saw it.', 'sk:denied'],
    ['no passenger missed a connection', 'sk:denied'],
    ['The audit logged no findings against us.', 'sk:denied'],
    ["it didn't reach anyone in the end", 'sk:denied'],
    ['The tasting went fine and the buyer placed the order anyway.', 'sk:well'],
    ['honestly the parents were happy with it', 'sk:well'],
    ['i spotted the wrong dosage on the chart before the round started', 'sk:caught-before'],
    ['The relaunch went ahead that Friday with no disruption to bookings.', 'sk:denied'],
    ['none of the tenants were bothered by it', 'sk:denied'],
    ['we lost no orders over the weekend', 'sk:denied'],
    ['the school trip worked out fine in the end', 'sk:well'],
    ['The cutover went well over the weekend and nobody minded.', 'sk:well'],
    ['The caller held for ten minutes; he was perfectly okay with it.', 'sk:well'],
    ['we pulled the mailing before it reached any of the members', 'sk:caught-before'],
    ['In the end no tenants were affected.', 'sk:denied'],
    ['I fixed the rota before the new week started.', 'sk:caught-before'],
    ['The pharmacist caught the wrong dose before it reached the ward.', 'sk:caught-before'],
    ['a few members asked, but most of the others never noticed', 'sk:denied'],
    ['nobody really needed the figures before the Monday', 'sk:denied'],
    // Denied "anyway", a further clause says the harm could not have come; "since" giving a reason is no time since.
    ["The buyer was fine, they hadn't opened the catalogue anyway.", 'sk:well'],
    ['My manager said it was okay, since the launch was still a fortnight off.', 'sk:well'],
    // The speaker's own feeling after "but" is no harm done.
    ['The tenants were fine with it, but I felt awful about the mix-up.', 'sk:well'],
    // "any" in a clause whose verb is denied denies the harm noun as "no" does.
    ["In the end it didn't cause any real problems for the depot.", 'sk:denied'],
    ["There weren't any complaints from the allotment holders.", 'sk:denied'],
    // "yet" closing its clause is an adverb of time, and "so" before an adjective sizes it: neither goes on to more.
    ["The swap didn't cause any problems, because nobody had moved to the new system yet.", 'sk:denied'],
    ['No tenants complained, and the fix was so quick.', 'sk:denied'],
    // A reaction denied: nobody said a word about it.
    ['the site manager never said anything about it', 'sk:denied'],
  ])('%s → %s', (text, feature) => {
    expect(readings(text)).toContain(feature);
  });

  it.each([
    ['No van came on the Monday, so the stock sat in the yard.'],
    ['Nobody was injured, but the crew lost a full day on the scaffold.'],
    ['nobody noticed until the client rang on the monday'],
    ['The second batch went fine once the oven was recalibrated.'],
    ['Since then nothing has gone out with the wrong label.'],
    ["The nightly backups were fine; the restore from them wasn't possible."],
    ['Nothing goes to the printer until two of us have read it.'],
    ['We built no slack into the rota at all.'],
    ['Nobody noticed the leak for three days.'],
    ['No one called the family back that week.'],
    ['The pilot went well, so we rolled it out to every branch.'],
    ['There was no impact assessment for the change.'],
    ['nobody knew how to restore the server, so we were down all day'],
    // "with no …" tells how the work was done; only a harm named after it is a harm denied.
    ['The ledger was lost when I ran the purge with no backup step.'],
    // "well" sizing a loss is no verdict of all well.
    ['The repair and the refunds were well over nine thousand pounds.'],
    ['The refit went well over its budget.'],
    ['The shoot ran well into the night and the crew were paid overtime.'],
  ])('a harm told, a later instance or a practice is not a harm denied: %s', (text) => {
    expect(readings(text).filter((f) => f === 'sk:denied' || f === 'sk:well')).toEqual([]);
  });

  it.each([
    ['The effect on the delivery round was minor.'],
    ['the only real impact was a ten-minute wait at the counter'],
    ['The only thing that came of it was one query from a tenant.'],
    ['Two labels were reprinted, and that was all.'],
  ])('a consequence called small in so many words is softened: %s', (text) => {
    expect(readings(text)).toContain('sk:softened');
  });

  it.each([
    // A constraint, not a cost; the reach, not its size.
    ['Time was limited, so I skipped the second read of the plans.'],
    ['The effect was limited to two of the branches.'],
    // A size that is not small, whatever words frame it.
    ['the only cost was 3,000 spoiled meals'],
    ['The only real impact was that we lost 14 weeks on the build.'],
    // What the speaker was, or what might have been.
    ['I was a minor part of the bid team.'],
    ['The impact could have been minimal if I had called sooner.'],
    // Shrunk, then gone on from to what it cost or risked.
    ['She came out with a bit of a cough and was fine, but a minute more in that room could have killed her.'],
  ])('a constraint, a size that is not small, the speaker, or a shrinking gone on from is not softened: %s', (text) => {
    expect(readings(text)).not.toContain('sk:softened');
  });

  it.each([
    ['I phoned the client before word reached her some other way.'],
    ['Now I check the labels before any pallet leaves.'],
    ['i found the folder the day before the audit'],
    ['I caught the error, but not before it reached two hundred staff.'],
    ['I spotted it before the meeting that I had sent the wrong file.'],
    ['My deputy caught two more stale holds before they caused any clash.'],
    ['We caught most of the wrong invoices before the statements were mailed.'],
  ])('telling someone first, a practice, or a find with no slip stopped is not caught in time: %s', (text) => {
    expect(readings(text)).not.toContain('sk:caught-before');
  });

  it.each([
    ['There was no bread for the morning service.'],
    ['The tiles never bonded and the whole floor had to come up.'],
    ['I did not check the torque settings.'],
    ['The crane was no longer certified.'],
    ['we did well on the second audit as well'],
  ])('a harm told or a slip of the speaker is not a harm denied: %s', (text) => {
    expect(readings(text).filter((f) => f === 'sk:denied' || f === 'sk:well')).toEqual([]);
  });

  it('reads a consequence shrunk in the telling, and not the speaker describing themselves', () => {
    for (const text of [
      'The Tuesday list ran a little short.',
      'It was a bit of a scramble for the desk that week.',
      'It was not a big deal.',
    ])
      expect(readings(text), text).toContain('sk:softened');
    for (const text of ['I was a bit of a mess that week.', 'I was a bit too trusting of the old rota.'])
      expect(readings(text), text).not.toContain('sk:softened');
  });

  it('reads who the consequence reached and feelings told as the cost', () => {
    expect(readings('Forty tenants were left without heating.')).toContain('sk:outside');
    expect(readings('i was mortified when i saw it')).toContain('sk:feeling');
    expect(readings('The foreman was annoyed.')).not.toContain('sk:outside');
  });

  it('reads people reached by the failure from what they did about it', () => {
    for (const text of [
      'Two of the choir families stopped coming after Easter.',
      'the landlord cancelled our lease renewal',
      'A parent complained to the head the next morning.',
      'Three of the apprentices had left by March.',
      'two diners walked out before the mains came',
    ])
      expect(readings(text), text).toContain('sk:reacted');
    for (const text of [
      'Nobody complained about the new rota.',
      'If the landlord had cancelled, we would have had to move.',
      'We had six pallets left on the dock.',
      'We stopped using the paper forms in May.',
      "The parents didn't complain.",
    ])
      expect(readings(text), text).not.toContain('sk:reacted');
  });

  it.each(['i felt awful about the wasted batch', 'honestly i was upset with myself', 'i started to panic when the till froze'])(
    'reads a feeling in a short word as the cost: "%s"',
    (text) => {
      expect(readings(text)).toContain('sk:feeling');
    },
  );
});

describe('a risk told with what it put at stake', () => {
  it.each([
    ['There was a real risk we would lose two of our biggest accounts.'],
    ['the mix-up put three residents at risk'],
    ['The lamb came out underdone, with a risk of food poisoning for the whole table.'],
    // The stakes named as such, then what a party might have done.
    ['so the stakes were real: the lender could have taken the loan back'],
    // What could be lost, named as what was at stake.
    ['Her place on the course was at stake that morning.'],
    ['The whole contract was at stake, and the buyer knew it.'],
    // Harm to a life told as what such a slip leads to.
    ["That's how people die on a building site."],
    ['this is how a climber gets killed'],
  ])('%s → sk:risk', (text) => {
    expect(readings(text)).toContain('sk:risk');
  });

  it.each([
    ['There was no risk to anyone on the site.'],
    ['It was a low risk of any delay.'],
    ['I now log every risk on the board before the shift.'],
    ['We take the risk that a van runs late.'],
    ['Nothing much was at stake: the client could have waited a day.'],
    ['The stakes were low, and the buyer would have shrugged.'],
    ['Nothing was at stake that day.'],
    ['No money was at stake, only my pride.'],
    ['Not much money was at stake that week.'],
    ["That's not how anyone gets hurt."],
    ["That's how I learned to check the valve."],
  ])('a risk denied, made small or managed now is no stake: %s', (text) => {
    expect(readings(text)).not.toContain('sk:risk');
  });
});

describe('who acted once it went wrong', () => {
  it.each([
    ['I rang the supplier, reordered the glass and refitted both panes that week.', 'rm:self-did'],
    ['we rolled the config back and paged the owner', 'rm:self-did'],
    ['The site supervisor pulled the scaffold tag and rebuilt the bay.', 'rm:others-did'],
    ['my line manager phoned the family and apologised', 'rm:others-did'],
    ['The night manager did the refunds herself.', 'rm:others-did'],
    ['The booking was eventually rearranged.', 'rm:nobody-did'],
    ['The orders more or less recovered on their own once the weather turned.', 'rm:nobody-did'],
    ['It sorted itself out by the Friday.', 'rm:nobody-did'],
  ])('%s → %s', (text, feature) => {
    expect(readings(text)).toContain(feature);
  });

  it('a thing stressed with "itself" before its verb has not cleared on its own', () => {
    expect(readings('The tool itself failed on the Monday.')).not.toContain('rm:nobody-did');
  });

  it('a discovery, a feeling or a wish is not a fix', () => {
    for (const text of ['I noticed the error on Monday.', 'I felt terrible about it.', 'i should have called the client straight away']) {
      expect(readings(text), text).not.toContain('rm:self-did');
    }
  });

  it('someone else acting does not count as the speaker fixing it when the speaker acts too', () => {
    expect(readings('The chef binned the batch and I remade it from scratch.')).not.toContain('rm:others-did');
  });
});

/** A judgement whose sentence scores are given by hand: failure first, then the parts. */
function judged(text: string, parts: Record<string, number[]>): Judgement {
  const answer = parseAnswer(text);
  const sentences = analyseAnswer(answer);
  const scores = new Map<string, number[]>();
  for (const label of ['failure', 'stakes', 'remedy', 'lesson', 'prevention']) {
    scores.set(label, parts[label] ?? sentences.map(() => 0));
  }
  return { sentences, scores };
}

describe('the answer readings and where an omission points', () => {
  const harmless = [
    'i run the stockroom at a garden centre.',
    'last spring i priced a pallet of compost at the wrong rate.',
    'a colleague spotted it on the shelf edge within the hour and no customer ever saw the wrong price.',
    'i fixed the label and now i check the first label off every new pallet.',
  ].join('\n');

  it('points missing-stakes at the harmless consequence and reads the stakes as unsure', () => {
    const j = judged(harmless, { failure: [0, 0.9, 0, 0], lesson: [0, 0, 0, 0.2], prevention: [0, 0, 0, 0.8] });
    expect(omissionEvidence(j, 'missing-stakes')).toEqual([2]);
    const f = answerOmissionFeatures(j, 'missing-stakes');
    expect(f).toContain('om:stakes<0.35');
    expect(f).toContain('om:harm-denied');
    expect(answerOmissionFeatures(j, 'missing-lesson')).toEqual([]);
  });

  const othersFixed = [
    'I was the night porter at a care home.',
    'I left the side gate unlocked after a delivery and one resident walked out into the lane.',
    'Her son had to leave work early and a neighbour walked her home, cold but unhurt, forty minutes later.',
    'The duty nurse checked her over and the manager called her son.',
    'Since then I lock the gate and sign the sheet at every delivery.',
  ].join(' ');

  it('points missing-corrective-action at the fix someone else made, not at the cost', () => {
    const j = judged(othersFixed, { failure: [0, 0.95, 0, 0, 0], stakes: [0, 0, 0.9, 0, 0], prevention: [0, 0, 0, 0, 0.9] });
    expect(omissionEvidence(j, 'missing-corrective-action')).toEqual([3]);
    const f = answerOmissionFeatures(j, 'missing-corrective-action');
    expect(f).toContain('om:others-only');
    expect(f).toContain('om:self-did-none');
  });

  it('reads the speaker acting after the failure as a fix of their own', () => {
    const text = othersFixed.replace(
      'The duty nurse checked her over and the manager called her son.',
      'I rang her son, wrote up the incident and walked the lane with the nurse.',
    );
    const j = judged(text, { failure: [0, 0.95, 0, 0, 0], stakes: [0, 0, 0.9, 0, 0], prevention: [0, 0, 0, 0, 0.9] });
    const f = answerOmissionFeatures(j, 'missing-corrective-action');
    expect(f).not.toContain('om:others-only');
    expect(f).not.toContain('om:self-did-none');
    expect(omissionEvidence(j, 'missing-corrective-action')).toEqual([]);
  });

  const jumpsToLesson = [
    'I coordinated volunteers for a coastal bird survey.',
    'I sent the new counters to the wrong headland, and the morning count was lost.',
    'The whole season then needed a repeat visit in June, which cost the trust about £2,000.',
    'I learned that a briefing is not finished until each person repeats back where they are going.',
    'Now every counter reads the meeting point back to me before they set off.',
  ].join(' ');

  it('points a missing fix at where the story turns to its lesson with no fix between', () => {
    const j = judged(jumpsToLesson, {
      failure: [0, 0.95, 0, 0, 0],
      stakes: [0, 0, 0.9, 0, 0],
      lesson: [0, 0, 0, 0.95, 0],
      prevention: [0, 0, 0, 0, 0.9],
    });
    expect(omissionEvidence(j, 'missing-corrective-action')).toEqual([2]);
    // The same place tells a large cost: no gap in the stakes there.
    expect(omissionEvidence(j, 'missing-stakes')).toEqual([]);
  });

  it('points missing stakes at a small outcome told just before the lesson', () => {
    const small = jumpsToLesson.replace(
      'The whole season then needed a repeat visit in June, which cost the trust about £2,000.',
      'We went back the following week and counted it then.',
    );
    const j = judged(small, {
      failure: [0, 0.95, 0, 0, 0],
      lesson: [0, 0, 0, 0.95, 0],
      prevention: [0, 0, 0, 0, 0.9],
    });
    expect(omissionEvidence(j, 'missing-stakes')).toEqual([2]);
    // "We went back…" is the team acting: a fix told, so no gap for the fix there.
    expect(omissionEvidence(j, 'missing-corrective-action')).toEqual([]);
  });

  it('points a missing lesson at the remark that closes the story in its place', () => {
    const text = [
      'I ran the night desk at a regional paper.',
      'I sent the front page to print with last year’s date on the masthead.',
      'About 9,000 copies went out before the morning editor saw it.',
      'I rang the printer and we reprinted the first edition by six.',
      'It was a reminder that nights like that come with the job.',
    ].join(' ');
    const j = judged(text, { failure: [0, 0.95, 0, 0, 0], stakes: [0, 0, 0.9, 0, 0], remedy: [0, 0, 0, 0.9, 0] });
    expect(omissionEvidence(j, 'missing-lesson')).toEqual([4]);
    // With a lesson told last, the remark before it is not where the lesson belongs.
    const told = judged(text, {
      failure: [0, 0.95, 0, 0, 0],
      stakes: [0, 0, 0.9, 0, 0],
      remedy: [0, 0, 0, 0.9, 0],
      lesson: [0, 0, 0, 0, 0.9],
    });
    expect(omissionEvidence(told, 'missing-lesson')).toEqual([]);
  });

  it('points a missing lesson at a saying offered as the insight rather than at the remark after it', () => {
    const text = [
      'I ran the night desk at a regional paper.',
      'I sent the front page to print with last year’s date on the masthead.',
      'About 9,000 copies went out before the morning editor saw it.',
      'I rang the printer and we reprinted the first edition by six.',
      'It just goes to show that anything can happen.',
      'Nobody mentioned it again.',
    ].join(' ');
    const j = judged(text, { failure: [0, 0.95, 0, 0, 0, 0], stakes: [0, 0, 0.9, 0, 0, 0], remedy: [0, 0, 0, 0.9, 0, 0] });
    expect(omissionEvidence(j, 'missing-lesson')).toEqual([4]);
  });

  const background = [
    'I ran the dispatch desk for a regional courier with forty vans and two depots.',
    'Every van went out at seven with a route printed the night before, and the drivers phoned in when they were running late.',
    'The depots shared one planning system that the head office team looked after.',
    'In my second month I sent the Tuesday routes to the wrong depot, and nine vans left without their parcels.',
    'I now check the depot code before I send.',
  ].join(' ');

  it('measures the setup up to where the failure scores, not where a word of trouble first shows', () => {
    // "running late" in the second sentence is background; the failure is the fourth sentence.
    const j = judged(background, { failure: [0, 0.1, 0, 0.95, 0], prevention: [0, 0, 0, 0, 0.9] });
    const f = answerOmissionFeatures(j, 'star-structure');
    expect(f).toEqual(['om:setup>=0.3', 'om:setup>=0.4', 'om:setup>=0.5']);
    expect(omissionEvidence(j, 'star-structure')).toEqual([0, 1, 2]);
  });

  it('reads no long setup when the failure comes early, nor in an answer under STAR headings', () => {
    const early = judged(background, { failure: [0, 0.95, 0, 0.95, 0] });
    expect(answerOmissionFeatures(early, 'star-structure')).not.toContain('om:setup>=0.4');
    expect(omissionEvidence(early, 'star-structure')).toEqual([]);
    const headed = ['## Situation', ...background.split('. ').slice(0, 3), '## Action', ...background.split('. ').slice(3)].join('\n\n');
    const j = judged(headed, { failure: [0, 0, 0, 0.95, 0] });
    expect(answerOmissionFeatures(j, 'star-structure')).toEqual([]);
  });
});
