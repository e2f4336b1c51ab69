import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/analyse.js';
import { clauseEvents } from '../../src/nlp/clauses.js';
import { harmOf } from '../../src/nlp/harm.js';

/** The harms another party's clauses do in one sentence, as "subject:act:harm". */
function harms(text: string): string[] {
  const tokens = analyse(text);
  return clauseEvents(tokens)
    .map((e) => ({ e, harm: harmOf(tokens, e) }))
    .filter((x) => x.harm !== null)
    .map((x) => `${x.e.subject}:${x.e.act}:${x.harm}`);
}

describe('harm: how another party works against the speaker', () => {
  it('reads a duty laid on a party ("who was supposed to check") as what they should have done', () => {
    expect(harms('The surveyor who was supposed to check the levels had left early.')).toEqual(['who:suppose:should']);
    // The duty told as held by the speaker, or as done, is no lapse of anyone else's.
    expect(harms('The engineer who was supposed to check the levels that morning was me.')).toEqual([]);
    expect(harms('My supervising partner was meant to check my first statements, and she did.')).toEqual([]);
    // Said of a thing, the duty is nobody's.
    expect(harms('The report that was supposed to go out on Monday sat in my drafts.')).toEqual([]);
  });

  it('reads an act a party did with a step it needed left out as harm, and a manner that is no step as none', () => {
    expect(harms('Head office launched the offer without raising our stock levels.')).toEqual(['office:launch:wrong']);
    expect(harms('The locum signed the chart without reading it.')).toEqual(['locum:sign:wrong']);
    // No step with an object: how they worked, not what they left out.
    expect(harms('The crew worked without stopping.')).toEqual([]);
    expect(harms('The client paid without complaint.')).toEqual([]);
  });

  it("reads a party acting over the speaker's word as undoing it, and a concession about anything else as no harm", () => {
    expect(harms("The host took the call even though I'd given him the signal to move on.")).toEqual(['host:take:undid']);
    expect(harms('The editor ran the story despite my warning.')).toEqual(['editor:run:undid']);
    // Conceded against something other than the speaker's word: no harm.
    expect(harms('The host took the call even though it was late.')).toEqual([]);
    expect(harms('The editor ran the story although I had checked it twice.')).toEqual([]);
  });

  it('reads trouble never given as no duty withheld, and trouble given as no duty either', () => {
    expect(harms('I let the far pumps go to fortnightly checks because they had never given any trouble.')).toEqual([]);
    expect(harms('The supplier never gave us the revised drawings.')).toEqual(['supplier:give:withheld']);
  });

  it('reads a chance or a deposit a party lost as the cost it bore, and a thing lost in its keeping as undone', () => {
    expect(harms('Both students lost the chance of a higher grade.')).toEqual([]);
    expect(harms('The buyers lost the deposit they had paid.')).toEqual([]);
    expect(harms('The agency lost the paperwork.')).toEqual(['agency:lose:undid']);
  });

  it('reads "nobody made me" as the speaker\'s own choice, and "nobody made the booking" as a duty left undone', () => {
    expect(harms('Nobody made me take the second session; I said yes because it was busy.')).toEqual([]);
    expect(harms('Nobody made the booking for the coach.')).toEqual(['nobody:make:withheld']);
  });

  it('reads silence about a thing the party had been using as a report withheld, and a silence alone as no reaction', () => {
    // A crew named by its shift is a party when it acts; it used the forklift, and said nothing of the leak.
    expect(harms('The night shift had been driving that forklift and never said a word.')).toEqual(['shift:say:withheld']);
    // The customer who never said a word gave no reaction: the cost denied, not a duty left undone.
    expect(harms('The customer never said a word.')).toEqual([]);
    // Nor one who simply used the thing: only what the party had been doing before it went wrong is a report owed.
    expect(harms('One volunteer used the app for a week and never said a word.')).toEqual([]);
    // The shift as a stretch of time does nothing to anyone.
    expect(harms('The night shift ran long and never got its break.')).toEqual([]);
  });

  it('reads a call a party never made to the speaker as a duty withheld', () => {
    expect(harms('The night operator never called me when the pressure dropped.')).toEqual(['operator:call:withheld']);
    expect(harms('The customer called me twice that week.')).toEqual([]);
  });

  it('reads "nobody" as the subject when a phrase of whose side follows it', () => {
    expect(harms('Nobody on their side introduced me to the buyer.')).toEqual(['side:introduce:withheld']);
    expect(harms('Nobody on their side had introduced me to the buyer.')).toEqual(['side:introduce:withheld']);
    expect(harms('No one on the sales side introduced me to the buyer.')).toHaveLength(1);
  });

  it('keeps word withheld from a third person, with nobody named, off the other party', () => {
    expect(harms('Nobody had told me about the change.')).toEqual(['nobody:tell:withheld']);
    expect(harms('It was my missed check, because nobody had told her about the change.')).toEqual([]);
  });

  it('reads work a party did badly as harm, the determiner "that" included', () => {
    expect(harms('Honestly, the agency handled that handover badly.')).toEqual(['agency:handle:wrong']);
    expect(harms('The agency handled the handover.')).toEqual([]);
    // How a person took something is no work done for the speaker.
    expect(harms('By the evening the patient reacted badly to the new dose.')).toEqual([]);
  });

  it('reads an institution or a department named alone as a party, as it reads a company', () => {
    expect(harms('The interview panel kept moving the assessment day.')).toEqual(['panel:keep:kept']);
    expect(harms('Finance signed off the budget late.')).toEqual(['finance:sign:late']);
    expect(harms('The school cancelled our coach booking.')).toEqual(['school:cancel:undid']);
    // What such a body does to its own dealings is no harm to the speaker's work.
    expect(harms('The school cancelled its own trip.')).toEqual([]);
  });

  it('reads a party slow at an act told as a participle as late, as "slow to" is', () => {
    expect(harms('The bank was slow producing the guarantee.')).toEqual(['bank:produce:late']);
    expect(harms('Our landlord was slow to answer.')).toEqual(['landlord:answer:late']);
    expect(harms('The bank was slow that week.')).toEqual([]);
    // Slow at what is no duty: a state, or a skill.
    expect(harms('The patient was slow waking up after the anaesthetic.')).toEqual([]);
    expect(harms('The new starter was slow getting the hang of the till.')).toEqual([]);
  });

  it('reads a decision a party went back on as undoing the ground the speaker stood on', () => {
    expect(harms('The buyers changed their mind about the tiles three times.')).toEqual(['buyer:change:undid']);
    expect(harms('The director changed his mind after the dress rehearsal.')).toEqual(['director:change:undid']);
    // The speaker's own change of mind, or a party changing its own details, is not that.
    expect(harms('I changed my mind about the supplier.')).toEqual([]);
    expect(harms('The buyers changed their address.')).toEqual([]);
    // A mind the speaker changed is the fix, not a decision gone back on.
    expect(harms('I showed them the recordings, and they changed their mind.')).toEqual([]);
  });

  it('reads a wrong thing handed over as harm, and the fault a party named in answer to a question as none', () => {
    expect(harms('The agent told us the wrong date.')).toEqual(['agent:tell:wrong']);
    expect(harms('The first call told me what was wrong.')).toEqual([]);
    expect(harms('She told me exactly where it had gone wrong.')).toEqual([]);
  });

  it("reads errors a party made as work done wrong, and the speaker's own or other things made as nothing", () => {
    expect(harms('The agency made two mistakes on the rota.')).toEqual(['agency:make:wrong']);
    expect(harms("Frankly he'd been making those sorts of errors for months.")).toEqual(['he:making:wrong']);
    expect(harms('The client made a change to the order.')).toEqual([]);
    expect(harms('I made two mistakes on the rota.')).toEqual([]);
    // What is so of anyone, told in the present, is no party's lapse.
    expect(harms('Everyone makes mistakes at the start.')).toEqual([]);
    // Errors denied, shared with everyone, or the speaker's own made again are no party's fault.
    expect(harms('The pickers made no mistakes after the training.')).toEqual([]);
    expect(harms('Everyone made mistakes that week, me included.')).toEqual([]);
    expect(harms('He made the same mistake I had made in my first year.')).toEqual([]);
  });

  it('reads nobody dealing with it as a duty withheld', () => {
    expect(harms('Nobody dealt with the leak for a month.')).toEqual(['nobody:deal:withheld']);
    // A party that no longer deals with the speaker's firm is the failure's cost, not a duty left undone.
    expect(harms('That customer has not dealt with us since.')).toEqual([]);
  });

  it('reads a repeated act in any participle, one the tagger gave no verb for included', () => {
    expect(harms('The producer kept changing the running order.')).toEqual(['producer:keep:kept']);
  });

  it('reads a company as a party, and its moving on as no undoing', () => {
    expect(harms('The company cut our budget in March.')).toEqual(['company:cut:undid']);
    // What a party does to its own things is the cost of the failure: a customer cutting its licences.
    expect(harms('The customer cut their licences by 40 percent.')).toEqual([]);
    expect(harms('When the companies moved forward they dropped out of radio range.')).toEqual([]);
    expect(harms('Then the client moved forward our go-live date by two weeks.')).toEqual(['client:move:undid']);
  });

  it('reads a condition that names a worse outcome avoided as stakes, not a lapse the outcome hung on', () => {
    expect(harms('If the supplier had flagged the recall, we would have pulled the stock.')).toEqual(['supplier:flag:if-only']);
    expect(harms('If the auditors had checked the safe that week, it would have been very serious.')).toEqual([]);
    // "would not have been so bad": the outcome hung on the party after all.
    expect(harms('If the carrier had flagged the hold on day one, it would not have been so bad.')).toEqual(['carrier:flag:if-only']);
  });

  it('reads a condition whose outcome says the failure would not have happened as a lapse it hung on, whatever the act', () => {
    // "service" is no duty of its own: the outcome beside the condition is what makes it one.
    expect(harms('If the contractor had serviced the boiler in March, none of this would have happened.')).toEqual([
      'contractor:service:if-only',
    ]);
    expect(harms('We would have caught it at the gate if the courier had packed the crates by weight.')).toEqual(['courier:pack:if-only']);
    // Told by inversion, with the outcome it hung on.
    expect(harms('Had the courier packed the crates by weight, we would have caught it at the gate.')).toEqual(['courier:pack:if-only']);
    // A check the party did make, which saved the day, and a condition with no failure avoided, are no lapse.
    expect(harms("If the nurse hadn't caught it, we wouldn't have known for a week.")).toEqual([]);
    expect(harms('If my manager had asked me, I would have said yes.')).toEqual([]);
    // Help a party gave, told as a condition, is their help: "if Priya hadn't stayed late, we wouldn't have…".
    expect(harms("If Priya hadn't stayed late to help, we wouldn't have got the programmes reprinted in time.")).toEqual([]);
    // An outcome that denies no failure, and a catch that would have been the party's own, hang nothing on the party.
    expect(harms("If my manager had asked me, I wouldn't have hesitated.")).toEqual([]);
    expect(harms('If my reviewer had seen the final draft, she would have caught it.')).toEqual([]);
    expect(harms("If the courier had packed the crates by weight, we wouldn't have missed the slot.")).toEqual(['courier:pack:if-only']);
    // "that" read as a conjunction still names the failure; speech runs the outcome on with no comma.
    expect(harms("If the contractor had serviced the boiler in March, that wouldn't have happened.")).toEqual([
      'contractor:service:if-only',
    ]);
    expect(harms("If the contractor had serviced the boiler it never would've happened.")).toEqual(['contractor:service:if-only']);
    expect(harms('If the courier had packed the crates by weight we would have caught it at the gate.')).toEqual(['courier:pack:if-only']);
    // "had" opening a clause of its own act is no condition: "…, had them checked by a colleague".
    expect(harms('I redrew the plans, had them checked by a colleague, and we would have caught it anyway.')).toEqual([]);
  });
  it('reads work pushed out by a party with no word first as harm in the passive as in the active', () => {
    expect(harms('The new firmware was pushed by the regional office without warning us.')).toEqual(['firmware:push:late']);
    expect(harms('The regional office pushed the new firmware without warning us.')).toEqual(['office:push:late']);
    // With word first, or by nobody named, it is no harm of a party's.
    expect(harms('The new firmware was pushed by the regional office after a week of notice.')).toEqual([]);
    expect(harms('The new firmware was pushed without warning anyone.')).toEqual([]);
  });

  it('reads a party telling the speaker to hurry as pressure, and telling them anything else as none', () => {
    expect(harms('The site foreman told me to rush the second coat.')).toEqual(['foreman:tell:pressed']);
    expect(harms('The site foreman told me to check the second coat.')).toEqual([]);
  });

  it('reads a report a party never made as a duty withheld', () => {
    expect(harms('The agency nurses never reported the broken latch.')).toEqual(['nurse:report:withheld']);
  });

  it('reads silence as how a party took the failure, and word kept back as withheld', () => {
    expect(harms('My father never said a word, which was worse than shouting.')).toEqual([]);
    expect(harms('The landlord never said a word about the damp.')).toEqual(['landlord:say:withheld']);
    // A thing described by what a party never did is no lapse of theirs.
    expect(harms('The transcript showed him admitting something he never said.')).toEqual([]);
  });
});
