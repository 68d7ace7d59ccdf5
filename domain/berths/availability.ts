import type { Berth } from './entities.ts';
import type { LeaseMachineStatus } from './lease-machine.ts';
import { isActiveLease } from './lease-machine.ts';
import type { OfferStatus } from './offer-machine.ts';
import { BLOCKING_OFFER_STATUSES } from './offer-machine.ts';

interface LeaseLike {
  berthId: string;
  season: number;
  status: LeaseMachineStatus;
  customerId: string;
}
interface SwitchOfferLike {
  berthId: string;
  status: OfferStatus;
}

export type Occupancy =
  | { free: true }
  | { free: false; reason: 'inactive' }
  | { free: false; reason: 'leased' | 'offered'; lease: LeaseLike }
  | { free: false; reason: 'renewal'; lease: LeaseLike }
  | { free: false; reason: 'switch_offer'; offer: SwitchOfferLike };

/**
 * Whether a berth can be offered for a season (brief 4.1). It is taken by an active lease in that
 * season (drafted, offered, paid or in error), by a switch offer waiting on it, and by last
 * season's paid lease until the same customer has any lease on it for this season: holders keep
 * their place over the winter until the renewal is made, whatever then becomes of it.
 */
export function berthOccupancy(
  berth: Pick<Berth, 'id' | 'isActive'>,
  leases: readonly LeaseLike[],
  season: number,
  switchOffers: readonly SwitchOfferLike[] = [],
): Occupancy {
  if (!berth.isActive) return { free: false, reason: 'inactive' };
  const own = leases.filter((l) => l.berthId === berth.id);
  const current = own.find((l) => l.season === season && isActiveLease(l.status));
  // An accepted offer (awaiting payment) has its holder already: it counts as leased, not offered.
  if (current) return { free: false, reason: current.status === 'drafted' || current.status === 'offered' ? 'offered' : 'leased', lease: current };
  const offer = switchOffers.find((o) => o.berthId === berth.id && BLOCKING_OFFER_STATUSES.includes(o.status));
  if (offer) return { free: false, reason: 'switch_offer', offer };
  const previous = own.find((l) => l.season === season - 1 && l.status === 'paid' && !own.some((n) => n.season === season && n.customerId === l.customerId));
  if (previous) return { free: false, reason: 'renewal', lease: previous };
  return { free: true };
}
