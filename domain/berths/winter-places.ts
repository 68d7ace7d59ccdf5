import { isActiveLease } from './lease-machine.ts';
import type { WinterApplication, WinterLease, WinterPlace } from './winter-entities.ts';

/** Brief 2.3: a boat stored on its trailer takes a metre more than the boat. */
export const TRAILER_EXTRA_LENGTH = 1;

/** The length the boat takes on the area, the way it is stored. */
export function storedLength(application: Pick<WinterApplication, 'boat' | 'storageMethod'>): number {
  return application.boat.length + (application.storageMethod === 'on_trailer' ? TRAILER_EXTRA_LENGTH : 0);
}

/**
 * Whether a lease keeps a marked place from being given to someone else for the winter (brief
 * 4.1, as for berths): an active lease of the winter, or last winter's paid lease until its holder
 * has any lease on the place for this winter (the renewal protects the holder). Given today, a
 * lease of the winter terminated with an end date still to come holds the place until that day
 * (decision 49: the boat is there until then; a lease may start on the day another ends).
 */
export function leaseHoldsPlace(
  lease: Pick<WinterLease, 'winter' | 'status' | 'customerId' | 'placeId'> & { endDate?: string },
  winter: number,
  leasesOnPlace: readonly Pick<WinterLease, 'winter' | 'customerId'>[],
  today?: string,
): boolean {
  if (lease.winter === winter) return isActiveLease(lease.status) || (today !== undefined && lease.status === 'terminated' && lease.endDate !== undefined && lease.endDate > today);
  if (lease.winter === winter - 1 && lease.status === 'paid') {
    return !leasesOnPlace.some((l) => l.winter === winter && l.customerId === lease.customerId);
  }
  return false;
}

type PlaceLease = Pick<WinterLease, 'winter' | 'status' | 'customerId' | 'placeId'> & { endDate?: string };

/** A place is free for the winter when it is in use and no lease holds it (on today, when given). */
export function placeFree(place: Pick<WinterPlace, 'id' | 'isActive'>, winter: number, leasesOnPlace: readonly PlaceLease[], today?: string): boolean {
  return place.isActive && !leasesOnPlace.some((l) => l.placeId === place.id && leaseHoldsPlace(l, winter, leasesOnPlace, today));
}

export type PlaceFit = 'fits' | 'too_short' | 'too_narrow';

/** Brief 4.2: never a place narrower than the boat; a shorter one is shown, and the handler is warned. */
export function placeFit(place: Pick<WinterPlace, 'width' | 'length'>, application: Pick<WinterApplication, 'boat' | 'storageMethod'>): PlaceFit {
  if (place.width + 1e-9 < application.boat.width) return 'too_narrow';
  if (place.length + 1e-9 < storedLength(application)) return 'too_short';
  return 'fits';
}

export interface PlaceSuggestion {
  place: WinterPlace;
  /** 1 for the applicant's first choice of area. */
  choice: number;
  fit: Exclude<PlaceFit, 'too_narrow'>;
  /** Square metres the place has beyond what the boat needs: the smallest waste is offered first. */
  spareM2: number;
}

/**
 * Marked places for an application by place size (build item 8): the free places of the chosen
 * areas that are wide enough, the ones that fit first, then by the applicant's order of areas,
 * then the closest fit, so the big places stay for the big boats.
 */
export function suggestWinterPlaces(
  application: Pick<WinterApplication, 'boat' | 'storageMethod' | 'areaChoices' | 'winter'>,
  places: readonly WinterPlace[],
  leasesByPlace: ReadonlyMap<string, readonly WinterLease[]>,
  today?: string,
): PlaceSuggestion[] {
  const need = application.boat.width * storedLength(application);
  const out: PlaceSuggestion[] = [];
  for (const place of places) {
    const choice = application.areaChoices.indexOf(place.areaId) + 1;
    if (choice === 0) continue;
    const fit = placeFit(place, application);
    if (fit === 'too_narrow') continue;
    if (!placeFree(place, application.winter, leasesByPlace.get(place.id) ?? [], today)) continue;
    out.push({ place, choice, fit, spareM2: Math.round((place.width * place.length - need) * 100) / 100 });
  }
  const fitRank = (f: PlaceFit) => (f === 'fits' ? 0 : 1);
  return out.sort((a, b) => fitRank(a.fit) - fitRank(b.fit) || a.choice - b.choice || Math.abs(a.spareM2) - Math.abs(b.spareM2) || a.place.number - b.place.number);
}
