/**
 * One clock for a whole stack (the central, each installation's core), which a test moves forward
 * to run a season on: to the day after an offer's due date, or to next December's renewal. Time
 * runs on from wherever it was moved; it never goes back, as a season's records would not.
 */
export class MovableClock {
  private offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  moveTo(instant: Date): void {
    if (instant.getTime() < this.now().getTime()) throw new Error(`The clock does not go back (to ${instant.toISOString()}).`);
    this.offsetMs = instant.getTime() - Date.now();
  }
}
