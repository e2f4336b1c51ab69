/**
 * The concept words of the conduct model (red-flag-acts.ts). They name kinds of things (a record,
 * a safeguard, a personal account), never a story's wording: the model decides by the grammar of
 * the clause (who acts, negated or not, real or hypothetical) and these words only say which class
 * of act a verb and its object make. Lemmas, as src/nlp/analyse.ts gives them.
 */
/** A set of the words in a space-separated list. */
export const wordSet = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/**
 * Verbs of belief: "I thought it was dead", "we assumed the list was current". Each reading adds the
 * neighbours its shape allows (a sign-off "trusted" a report; a live circuit was "expected" off).
 */
export const BELIEF = 'think believe assume';

/** Falsifying a record in one verb: no complement is needed to read the act. */
export const FALSIFY = wordSet('falsify backdate back-date');
/** What is paid or granted from a date, so that dating it back puts right a delay: a claim, a rise, a refund. */
export const ENTITLEMENTS = wordSet(
  'claim payment pay rise raise increase award benefit entitlement refund credit salary rent discount allowance pension',
);
/** Verbs that make a false thing when their object is information ("doctored the readings"). */
export const FABRICATE = wordSet('fabricate doctor fudge fake forge invent');
/** Claims that cost someone money when untrue: a bill, a claim, a charge. */
export const BILLING = wordSet('claim bill charge invoice');
/** Verbs that put something on a record: "logged the visit as…", "booked the deals as…". */
export const RECORDING = wordSet(
  'record log sign stamp book enter key input tag mark code classify reclassify file date update change alter fill put report tick initial certify write list count show raise issue',
);
/** Verbs that certify that work happened: signing a chart, stamping a card. */
export const CERTIFY = wordSet('sign stamp certify initial tick mark log record');
/** Things that are records. */
export const RECORD_NOUNS = wordSet(
  'chart form card log logbook sheet record certificate checklist box timesheet register entry paperwork book ledger worksheet signature check inspection mar label',
);
/** Values that say a thing was done or settled: "as complete", "as closed-won". */
export const DONE_VALUES = wordSet(
  'complete completed done closed closed-won won finished passed signed paid received delivered dispatched inspected checked tested verified full resolved fixed live deployed shipped sent approved',
);
/** Acts whose absence makes a record of them false: "hadn't signed", "before I'd actually seen". */
export const DONE_ACTS = wordSet(
  'sign do see watch check test inspect measure verify finish complete happen leave arrive dispatch ship perform carry pay witness confirm examine take work attend visit run make give manage receive',
);
/** What a record can be gamed for: "so the figures would come in under budget", "to dodge the credits". */
export const GAMED = wordSet(
  'budget target figure sla quota threshold stat statistic review audit bonus penalty credit kpi metric flag breach sample range tolerance spec',
);
/** Being seen or found out: "so it wouldn't show", "so nobody would notice". */
export const NOTICE = wordSet(
  'show trigger flag notice see know find spot catch appear look count register come ask query question realise realize check',
);
/** Information that can be invented: an excuse, a delivery window, a reading. */
export const INFO_NOUNS = wordSet(
  'excuse story reason number figure date time window result reading data value entry explanation alibi reference quote answer measurement signature name',
);
/** Data that can leave the organisation. */
export const DATA_NOUNS = wordSet(
  'data doc docs list extract file record spreadsheet database report detail document export dump copy backup table dataset sheet information email paper cv resume payroll contact scan transcript statement contract drawing tracker register note name',
);
/** Data about people, as opposed to work shared in a team's chat (a team sheet, a rota, notes). */
export const PERSONAL_DATA = wordSet(
  'data detail information record database payroll contact cv resume transcript statement name address number password login',
);
/** People whose details an organisation holds in trust. */
export const OWNERS = wordSet('customer client patient member user candidate student employee applicant resident guest tenant');
/** Where data leaves to: a personal account or device. */
export const PERSONAL = wordSet('personal private own home');
/** Places outside the organisation by name: a webmail, a stick. */
export const OUTSIDE = wordSet('gmail hotmail yahoo icloud dropbox usb whatsapp wetransfer');
export const PERSONAL_PLACES = wordSet(
  'gmail hotmail yahoo icloud outlook dropbox usb stick drive phone laptop computer pc account inbox email address device tablet google onedrive',
);
/** Verbs that move data. */
export const MOVING = wordSet(
  'send email e-mail forward copy upload save download transfer move sync take print put share export store keep give pass',
);
/** Verbs that get round a safeguard. */
export const BYPASSING = wordSet(
  'skip bypass override overrode disable circumvent defeat ignore break breach violate jump short silence bridge',
);
/** Safeguards: controls, authority and protective kit. */
export const SAFEGUARDS = wordSet(
  'approval sign-off signoff authorisation authorization permit licence license lockout lock-out lock-off lockoff tagout tag-out isolation interlock guard harness ground earth freeze permission consent policy regulation law procedure protocol detector sprinkler ticket certificate banksman spotter chaperone escort supervision reviewer',
);
/** Words that make any control a safeguard: "the safety check", "the security review". */
export const SAFEGUARD_KINDS = wordSet('safety security compliance legal regulatory audit change-control two-person four-eyes');
/** Removing data: "cut them from the table", "deleted the rows". */
export const REMOVING = wordSet('delete remove drop exclude omit strip erase wipe discard take cut');
/** Acts of telling (the same class the act frames read a concealment by). */
export { TELLING } from '../../judge/frames.js';
/** Telling someone something: true or not depends on the rest of the sentence. */
export const ASSURING = wordSet('tell assure promise say insist confirm reassure inform');
/** Hiding: the object must be a fact, not a feeling ("hid my frustration" is not concealment). */
export const HIDING = wordSet('hide conceal bury');
export const FEELINGS = wordSet(
  'frustration disappointment anger feeling stress nerve panic worry emotion fear tear annoyance irritation surprise',
);
/** Governors after which an infinitive happened: "I decided to skip", "I asked the crew to mark". */
export const ENACTING = wordSet(
  'decide choose start begin go agree opt tell ask instruct authorise authorize get allow let have make order direct use try manage proceed continue keep',
);
/** Causatives with a bare verb: "I had my manager book them", "I got him to sign". */
export const CAUSING = wordSet('have get make let');
/** Words that make a breach known: "I knew it was wrong". */
export const WRONG = wordSet('wrong illegal unsafe against breach improper dishonest');
/** Permission words: "we weren't supposed to", "I wasn't allowed to". */
export const PERMITTED = wordSet(
  'supposed allowed meant permitted authorised authorized licensed licenced cleared certified qualified trained',
);
/** A licence or permit that had run out. */
export const LAPSED = wordSet('expired lapsed out-of-date suspended revoked withdrawn cancelled');
/** A breach told as done regardless: "did it anyway", "used to print it". */
export const REGARDLESS = wordSet('anyway regardless still');
/** The modals, as the clause events read them. */
export { MODALS } from '../../nlp/clauses.js';
/** Names of a rule: knowing one and breaking it regardless is a breach the speaker chose. */
export const RULE_NOUNS = wordSet('rule policy procedure regulation law protocol');
/** Permissions a person holds: without one, the act is unlicensed. */
export const PERMITS = wordSet('licence license permit ticket certificate approval authorisation authorization sign-off clearance');
/** People outside the organisation: customer data given to one of them has left it. */
export const RELATIONS = wordSet(
  'friend cousin brother sister mum mother dad father wife husband partner family flatmate mate girlfriend boyfriend neighbour uncle aunt',
);
/** What a supplier may not give: a gift accepted during a tender is a conflict of interest. */
export const GIFTS = wordSet('gift voucher cash money payment bribe kickback ticket hamper');
export const SUPPLIERS = wordSet('supplier vendor contractor bidder distributor agency');
