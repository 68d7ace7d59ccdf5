import type { Application, Berth, Lease, Pier } from './entities.ts';
import { berthOccupancy } from './availability.ts';

export interface BerthSuggestion {
  berth: Berth;
  /** 1 for the applicant's first choice. */
  choiceOrder: number;
  /** The berth is shorter than the boat: still offerable, but the handler must confirm. */
  shorterThanBoat: boolean;
  /** Spare width in metres; a snug fit keeps wide berths for wide boats. */
  spareWidth: number;
  /** Spare length in metres; negative when the berth is shorter than the boat. */
  spareLength: number;
}

/** A berth fits when it is at least as wide as the boat. Length only warns (VEN-1251). */
export function widthFits(berth: Pick<Berth, 'width'>, boatWidth: number): boolean {
  return berth.width + 1e-9 >= boatWidth;
}

// One collator for every comparison: localeCompare with options builds a new one per call,
// which made ranking the city's 4,068 berths take most of a second.
const natural = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });
export function naturalBerthNumberCompare(a: string, b: string): number {
  return natural.compare(a, b);
}

const metres = (n: number) => Math.round(n * 100) / 100;

/**
 * Best first. Berths that fit the boat both ways come before every shorter one, whichever harbour
 * they are in: a shorter berth is a compromise the handler must confirm, never a first offer.
 * Within each of those two groups the applicant's harbour order comes next, because it is their
 * stated wish, and only then snugness, which is the city's economy inside one harbour: a fitting
 * berth in the first-choice harbour outranks a snugger one in the second. Among fitting berths the
 * snuggest width first (wide berths stay free for wide boats), then the snuggest length; among
 * shorter ones the least shortfall first, then the snuggest width. Pier and berth number last.
 */
export function compareSuggestions(a: BerthSuggestion, b: BerthSuggestion, pierOf: (s: BerthSuggestion) => string): number {
  const snug = a.shorterThanBoat
    ? b.spareLength - a.spareLength || a.spareWidth - b.spareWidth
    : a.spareWidth - b.spareWidth || a.spareLength - b.spareLength;
  return (
    Number(a.shorterThanBoat) - Number(b.shorterThanBoat) ||
    a.choiceOrder - b.choiceOrder ||
    snug ||
    naturalBerthNumberCompare(pierOf(a), pierOf(b)) ||
    naturalBerthNumberCompare(a.berth.number, b.berth.number)
  );
}

/**
 * Free, wide-enough berths in the applicant's chosen harbours, best first (`compareSuggestions`).
 * A switch applicant's current berth is never suggested.
 */
export function suggestBerths(
  application: Pick<Application, 'harbourChoices' | 'boat' | 'season' | 'switch'>,
  berths: readonly Berth[],
  leases: readonly Pick<Lease, 'berthId' | 'season' | 'status' | 'customerId'>[],
  piers: ReadonlyMap<string, Pick<Pier, 'identifier'>>,
): BerthSuggestion[] {
  const choice = new Map(application.harbourChoices.map((h, i) => [h, i + 1] as const));
  const leasesByBerth = new Map<string, typeof leases[number][]>();
  for (const l of leases) {
    const list = leasesByBerth.get(l.berthId);
    if (list) list.push(l);
    else leasesByBerth.set(l.berthId, [l]);
  }
  const out: BerthSuggestion[] = [];
  for (const berth of berths) {
    const order = choice.get(berth.harbourId);
    if (order === undefined) continue;
    if (application.switch && application.switch.currentBerthId === berth.id) continue;
    if (!widthFits(berth, application.boat.width)) continue;
    if (!berthOccupancy(berth, leasesByBerth.get(berth.id) ?? [], application.season).free) continue;
    out.push({
      berth,
      choiceOrder: order,
      shorterThanBoat: berth.length + 1e-9 < application.boat.length,
      spareWidth: metres(berth.width - application.boat.width),
      spareLength: metres(berth.length - application.boat.length),
    });
  }
  const pierOf = (s: BerthSuggestion) => piers.get(s.berth.pierId)?.identifier ?? '';
  return out.sort((a, b) => compareSuggestions(a, b, pierOf));
}

/**
 * The pier a handler names, or null: harbours without piers list their berths under "-" (or
 * nothing), which is no name to show.
 */
export function pierName(identifier: string | null | undefined): string | null {
  const name = identifier?.trim() ?? '';
  return name === '' || /^[-\u2013\u2014]$/.test(name) ? null : name;
}
