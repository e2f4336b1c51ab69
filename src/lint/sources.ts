/**
 * Who a rule's sources are. Rules name a source by a short key (a surname, a study, a kind of
 * tool); this table says who that is and what kind of source it is, for `failcoach rules <id>`
 * and the SARIF help. The people were quoted in a published roundup of expert advice on
 * "Tell me about a time you failed" (see COACHING.md). Every key a rule uses must be here: a test
 * checks it.
 */
export interface Source {
  name: string;
  /** What the source is: a coach, a hiring manager, a study, an app… */
  kind: string;
}

export const SOURCES: Readonly<Record<string, Source>> = {
  Adcock: { name: 'Phillip Adcock', kind: 'commercial psychologist and author' },
  'Arnof-Fenn': { name: 'Paige Arnof-Fenn', kind: 'founder and CEO of a marketing firm, on hiring' },
  Auerbach: { name: 'Ron Auerbach', kind: 'career coach and author of a job-hunting guide' },
  Brown: { name: 'Michael D. Brown', kind: 'management expert, director of the Fresh Results Institute' },
  Buffett: { name: 'Jacques Buffett', kind: 'career expert at a résumé-building site' },
  Caprino: { name: 'Kathy Caprino', kind: 'career coach, Forbes columnist and author' },
  DeFinis: { name: 'Robert DeFinis', kind: 'author and educator on performance' },
  Elting: { name: 'Liz Elting', kind: 'founder and CEO of a foundation, on hiring' },
  George: { name: 'Diana George', kind: 'HR consultant and founder of an HR firm' },
  'Ho Lin': { name: 'Ho Lin', kind: 'career expert at a résumé-building site' },
  'Leadership IQ': { name: 'Leadership IQ', kind: 'a study of 20,572 interview answers by a leadership-training firm' },
  Lichtenstein: { name: 'Jeff Lichtenstein', kind: 'business owner and real-estate broker, as a hiring manager' },
  McDougall: { name: 'Terry B. McDougall', kind: 'executive and career coach, author of a book on work' },
  Odak: { name: 'Petra Odak', kind: 'chief marketing officer, as a hiring manager' },
  Orai: { name: 'Orai', kind: 'a speech-coaching app' },
  Pešec: { name: 'Bruno Pešec', kind: 'consultant and president of his own firm' },
  Poised: { name: 'Poised', kind: 'a speech-coaching app' },
  Scott: { name: 'Greg Scott', kind: 'cybersecurity professional and published author' },
  Sessel: { name: 'Sean Sessel', kind: 'director of The Oculus Institute' },
  Shepard: { name: 'Hayden Shepard', kind: 'director of talent acquisition (a recruiter)' },
  'STAR builders': { name: 'STAR answer guides', kind: 'interview-preparation guides built on Situation, Task, Action, Result' },
  Wiedman: { name: 'Timothy G. Wiedman', kind: 'retired professor of management and human resources' },
  Yoodli: { name: 'Yoodli', kind: 'a speech-coaching app' },
  'interview coaches on answer length': { name: 'Interview coaches', kind: 'common advice on how long a spoken answer should run' },
  'interview coaches on answer length (one to two minutes)': {
    name: 'Interview coaches',
    kind: 'common advice: one to two minutes for a spoken answer',
  },
  'speaking-rate norms (about 150 words a minute)': {
    name: 'Speaking-rate norms',
    kind: 'measured rates of speech: about 150 words a minute',
  },
  "interviewers' reports": { name: "Interviewers' reports", kind: 'what interviewers say they listen for' },
};

/** "Kathy Caprino (career coach, Forbes columnist and author)"; a source not in the table as written. */
export function describeSource(key: string): string {
  const source = SOURCES[key];
  return source ? `${source.name} (${source.kind})` : key;
}
