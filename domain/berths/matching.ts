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
}

/** A berth fits when it is at least as wide as the boat. Length only warns (VEN-1251). */
export function widthFits(berth: Pick<Berth, 'width'>, boatWidth: number): boolean {
  return berth.width + 1e-9 >= boatWidth;
}

export function naturalBerthNumberCompare(a: string, b: string): number {
  return a.localeCompare(b, 'fi', { numeric: true, sensitivity: 'base' });
}

/**
 * Free berths in the applicant's chosen harbours, in choice order; within a harbour the snuggest
 * fit first, then pier and berth number. A switch applicant's current berth is never suggested.
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
      spareWidth: Math.round((berth.width - application.boat.width) * 100) / 100,
    });
  }
  return out.sort(
    (a, b) =>
      a.choiceOrder - b.choiceOrder ||
      Number(a.shorterThanBoat) - Number(b.shorterThanBoat) ||
      a.spareWidth - b.spareWidth ||
      (piers.get(a.berth.pierId)?.identifier ?? '').localeCompare(piers.get(b.berth.pierId)?.identifier ?? '', 'fi') ||
      naturalBerthNumberCompare(a.berth.number, b.berth.number),
  );
}
