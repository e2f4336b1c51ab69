/**
 * More labelled sets in the corpus format (test/fixtures/later-sets), each written in one
 * session by a helper who saw neither the code nor the corpus, 72 answers each (26 strong):
 * spoken, messy notes, headings, many Englishes, senior and early-career voices. Each was scored
 * once, unseen, before anything was changed for it:
 *
 * - s7 and s8 (earlier sessions): recall 69% (81/118) and 69% (80/116), strong answers clean 88%
 *   (23/26) and 81% (21/26). Both were then read to improve the rules: they are no longer unseen.
 * - s9 (2026-12-06, on 5590091): 69% (77/112) and 65% (17/26). Not read by the sessions that changed
 *   the rules that day, so it measured their changes: 78/112 and 18/26 after them, where s7 and s8,
 *   which they were written from, rose to 95% and 91%. Read afterwards (a label line with an aside in
 *   brackets, "Action (and where it went wrong)", is now a heading: 19/26), and a session later
 *   (general ways of disowning, a person named as the cause, a thing lost in a party's keeping): 84/112.
 * - s10 (2026-12-06): kept unseen through that session's changes; 66% (70/106) and 77% (20/26) on
 *   5590091 and again after them, two false alarms fewer.
 * - s11 to s14 (written a session later, on 505495f, before its changes): s11 72% (85/118) and 92%
 *   (24/26), s12 83% (90/108) and 92% (24/26), s13 80% (105/131) and 85% (22/26), s14 78% (89/114)
 *   and 92% (24/26). s11, s13 and s14 then measured training on these sets and our own beside the
 *   corpus (better on them, worse elsewhere: see EXTRA in train.ts); s12 was kept unread through
 *   that session and scored at its end: 89/108 and 24/26 with the shipped model (94 and 25 with the
 *   model trained on the other sets, not shipped).
 *
 * - s15 (senior and mid-career voices) and s16 (plain, second-language and regional English),
 *   written a session later and scored on its first build (7ef6671) before anything changed: s15
 *   75% (80/106) and 96% (25/26), s16 72% (73/101) and 85% (22/26). Kept unread through that
 *   session; at its end 80/106 and 25/26, 74/101 and 22/26: its readings, written from s9 to s14 and
 *   a new-user trial, carried almost nothing to them.
 *
 * - s17 (storytellers: quoted dialogue, humour, coached polish, formal competency statements and
 *   anxious over-explainers), written a session later and scored on that session's first build
 *   (e4514c9) before anything changed: 68% (123/182) and 85% (22/26); red-flag caught none of its
 *   seven. Kept unread through that session (a speed pass, invisible characters, folded advice, a
 *   sign-off told with a belief read as a lapse); at its end the same, 123/182 and 22/26.
 *
 * - s18 (first jobs and study: school leavers, apprentices, students, volunteers, graduates; and
 *   researchers writing formally, with honest scientific caution), written a session later and
 *   scored on its first build (566ae17) before anything changed: 79% (99/125) and 65% (17/26), the
 *   lowest strong-clean first score of any set. Kept unread through the session that followed, in
 *   which four helpers each took one rule (red-flag, missing-stakes, missing-lesson, blame), read
 *   s7-s12 and our own sets only and checked on s13-s17 by score: s7-s12 rose from 556 to 584 of
 *   678 flaws caught, s13-s17 from 477 to 480 of 634, and s18 at that session's end scored 78%
 *   (98/125) and 65% (17/26). What is learned from sets read does not carry to sets unread.
 *
 * - s19 (client-facing, creative and shift work: paramedics, sub-editors, recruiters, roofers,
 *   chefs, cabin crew; clipped, chatty, over-formal and second-language registers), written a
 *   session later and scored on its first build (a70dd58) before anything changed: 78% (93/120)
 *   and 81% (21/26). Kept unread through that session; at its end 93/120 and 22/26, as training
 *   with the extra sets (train.ts) moved the held-out s13-s17 but not it. Read a session later
 *   to improve the rules (a condition whose outcome says the failure would not have happened,
 *   "same thing again" in notes, a weakness framed in notes, singled out for a rise): 99/120 and
 *   22/26 with that session's model. It was not trained on until 2026-12-07: a model
 *   taught with it caught 104 of its flaws, but the corpus lost 8 out of fold.
 *
 * - s20 (public service, the professions and the trades: social workers, pharmacists, auditors,
 *   electricians, farm managers, lab technicians; dry, rambling, nervous, academic and
 *   second-language registers), scored on its first build (5855734) before anything changed: 75%
 *   (80/106) and 85% (22/26); kept unread through that session (79/106 at its end). Read a
 *   session later to improve the rules (an averted outcome as certain blame, a decision handed to
 *   a person, dated notes of a recurrence, a status described against what did not exist, the
 *   speaker's work ranked among peers, "IT" as the department): 84% (89/106) and 85% (22/26) with
 *   that session's model. Not trained on until 2026-12-07, as s19.
 *
 * - s22 (health, government, the forces, newsrooms, shipping and energy, in Ghanaian, Kenyan,
 *   Pakistani, Filipino, Welsh, Jamaican, Canadian and New Zealand English and from French,
 *   Portuguese, Arabic and Vietnamese speakers; a quarter typed as notes), written by a helper who
 *   saw neither code nor corpus, after the machine lost s21. Its writer guessed four rule ids, mapped
 *   here by name alone (humblebrag to fake-weakness, we-not-i to ownership, catastrophising to
 *   overdramatic, long-setup to star-structure). Scored on the build that session started from
 *   (bf42af6) before anything changed: 73% (75/103) and 77% (20/26); kept unread, and the same at
 *   that session's end. Not trained on until 2026-12-07. Read a session later to
 *   improve the rules (the six warnings on its strong answers, a shortcut excused as what most of
 *   a trade do, data sent to a personal account, work without the permit): 78% (80/103) and
 *   100% (26/26) with that session's model.
 *
 * - s23 (farming, building sites, airports, back offices, schools, charities, sport, hotels,
 *   museums, start-ups, warehouses, social work, pharmacy, vets, call centres, translation and
 *   local radio; Irish, Scottish, Australian, South African, Caribbean, Indian, Nigerian and
 *   Filipino English and from Polish, Brazilian, Vietnamese and Arabic speakers; 17 of 72 typed
 *   as messy notes), written by a helper who saw neither code nor corpus. Scored on the build
 *   that session started from (83795a9) before anything changed: 80% (86/108) and 88% (23/26);
 *   kept unread, and at that session's end 78% (84/108) and 88% (23/26) with its retrained
 *   model. Not trained on until 2026-12-07. Read a session later to improve the rules
 *   (its three warned strong answers; a signature filled in, a report not filed, a record set
 *   down as what the speaker knew it was not; an honour won; a close that gives up; a change told
 *   with no lesson): 89% (96/108) and 100% (26/26) with that session's model.
 *
 * - s24 (fishing, buses and ferries, dentistry, libraries, theatre, mining, school kitchens,
 *   insurance, care homes, couriers, forestry, hospital pharmacy, newsrooms, payroll, customs,
 *   youth work, bakeries, orchestras, recycling, salons and nurseries; Scottish, Nigerian, Indian,
 *   Singaporean, South African, Australian, Irish, Filipino, Caribbean, Canadian and US Southern
 *   English and five second-language writers; 18 of 72 typed as messy notes, four as messages),
 *   written by a helper who saw neither code nor corpus. Scored on the build that session started
 *   from (b276796) before anything changed: 82% (84/103) and 85% (22/26); kept unread, and at
 *   that session's end 82% (84/103) and 88% (23/26). Not trained on until 2026-12-07.
 *   Read a session later to improve the rules (blame on a party acting over the speaker's word,
 *   a storyteller's "Now,", Scots "nae", an act done "without" a step as owned): 90% (93/103)
 *   and 96% (25/26) with that session's model. The next session's retrained model warns on three
 *   of its strong answers the rules leave alone (the learned star-structure and missing-lesson
 *   judgements: s24-002, s24-052, s24-054; 22/26 clean with one of its trainings, 23/26 with the
 *   shipped one), so its clean floor stands under that. The session after, the retrained learned
 *   judgements of missing-prevention and star-structure warn on s24-010 and s24-052 (21/26), at
 *   thresholds that moved with the training (missing-prevention 0.275 to 0.2, star-structure with
 *   its check 0.175 to 0.1): the floor stands at 0.8.
 *
 * - s25 (vets and farming, rail signalling, airports, shipping, translation, archaeology, museums,
 *   water treatment, the fire service, brewing, printing, prisons, courts, embassies, elections,
 *   trades, clinical trials and more; Welsh, Scottish, Irish, Yorkshire, Nigerian and Indian
 *   English and a fluent second-language writer; 20 of 72 typed as messy notes, five as chat),
 *   written by a helper who saw neither code nor corpus. Scored on the build that session started
 *   from (5ac759a) before anything changed: 79% (77/98) and 81% (21/26); kept unread, and at that
 *   session's end 79% (77/98) and 77% (20/26). Not trained on until 2026-12-07. Read a
 *   session later to improve the rules (a speaker's own act done wrong as owned, a passive that
 *   follows from the speaker's act, a party's act aimed at the wrong place, a figure known and
 *   another logged, a method departed from to save time, a record kept from a checker who would
 *   have refused it, a relative clause inside the subject, "k" thousands as money, lines ending on
 *   a closing quote): 90% (88/98) and 96% (25/26) with that session's model.
 *
 * - s26 (hotels, bakeries, retail buying, trucking, radio, coaching, schools, research, charities,
 *   councils, social work, architecture, pharmacies, aircraft maintenance, film, events, banking,
 *   estate agency, call centres, dentistry, a zoo, a theatre, an orchestra and more; American,
 *   Australian, New Zealand, South African, Singaporean, Caribbean, Ghanaian, Filipino, Canadian
 *   and London English and second-language writers; 18 of 72 typed as notes, seven as chat),
 *   written by a helper who saw neither code nor corpus. Scored on the build that session started
 *   from (149e9f9) before anything changed: 73% (74/102) and 85% (22/26); kept unread, and at
 *   that session's end 73% (74/102) and 81% (21/26). Not trained on until 2026-12-07.
 *   Read a session later to improve the rules (notes joined by "+", "that" after a preposition,
 *   the workload told as the cause, a share owned with a hedge, goods given a later day's date, a
 *   record kept from an inspector, a login handed on, "told myself", a story whose only act of the
 *   speaker sets the scene): 83% (85/102) and 88% (23/26) with that session's model.
 *
 * - s27 (care homes, farming, fishing, plumbing, law firms, courier depots, libraries, museums,
 *   sports clubs, cabin crew, shipping, mining, printing, translation, weddings, game studios,
 *   customer support, laboratories, vets, cafés, building sites, police staff, prisons, ambulance
 *   dispatch, insurance, car dealerships, newspapers and primary schools; Irish, Scottish, Welsh,
 *   Indian, Nigerian, Kenyan, Malaysian, Jamaican, Australian, New Zealand, Texan and Midwest
 *   English, Canadian-French, Polish and Brazilian second-language writers, young graduates and
 *   retirees; 16 of 72 typed as notes, eight as chat, six ramblers), written by a helper who saw
 *   neither code nor corpus. Scored on the build that session started from (23b2e33) before
 *   anything changed: 71% (67/94) and 81% (21/26); kept unread, and at that session's end 70%
 *   (66/94) and 81% (21/26). Not trained on until 2026-12-07. Read a session later to
 *   improve the rules (a check recorded as done that the story says was never done, an entry kept
 *   off a log out of fear, a control cable-tied shut, a party's act that is an error in itself, an
 *   owning hedged twice over, a "we" failure placed "on my console", a duty left undone in a
 *   negated passive, a hedge in commas inside a passive, "put me right off the firm", the only
 *   change told being the organisation's): 84% (79/94) and 92% (24/26) with that session's model.
 *
 * - s28 (crane operators, lab technicians, tax advisers, brewers, receptionists, electricians,
 *   care assistants, tour guides, locksmiths and 63 more trades, each answer a different one; over
 *   twenty kinds of English, eleven of the writers in a second language; 14 of 72 typed as notes,
 *   eight as chat, eight ramblers), written by a helper who saw
 *   neither code nor corpus. Scored on the build that session started from (f8076d9) before
 *   anything changed: 60% (62/104) and 88% (23/26); kept unread, and at that session's end the
 *   same, 60% (62/104) and 88% (23/26). Not trained on until 2026-12-07. Read a
 *   session later to improve the rules (the failure shared out among everyone, a risk told as the
 *   stakes of a failure caught in time, a check made to come out right): 68% (71/104) and 96%
 *   (25/26) with that session's model.
 *
 * - s29 (a different trade in each answer; about 39 kinds of English and 17 second-language
 *   writers; 14 of 72 typed as notes, eight as chat, eight ramblers), written by a helper who saw
 *   neither code nor corpus. Scored on the build that session started from (a3f339b) before
 *   anything changed: 65% (68/104) and 73% (19/26), blame-shifting 1/10 and red-flag 1/8. Read in
 *   the same session to improve the rules (a party's pace, the failed work told as a party's to
 *   do, the one named who did it, the failure hushed up, word given to buy time, the work refused
 *   after walking away): 75% (78/104) and 81% (21/26) with that session's model.
 *   Not trained on until 2026-12-07.
 *
 * - s30 (72 more trades, among them military, religious and charity work; about 35 kinds of
 *   English and 19 second-language writers; 14 of 72 typed as notes, nine as chat, eight
 *   ramblers), written by a helper who saw neither code nor corpus. Scored on the build that
 *   session started from (a3f339b) before anything changed: 63% (65/104) and 77% (20/26); kept
 *   unread, and at that session's end 62% (64/104) and 77% (20/26): none of the readings written
 *   from s28, s29 and a probe reached its wordings, and the retrained blame judgement lost one of
 *   its blame flaws. Read a session later (a thing tucked into a screen, a team sheet put up in a
 *   group's chat, "that's how people die", what was "at stake" named), with a model whose flaw
 *   classifiers learned from all of s7 to s30.
 *
 * - s31 (72 more trades in over 60 kinds of English, 27 second-language writers; 16 of 72 as
 *   notes; 109 flaws), written by a helper who saw neither code nor corpus. Scored on the build
 *   that session started from (a07cc7e) before anything changed: 66% (72/109) and 73% (19/26); kept
 *   unread, and at that session's end 70% (76/109) and 73% (19/26). The readings alone left it at
 *   72; the four came from training on s19 to s30 (blame, fake-weakness, two negative endings).
 *   Read a session later (a part label with an aside in brackets, a near miss put on record "that
 *   afternoon even though nothing happened", a role and a named condition read as verdicts, "the
 *   best case", a close that calls the outcome unfair or the way of things, a promise made to
 *   oneself, a storyteller's "Now" with no comma, an invoice moved into the next quarter): 75%
 *   (82/109) and 88% (23/26) with the model of the session before; then trained on, 78% (85/109)
 *   and 85% (22/26).
 *
 * - s32 (72 more trades, from beekeeping and court interpreting to seismology and choir
 *   directing, in over 25 kinds of English; 18 of 72 as notes; 105 flaws), written by a helper who
 *   saw neither code nor corpus. Scored on the build that session started from (35fe35e) before
 *   anything changed: 69% (72/105) and 81% (21/26); kept unread, and at that session's end 71%
 *   (75/105) and 85% (22/26). The readings alone left it at 72 and 21; the gain came from the
 *   model retrained with s31 (a fake weakness, a sour ending, a red flag, one strong answer
 *   clean). Read a session later (a recurrence the judgement is all but sure of, promises and
 *   habits that lapsed read as no practice, a rank held "three years running", a duty "not
 *   bothered with", a record filled in for an inspector, goods "charged as new", "our team" read as
 *   the speaker's side): 87% (91/105) and 100% (26/26) with the model of the session before; then
 *   trained on, 86% (90/105) and 100% (26/26).
 *
 * - s33 (72 more trades, from crane operator and piano tuner to crab skipper, in over 25 kinds
 *   of English; 18 of 72 as notes; 105 flaws), written by a helper who saw neither code nor
 *   corpus. Scored on the build that session started from (fadbcdf) before anything changed: 82%
 *   (86/105) and 81% (21/26); kept unread, and at that session's end 79% (83/105) and 81% (21/26).
 *   The readings alone left it at 86 and 21; the model retrained with s32 lost three omissions it
 *   had judged near their thresholds (a lesson, a fix, a cost). Read once that score was recorded
 *   ("the best part of a day", "all on us", a "lock-off"): 80% (84/105) and 88% (23/26). Not trained
 *   on (NOT_TRAINED in corpus.ts).
 *
 * From 2026-12-07 the flaws' sentence classifiers learn from every later set but those in
 * NOT_TRAINED, so a set's figures here check the rules and the answer judgement, not unseen text.
 *
 * The gap between these sets and the corpus (91% and 97% leave-one-set-out) is the linter's real
 * weakness, and these floors only hold the line: a little under today's figures per set.
 */
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/answer/parse.js';
import { lintAnswer } from '../../src/lint/engine.js';
import { PHRASE_BOOK, RULES } from '../../src/lint/rules/index.js';
import { emptyScore, loadCorpus, scoreEntry, totals } from './corpus.js';

const DIR = new URL('../fixtures/later-sets/', import.meta.url).pathname;

/** Per set: the least share of flaws caught and of strong answers left clean. */
const FLOORS: Record<string, { recall: number; clean: number }> = {
  s7: { recall: 0.9, clean: 0.92 },
  s8: { recall: 0.86, clean: 0.92 },
  s9: { recall: 0.7, clean: 0.69 },
  s10: { recall: 0.64, clean: 0.73 },
  s11: { recall: 0.68, clean: 0.88 },
  s12: { recall: 0.78, clean: 0.88 },
  s13: { recall: 0.76, clean: 0.8 },
  s14: { recall: 0.74, clean: 0.88 },
  s15: { recall: 0.71, clean: 0.92 },
  s16: { recall: 0.68, clean: 0.8 },
  s17: { recall: 0.64, clean: 0.8 },
  s18: { recall: 0.74, clean: 0.61 },
  s19: { recall: 0.8, clean: 0.8 },
  s20: { recall: 0.8, clean: 0.8 },
  s22: { recall: 0.76, clean: 0.92 },
  s23: { recall: 0.85, clean: 0.92 },
  s24: { recall: 0.86, clean: 0.8 },
  s25: { recall: 0.86, clean: 0.92 },
  s26: { recall: 0.8, clean: 0.85 },
  s27: { recall: 0.8, clean: 0.88 },
  s28: { recall: 0.64, clean: 0.92 },
  s29: { recall: 0.72, clean: 0.76 },
  s30: { recall: 0.72, clean: 0.88 },
  s31: { recall: 0.76, clean: 0.8 },
  s32: { recall: 0.82, clean: 0.92 },
  s33: { recall: 0.76, clean: 0.76 },
};

describe('the later labelled sets', () => {
  const entries = loadCorpus(DIR);

  it('holds twenty-six sets of 72 answers whose evidence and parts are exact substrings', () => {
    expect(entries).toHaveLength(1872);
    expect(new Set(entries.map((e) => e.set))).toEqual(new Set(Object.keys(FLOORS)));
    for (const e of entries) {
      for (const flaw of e.flaws) for (const evidence of flaw.evidence) expect(e.text, e.id).toContain(evidence);
      for (const texts of Object.values(e.parts)) for (const text of texts) expect(e.text, e.id).toContain(text);
    }
  });

  for (const [set, floor] of Object.entries(FLOORS)) {
    it(`${set}: catches at least ${Math.round(floor.recall * 100)}% of its flaws and leaves ${Math.round(floor.clean * 100)}% of its strong answers clean`, () => {
      const score = emptyScore();
      for (const entry of entries.filter((e) => e.set === set))
        scoreEntry(score, entry, lintAnswer(parseAnswer(entry.text), {}, RULES, { book: PHRASE_BOOK }));
      const t = totals(score);
      expect(t.caught / t.labelled).toBeGreaterThanOrEqual(floor.recall);
      expect(t.clean / t.strong).toBeGreaterThanOrEqual(floor.clean);
    });
  }
});
