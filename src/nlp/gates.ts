/**
 * The readings' gates, and the one switch that opens them all. A gate lets a reading skip a
 * sentence that lacks every word the reading needs ("no recording verb, no false record"); it
 * saves time and must never change a result. The word lists of some gates are gathered beside
 * the readings they guard, so a reading taught a new word can outgrow its gate: the guard test
 * (test/lint/gates.test.ts) lints with the gates open and shut and asks for the same report.
 * Nothing in the product opens them.
 */
let open = false;

/** True while the gates are open for the guard test: every gate then lets every sentence through. */
export function gatesOpen(): boolean {
  return open;
}

/** Opens (true) or shuts (false) every gate. For the guard test only. */
export function openGates(value: boolean): void {
  open = value;
}
