import type { Berth, Lease } from './entities.ts';
import { isActiveLease } from './statuses.ts';

type LeaseLike = Pick<Lease, 'berthId' | 'season' | 'status' | 'customerId'>;

export type Occupancy =
  | { free: true }
  | { free: false; reason: 'inactive' }
  | { free: false; reason: 'leased' | 'offered'; lease: LeaseLike }
  | { free: false; reason: 'renewal'; lease: LeaseLike };

/**
 * Whether a berth can be offered for a season. A berth is taken by an active lease or offer in
 * that season, and also by last season's paid lease until it is renewed or ended: holders keep
 * their place over the winter until the renewal invoices go out.
 */
export function berthOccupancy(berth: Pick<Berth, 'id' | 'isActive'>, leases: readonly LeaseLike[], season: number): Occupancy {
  if (!berth.isActive) return { free: false, reason: 'inactive' };
  const own = leases.filter((l) => l.berthId === berth.id);
  const current = own.find((l) => l.season === season && isActiveLease(l.status));
  // An accepted offer (awaiting payment) has its holder already: it counts as leased, not offered.
  if (current) return { free: false, reason: current.status === 'drafted' || current.status === 'offered' ? 'offered' : 'leased', lease: current };
  const previous = own.find((l) => l.season === season - 1 && l.status === 'paid');
  if (previous) return { free: false, reason: 'renewal', lease: previous };
  return { free: true };
}
