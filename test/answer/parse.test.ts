import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseAnswer } from '../../src/answer/parse.js';
import { LONGEST_SENTENCE } from '../../src/answer/text.js';
import { answerStats } from '../../src/lint/engine.js';

function sentenceTexts(source: string, markdown = true): string[] {
  return parseAnswer(source, { markdown }).sentences.map((s) => s.text.replace(/\s+/g, ' ').trim());
}

describe('parseAnswer: sentences', () => {
  it('splits on sentence ends but not inside versions, decimals, abbreviations or initialisms', () => {
    expect(sentenceTexts('I shipped v2.1 on 3 May. Dr. Okafor saw it first, e.g. on her phone. It cost $4.50 each! Then what?')).toEqual([
      'I shipped v2.1 on 3 May.',
      'Dr. Okafor saw it first, e.g. on her phone.',
      'It cost $4.50 each!',
      'Then what?',
    ]);
  });

  it("keeps a name's initial after a capitalised word inside its sentence, and ends one on a lone capital after a plain word", () => {
    expect(sentenceTexts('I quoted Councillor M. Osei by mistake. We picked option B. The vendor agreed.')).toEqual([
      'I quoted Councillor M. Osei by mistake.',
      'We picked option B.',
      'The vendor agreed.',
    ]);
  });

  it('ends a sentence at a closing quotation mark', () => {
    expect(sentenceTexts('She said, "Roll it back." So I did.')).toEqual(['She said, "Roll it back."', 'So I did.']);
  });

  it('keeps list items and paragraphs apart even without full stops', () => {
    expect(sentenceTexts('What I changed:\n\n- a checklist\n- a second reviewer\n')).toEqual([
      'What I changed:',
      'a checklist',
      'a second reviewer',
    ]);
  });
});

describe('parseAnswer: a sentence that never stops', () => {
  it('cuts a run past LONGEST_SENTENCE after its last comma in reach, losing no word', () => {
    const clause = 'we kept the spare keys in the van, ';
    const source = `I failed once. ${clause.repeat(200)}and that was that.`;
    const answer = parseAnswer(source, { markdown: false });
    expect(answer.sentences.length).toBeGreaterThan(5);
    for (const s of answer.sentences) expect(s.end - s.start).toBeLessThanOrEqual(LONGEST_SENTENCE);
    // Every piece but the last ends on the comma of a clause: no clause is split inside.
    for (const s of answer.sentences.slice(1, -1)) expect(s.text.endsWith('van,')).toBe(true);
    const words = answer.sentences.flatMap((s) => s.words.map((w) => w.norm));
    expect(words.length).toBe(3 + 8 * 200 + 4);
  });

  it('cuts a run with no comma at a space, and one with no space anywhere between characters, never inside a pair', () => {
    const spaced = parseAnswer(`I failed. ${'word '.repeat(1000)}`, { markdown: false });
    expect(spaced.sentences.every((s) => s.end - s.start <= LONGEST_SENTENCE && !s.text.startsWith(' '))).toBe(true);
    expect(spaced.sentences.flatMap((s) => s.words).length).toBe(1002);
    // The limit falls on the second half of an emoji: the cut moves back before the pair.
    const solid = parseAnswer(`a${'😀'.repeat(1000)}b`, { markdown: false });
    expect(solid.sentences.length).toBeGreaterThan(1);
    for (const s of solid.sentences) expect(s.text).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(solid.sentences.map((s) => s.text).join('')).toBe(`a${'😀'.repeat(1000)}b`);
  });

  it('leaves a long sentence a person would say whole', () => {
    const sentence = `${'After the second audit I went back through every invoice we had sent that quarter, '.repeat(8).trim()} and I found four more.`;
    expect(sentenceTexts(sentence, false)).toEqual([sentence]);
  });
});

describe('parseAnswer: what a speaker would not say', () => {
  it('skips front matter, code, HTML comments, link targets and markup', () => {
    const source = [
      '---',
      'role: analyst',
      '---',
      '# Title',
      'I read the [runbook](https://example.invalid/runbook) and ran `make deploy`.',
      '<!-- a note to myself -->',
      '```',
      'rm -rf build',
      '```',
      '**Then** it failed.',
    ].join('\n');
    const answer = parseAnswer(source, { parseYaml });
    expect(answer.sentences.map((s) => s.words.map((w) => w.text).join(' '))).toEqual(['I read the runbook and ran', 'Then it failed']);
    expect(answer.frontMatter?.data).toEqual({ role: 'analyst' });
    expect(answer.comments.map((c) => c.body.trim())).toEqual(['a note to myself']);
  });

  it('reports malformed front matter as data, not as an exception', () => {
    const answer = parseAnswer('---\nrole: [unclosed\n---\nI failed.\n', { parseYaml });
    expect(answer.frontMatter?.error).toBeTruthy();
    expect(answer.sentences).toHaveLength(1);
  });

  it('treats .txt text literally: a hash is not a heading', () => {
    expect(sentenceTexts('# of tickets doubled.', false)).toEqual(['# of tickets doubled.']);
  });
});

describe('parseAnswer: quotations', () => {
  it('marks words inside straight and curly quotes, not apostrophes', () => {
    const answer = parseAnswer('He said “ship it now” and I didn\'t argue; the clients\' data was "fine", she said.');
    const quoted = answer.sentences[0]!.words.filter((w) => w.quoted).map((w) => w.text);
    expect(quoted).toEqual(['ship', 'it', 'now', 'fine']);
  });
});

describe('parseAnswer: positions', () => {
  it('maps offsets to 1-based line and UTF-16 column', () => {
    const source = 'First line.\nSecond 😀 line with a mistake.\n';
    const answer = parseAnswer(source);
    const word = answer.sentences[1]!.words.find((w) => w.text === 'mistake')!;
    expect(answer.locate(word.start)).toEqual({ line: 2, column: 23 });
    expect(source.slice(word.start, word.end)).toBe('mistake');
  });

  it('counts columns after a byte-order mark and across CRLF line ends', () => {
    const source = '\uFEFFI failed.\r\nThen I fixed it.\r\n';
    const answer = parseAnswer(source);
    expect(answer.locate(answer.sentences[0]!.start)).toEqual({ line: 1, column: 1 });
    expect(answer.locate(answer.sentences[1]!.start)).toEqual({ line: 2, column: 1 });
    const fixed = answer.sentences[1]!.words.find((w) => w.text === 'fixed')!;
    expect(answer.locate(fixed.start)).toEqual({ line: 2, column: 8 });
  });

  it('reads a lone carriage return (old Mac line ends) as a line end', () => {
    const source = '# My answer\rI lost the key.\rThen I fixed the lock.\r';
    const answer = parseAnswer(source);
    expect(answer.sentences.map((s) => s.text)).toEqual(['I lost the key.', 'Then I fixed the lock.']);
    expect(answer.locate(answer.sentences[1]!.start)).toEqual({ line: 3, column: 1 });
  });
});

describe('parseAnswer: a label line with an aside in brackets', () => {
  it('reads "Action (and where it went wrong)" on its own line as the Action heading, not a sentence', () => {
    const text = [
      'Situation',
      'I ran the goods-in desk at a garden centre.',
      'Action (and where it went wrong)',
      'I booked two lorries into one slot. I rang the second haulier and moved him.',
      'Result',
      'Both loads were in by noon.',
    ].join('\n\n');
    const answer = parseAnswer(`${text}\n`);
    expect(answer.headings.map((h) => [h.text, h.part])).toEqual([
      ['Situation', 'situation'],
      ['Action (and where it went wrong)', 'action'],
      ['Result', 'result'],
    ]);
    expect(answer.sentences.map((s) => s.text)).not.toContain('Action (and where it went wrong)');
  });
});

describe('parseAnswer: characters that stand in for plain ones', () => {
  it('ends a sentence at a no-break, thin or ideographic space after the stop, offsets unchanged', () => {
    for (const space of ['\u00a0', '\u00a0 ', '\u2009', '\u202f', '\u3000']) {
      const source = `I sent the wrong file.${space}Then I called the client.${space}I apologised.\n`;
      const answer = parseAnswer(source);
      expect(answer.sentences, JSON.stringify(space)).toHaveLength(3);
      const called = answer.sentences[1]!.words.find((w) => w.norm === 'called')!;
      expect(source.slice(called.start, called.end)).toBe('called');
    }
  });

  it('reads the modifier-letter and prime apostrophes as the apostrophe', () => {
    const answer = parseAnswer('It wasn\u02bct planned, and I\u2032d never done it.\n');
    expect(answer.sentences[0]!.words.map((w) => w.norm)).toEqual(['it', "wasn't", 'planned', 'and', "i'd", 'never', 'done', 'it']);
  });

  it('reads a word through the soft hyphens, joiners and byte-order marks pasted text leaves in it, offsets unchanged', () => {
    const source = 'The hand\u00adover was mis\u200dsed, and the \ufeffdata went un\u2060checked.\n';
    const words = parseAnswer(source).sentences[0]!.words;
    expect(words.map((w) => w.norm)).toEqual(['the', 'handover', 'was', 'missed', 'and', 'the', 'data', 'went', 'unchecked']);
    const missed = words[3]!;
    expect(source.slice(missed.start, missed.end)).toBe('mis\u200dsed');
  });

  it('keeps a zero-width space between words, and an invisible character at a word’s end out of it', () => {
    const words = parseAnswer('It was not\u200bmy\u200bfault\u00ad, honestly.\n').sentences[0]!.words;
    expect(words.map((w) => w.text)).toEqual(['It', 'was', 'not', 'my', 'fault', 'honestly']);
  });

  it('composes an accent typed apart from its letter, in the word and its norm', () => {
    const source = 'My nai\u0308ve plan failed.\n';
    const words = parseAnswer(source).sentences[0]!.words;
    expect(words.map((w) => w.norm)).toEqual(['my', 'naïve', 'plan', 'failed']);
    expect(source.slice(words[1]!.start, words[1]!.end)).toBe('nai\u0308ve');
  });
});

describe('parseAnswer: sections', () => {
  it("takes sections from the writer's headings, synonyms included", () => {
    const answer = parseAnswer(
      '# My story\n\n## Background\nI ran the desk.\n\n## What I did\nI called them.\n\n## Outcome\nIt held.\n\n## Takeaways\nI check first.\n',
    );
    expect(answer.explicitSections).toBe(true);
    expect(answer.sections.map((s) => [s.part, s.heading])).toEqual([
      ['situation', 'Background'],
      ['action', 'What I did'],
      ['result', 'Outcome'],
      ['lesson', 'Takeaways'],
    ]);
  });

  it('reads a line that is one short bold phrase as a heading, and not a bold sentence', () => {
    const answer = parseAnswer(
      '**Context**\nI ran the stockroom at a garden centre.\n\n**The failure**\nI priced a pallet of compost at half the rate.\n\n**The cost**\nWe sold forty bags at a loss.\n\n**What I learned**\nA new price needs a second pair of eyes.\n\n**I still think about it.**\nIt was a cheap lesson.\n',
    );
    expect(answer.explicitSections).toBe(true);
    expect(answer.headings.map((h) => `${h.text}:${h.part}`)).toEqual([
      'Context:situation',
      'The failure:action',
      'The cost:result',
      'What I learned:lesson',
    ]);
    expect(sentenceTexts('**What I did**\nI called the depot.\n')).toEqual(['I called the depot.']);
    expect(sentenceTexts('**I never checked the date.** The van left.\n')).toEqual(['I never checked the date.', 'The van left.']);
  });

  it('reads the first sentence under a heading that names the lesson as the lesson, and under one that names the change as the change', () => {
    const answer = parseAnswer(
      '## What happened\nI sent the rota to the wrong depot.\n\n## What I learned\nA rota is a promise to forty people.\n\n## Since then\nI read the depot code back before I send.\n',
    );
    expect(answer.sentences.map((s) => s.signals.lesson)).toEqual([false, true, false]);
    // "Since then" and "What I do now" name the change told under them.
    expect(answer.sentences.map((s) => s.signals.prevention)).toEqual([false, false, true]);
    const labelled = parseAnswer(
      'Situation: I ran the depot rota.\n\nWhat I did: I rebuilt the week by hand.\n\nWhat changed: every Friday the rota gets a second read.\n',
    );
    expect(labelled.sentences.map((s) => s.signals.prevention)).toEqual([false, false, true]);
  });

  it('infers parts of a free-form answer in STAR order and shows that they were inferred', () => {
    const answer = parseAnswer(
      'Last year I was the on-call engineer for our payments API, and my job was to keep it up. I pushed a config change without a canary and it took checkout down for 20 minutes. I rolled it back and told my manager what I had done. We lost about 200 orders. I learned that small changes need canaries too, and since then I canary every change.',
    );
    const stats = answerStats(answer);
    expect(stats.sections.every((s) => s.inferred)).toBe(true);
    const parts = stats.sections.map((s) => s.part);
    expect(parts[0]).toBe('situation');
    expect(parts[parts.length - 1]).toBe('lesson');
    expect(parts).toContain('action');
    expect(stats.words).toBe(answer.wordCount);
    expect(stats.speakingSeconds).toBe(Math.round((answer.wordCount / 150) * 60));
  });

  it('reads STAR labels that open a paragraph or stand on their own line as headings, in any case', () => {
    const answer = parseAnswer(
      'Situation: I ran the weekend desk at a regional paper.\n\n**What went wrong:** I printed a correction under the wrong byline.\n\nwhat i did:\n\n- called the reporter\n- ran a second correction\n\nLesson: I read every byline against the rota now.\n',
    );
    expect(answer.explicitSections).toBe(true);
    expect(answer.sections.map((s) => [s.part, s.heading])).toEqual([
      ['situation', 'Situation'],
      ['action', 'What went wrong'],
      ['action', 'what i did'],
      ['lesson', 'Lesson'],
    ]);
    expect(answer.sentences.map((s) => s.sectionIndex)).toEqual([0, 1, 2, 2, 2, 3]);
  });

  it('reads a label that opens a line of notes as a heading, though no full stop or blank line comes before it', () => {
    const notes = parseAnswer(
      'night shift at the depot, i loaded trailer 4 for the wrong store\ncost: the shop opened with empty shelves, about 300 quid of lost sales\nwhat i did: rang the store at 6, sent a van with their cages by 9\nlesson: the trailer number on the sheet is not the door number\nnow: i read the door number off the dock before every load\n',
    );
    expect(notes.explicitSections).toBe(true);
    expect(notes.sentences.map((s) => s.text.split(':')[0])).toEqual([
      'night shift at the depot, i loaded trailer 4 for the wrong store',
      'cost',
      'what i did',
      'lesson',
      'now',
    ]);
    // The line before the first label is the preamble, as text before a first heading is.
    expect(notes.sections.map((s) => s.part)).toEqual(['other', 'result', 'action', 'lesson', 'lesson']);
    // "What I do now" names the change, as a heading or a label.
    const headed = parseAnswer(
      '## What happened\nI sent the rota to the wrong depot.\n\n## What I do now\nI read the depot code back before I send.\n',
    );
    expect(headed.sections.map((s) => s.part)).toEqual(['situation', 'lesson']);
    // Wrapped prose whose next line happens to start with an ordinary word and a colon mid-clause is left as one sentence.
    const wrapped = parseAnswer(
      'I checked the delivery note and the seal number and\nthe one thing I missed: the date on the pallet label.\n',
    );
    expect(wrapped.sentences).toHaveLength(1);
  });

  it('reads a line of notes that only names a part as its heading, with no colon, and keeps it out of the sentences', () => {
    const notes = parseAnswer(
      [
        'night porter at a seaside hotel, booked a coach party into rooms we had already sold',
        'what went wrong',
        '- took the coach booking off the fax without checking the room plan',
        'what i did',
        '- rang two guest houses on the front + moved six guests, paid the difference myself',
        'lesson',
        '- a booking is only real once it is on the room plan',
        'since then',
        '- every fax booking goes on the plan before i confirm it',
      ].join('\n'),
      { markdown: false },
    );
    expect(notes.explicitSections).toBe(true);
    expect(notes.headings.map((h) => [h.text, h.part])).toEqual([
      ['what went wrong', 'action'],
      ['what i did', 'action'],
      ['lesson', 'lesson'],
      ['since then', 'lesson'],
    ]);
    expect(notes.sentences.map((s) => s.text)).not.toContain('lesson');
    // The first line under "since then" is the change, as under "## Since then".
    expect(notes.sentences.find((s) => s.text.startsWith('every fax'))!.signals.prevention).toBe(true);
    // A line that tells something is no label, whatever its words: it stays in what the answer says.
    const told = parseAnswer('what i did\n- rang the supplier\nfixed the valve\n- wrote it up\nlesson\n- check first\n', {
      markdown: false,
    });
    expect(told.headings.map((h) => h.text)).toEqual(['what i did', 'lesson']);
    expect(told.sentences.some((s) => s.text.includes('fixed the valve'))).toBe(true);
  });

  it('reads a plain line joining a part and a "where" question ("Action, and where I went wrong") as a heading of the action', () => {
    const plain = parseAnswer(
      [
        'Situation',
        'I ran the ticket desk for a folk festival in Galway, four thousand passes.',
        '',
        'Action, and where I went wrong',
        'I loaded the day passes into the scanner app without testing one at the gate.',
        '',
        'Result',
        'The first hour of scanning failed and the queue reached the bridge.',
      ].join('\n'),
      { markdown: false },
    );
    expect(plain.headings.map((h) => [h.text, h.part])).toEqual([
      ['Situation', 'situation'],
      ['Action, and where I went wrong', 'action'],
      ['Result', 'result'],
    ]);
    expect(plain.sentences.some((s) => s.text.startsWith('Action'))).toBe(false);
  });

  it('leaves out the frame of a message: a greeting above the answer and a sign-off with a name below it', () => {
    const message = parseAnswer(
      [
        'Hi Marek,',
        '',
        'I booked the school minibus for the wrong Friday, so twelve pupils missed the county final.',
        'I rang the league the same afternoon and got us a place in the plate round a week later.',
        '',
        'Kind regards,',
        'Tomasz Nowak',
      ].join('\n'),
    );
    expect(message.sentences.map((s) => s.text)).toEqual([
      'I booked the school minibus for the wrong Friday, so twelve pupils missed the county final.',
      'I rang the league the same afternoon and got us a place in the plate round a week later.',
    ]);
    expect(message.wordCount).toBe(35);
    // Positions stay those of the file: the first sentence is on line 3.
    expect(message.locate(message.sentences[0]!.start).line).toBe(3);
    // A thank-you inside the story, or a closing line that tells something, stays.
    const told = parseAnswer('I missed the slot.\n\nI rebooked it.\n\nThanks to Priya, the final went ahead.\n');
    expect(told.sentences.map((s) => s.text)).toContain('Thanks to Priya, the final went ahead.');
    // The question copied in above the answer is no part of it either: its "let someone down" is not where the story starts.
    const asked = parseAnswer(
      'Q: a time I let a client down\n\n- ran the payroll for a care agency, 2023\n- sent the March run a day late\n',
    );
    expect(asked.sentences.map((s) => s.text)).toEqual(['ran the payroll for a care agency, 2023', 'sent the March run a day late']);
  });

  it('reads "What I took from it" as the lesson, a five-word question label, and a joined heading by the part it names', () => {
    const headed = parseAnswer(
      [
        '## Background, and why it was hard',
        'I ran the lettings desk for a student agency in Leeds.',
        '',
        '## What I took from it',
        'A diary shared by four people is only as good as the last person who opened it.',
      ].join('\n'),
    );
    expect(headed.headings.map((h) => [h.text, h.part])).toEqual([
      ['Background, and why it was hard', 'situation'],
      ['What I took from it', 'lesson'],
    ]);
    const labelled = parseAnswer(
      'What went wrong: I double-booked the viewings.\n\nWhat I did about it: I rang each tenant and rebooked them myself.\n',
    );
    expect(labelled.headings.map((h) => [h.text, h.part])).toEqual([
      ['What went wrong', 'action'],
      ['What I did about it', 'action'],
    ]);
  });

  it('leaves a colon in prose, a label that names no part, and a lone label alone', () => {
    const prose = parseAnswer(
      'The root cause of that outage was mine: a config I never tested. Lesson: test first.\n\nLooking back I learned one thing: ask.\n\nMy manager said: fine.\n',
    );
    // Clauses of more than four words end at those colons, though they name parts; "Lesson:" does not start its paragraph; "My manager said" names no part.
    expect(prose.explicitSections).toBe(false);
    expect(prose.sections.every((s) => s.inferred)).toBe(true);
    // One label is not a structure: the parts are still inferred.
    const single = parseAnswer(
      'Background: I ran the night shift at a depot.\n\nI loaded the wrong trailer and a shop went without stock.\n',
    );
    expect(single.explicitSections).toBe(false);
    // Markdown headings win: labels inside them do not divide the answer again.
    const marked = parseAnswer('## Situation\nContext: a depot.\n\n## Result\nOutcome: a lost day.\n');
    expect(marked.sections.map((s) => s.heading)).toEqual(['Situation', 'Result']);
  });

  it('infers the parts of a story told before the first heading, and keeps the headings after it', () => {
    const answer = parseAnswer(
      [
        'Two winters ago I ran the stock room at a garden centre, and the spring order was mine to place.',
        "I copied last year's quantities without checking the new layout, and we ran out of compost in the first week.",
        'We lost about £4,000 of sales over the Easter weekend.',
        '',
        'What I did: I rang two other suppliers that morning and had a pallet in by Saturday.',
        '',
        'What I learned: an order is only as good as the plan it was made against, so I now size it from the floor plan.',
      ].join('\n'),
    );
    const parts = answer.sections.map((s) => s.part);
    expect(parts).not.toContain('other');
    expect(parts[0]).toBe('situation');
    // The opening is inferred; the labelled parts are the writer's own.
    const opening = answer.sections.filter((s) => s.lastSentence < 3);
    expect(opening.length).toBeGreaterThan(1);
    expect(opening.every((s) => s.inferred)).toBe(true);
    expect(answer.sections.filter((s) => s.heading !== null).map((s) => [s.part, s.inferred])).toEqual([
      ['action', false],
      ['lesson', false],
    ]);
  });

  it('gives every sentence the index of the section that holds it, text before the first heading included', () => {
    const headed = parseAnswer('I want to set the scene first.\n\n## Situation\nI ran the desk. It was busy.\n\n## Result\nIt held.\n');
    expect(headed.sections.map((s) => s.part)).toEqual(['other', 'situation', 'result']);
    expect(headed.sentences.map((s) => s.sectionIndex)).toEqual([0, 1, 1, 2]);
    const free = parseAnswer(
      'I was the lead on a launch at a small agency. I skipped the review and the page broke. I learned to ask for a review every time.',
    );
    for (const sentence of free.sentences) {
      const section = free.sections[sentence.sectionIndex]!;
      expect(sentence.index).toBeGreaterThanOrEqual(section.firstSentence);
      expect(sentence.index).toBeLessThanOrEqual(section.lastSentence);
    }
    expect(free.sentences.map((s) => s.sectionIndex)).toEqual([...free.sentences.map((s) => s.sectionIndex)].sort((a, b) => a - b));
  });
});

describe('parseAnswer: what the sentences say', () => {
  it('keeps the source ranges of the failure wording, for readings clause by clause', () => {
    const source = 'Our launch went fine. Then I skipped the load test and the site went down.';
    const [calm, failing] = parseAnswer(source).sentences;
    expect(calm!.signals.failureWording).toEqual([]);
    const worded = failing!.signals.failureWording.map((r) => source.slice(r.start, r.end));
    expect(worded).toContain('skipped');
  });
});

describe('sentences in notes typed without capitals', () => {
  it('splits at a full stop before a lower-case word, but not after an initial or a dotted abbreviation', () => {
    const text = 'i pushed the change on friday. i didnt test it on mobile. they lost orders, e.g. the big ones. j. smith noticed first.';
    const answer = parseAnswer(text);
    expect(answer.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'i pushed the change on friday.',
      'i didnt test it on mobile.',
      'they lost orders, e.g. the big ones.',
      'j. smith noticed first.',
    ]);
  });
});

describe('notes typed without capitals, a thought to a line', () => {
  const sentencesOf = (text: string): string[] => parseAnswer(text).sentences.map((s) => text.slice(s.start, s.end));

  it('an acronym or "I" after a full stop is no sign that the writer capitalises', () => {
    const text = 'boiler swap, 3 flats. i fitted the wrong valve. HSE never heard of it. I paid for the hotel. we lost the contract.';
    expect(sentencesOf(text)).toEqual([
      'boiler swap, 3 flats.',
      'i fitted the wrong valve.',
      'HSE never heard of it.',
      'I paid for the hotel.',
      'we lost the contract.',
    ]);
  });

  it('a line break ends a line left without its full stop, but not one that ends on a comma or a dash', () => {
    const text =
      'i fitted the wrong valve. tenant had no heat tbh\nrang the landlord that night,\nthen went back with the right part -\nsame day\nnow i check the part number twice.';
    expect(sentencesOf(text)).toEqual([
      'i fitted the wrong valve.',
      'tenant had no heat tbh',
      'rang the landlord that night,\nthen went back with the right part -\nsame day',
      'now i check the part number twice.',
    ]);
  });

  it('notes with no full stop anywhere are a thought to a line, whatever their capitals', () => {
    const text =
      'Joiner, 12 yrs, kitchens mostly\nfitted the worktop 20mm short on one run, I measured off the old one\nclient spotted it, had to reorder, 9 days late\nnow I measure the wall, never the old top';
    expect(sentencesOf(text)).toEqual([
      'Joiner, 12 yrs, kitchens mostly',
      'fitted the worktop 20mm short on one run, I measured off the old one',
      'client spotted it, had to reorder, 9 days late',
      'now I measure the wall, never the old top',
    ]);
  });

  it('a line ending on a closing quote ends its thought, and a possessive before a full stop is no initial', () => {
    const text =
      "the buyer rang back. his words were 'not on our shelves'\nso the order was at risk\nit was my count, not the packer's. redid the pallet that night";
    expect(sentencesOf(text)).toEqual([
      'the buyer rang back.',
      "his words were 'not on our shelves'",
      'so the order was at risk',
      "it was my count, not the packer's.",
      'redid the pallet that night',
    ]);
    // A quote opened at a line's end goes on into the next line.
    expect(sentencesOf("the label said '\nkeep frozen' in small print. i missed it.")).toEqual([
      "the label said '\nkeep frozen' in small print.",
      'i missed it.',
    ]);
  });

  it('prose wrapped by a writer who capitalises runs on across its line breaks', () => {
    const text = 'I fitted the wrong valve in the end\nflat. The tenant had no heat for two\ndays, and I paid for the hotel.';
    expect(sentencesOf(text)).toEqual([
      'I fitted the wrong valve in the end\nflat.',
      'The tenant had no heat for two\ndays, and I paid for the hotel.',
    ]);
  });
});

describe('sentences where the writer capitalises', () => {
  it('reads a full stop before a lower-case word as inside the sentence, as before', () => {
    const text = 'I shipped the fix at 5 p.m. on Friday, vers. two of it. We lost no orders. Then I told the client.';
    const answer = parseAnswer(text);
    expect(answer.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'I shipped the fix at 5 p.m. on Friday, vers. two of it.',
      'We lost no orders.',
      'Then I told the client.',
    ]);
  });
});

describe('notes in plain text (.txt, stdin) typed as bullets with no full stops', () => {
  const sentencesOf = (text: string): string[] => parseAnswer(text, { markdown: false }).sentences.map((s) => text.slice(s.start, s.end));

  it('reads each bullet as its own sentence, as markdown does, without the marker', () => {
    const text =
      'the boiler job\n\n- i fitted the wrong valve\n* tenant had no heat for 2 days\n• i paid for the hotel\n2) now i check the part number twice\n';
    expect(sentencesOf(text)).toEqual([
      'the boiler job',
      'i fitted the wrong valve',
      'tenant had no heat for 2 days',
      'i paid for the hotel',
      'now i check the part number twice',
    ]);
  });

  it('leaves wrapped prose alone: a year or a dash inside a line does not start a bullet', () => {
    const text = 'I moved the launch to March\n2019. We lost the slot - and the client.\n';
    expect(sentencesOf(text)).toEqual(['I moved the launch to March\n2019.', 'We lost the slot - and the client.']);
  });
});
