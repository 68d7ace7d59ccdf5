import { unit } from '../space-holds/structure.test-support.ts';
import type { ReservationTiming, ReservationUnitLinks, SpaceNode } from './vocabulary.ts';

/** The small Helsinki-like structure of the relation tests, for the conflict tests too. */
export { SPACES, UNITS, unit } from '../space-holds/structure.test-support.ts';

let nextId = 1;

/** A confirmed NORMAL reservation on the unit's own buffers, Helsinki summer time (+03:00). */
export function booking(unitId: string, day: string, from: string, to: string, more: Partial<ReservationTiming> = {}): ReservationTiming {
  return {
    id: `r${nextId++}`,
    reservationUnitId: unitId,
    beginsAt: new Date(`${day}T${from}:00+03:00`).toISOString(),
    endsAt: new Date(`${day}T${to}:00+03:00`).toISOString(),
    state: 'CONFIRMED',
    type: 'NORMAL',
    bufferBeforeMin: null,
    bufferAfterMin: null,
    ...more,
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing workload can be replayed by its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Workload {
  spaces: SpaceNode[];
  units: ReservationUnitLinks[];
  reservations: ReservationTiming[];
}

const STATES = ['CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED', 'DENIED', 'CANCELLED'] as const;
const TYPES = ['NORMAL', 'BEHALF', 'STAFF', 'BLOCKED', 'SEASONAL'] as const;
const BUFFERS = [0, 0, 15, 30, 60] as const;
const DAY_MS = 86_400_000;

/**
 * A random but replayable unit tree with bookings: spaces nested up to four deep, units over one
 * or two spaces, a few shared resources, buffers of several lengths, some whole-day units, every
 * state and type, per-booking buffers now and then. Times sit on a 15-minute grid within `days`
 * days from `firstDay` (Helsinki), so bookings meet, touch and overlap often.
 */
export function randomWorkload(seed: number, size: { spaces: number; units: number; reservations: number; days: number; firstDay: string }): Workload {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const spaces: SpaceNode[] = [];
  const depth = new Map<string, number>();
  for (let i = 0; i < size.spaces; i++) {
    const candidates = spaces.filter((s) => depth.get(s.id)! < 4);
    const parent = i === 0 || random() < 0.15 || !candidates.length ? null : pick(candidates);
    spaces.push({ id: `s${i}`, parentId: parent?.id ?? null });
    depth.set(`s${i}`, parent ? depth.get(parent.id)! + 1 : 1);
  }
  const units: ReservationUnitLinks[] = [];
  for (let i = 0; i < size.units; i++) {
    const spaceIds = [pick(spaces).id];
    if (random() < 0.2) spaceIds.push(pick(spaces).id);
    const resourceIds = random() < 0.25 ? [pick(['projector', 'piano', 'van'])] : [];
    units.push(unit(`u${i}`, [...new Set(spaceIds)], { resourceIds, blockWholeDay: random() < 0.1, bufferBeforeMin: pick(BUFFERS), bufferAfterMin: pick(BUFFERS) }));
  }
  const reservations: ReservationTiming[] = [];
  const start = Date.parse(`${size.firstDay}T06:00:00+03:00`);
  for (let i = 0; i < size.reservations; i++) {
    const begin = start + Math.floor(random() * size.days) * DAY_MS + Math.floor(random() * 64) * 15 * 60_000;
    const end = begin + (2 + Math.floor(random() * 15)) * 15 * 60_000;
    reservations.push({
      id: `w${i}`,
      reservationUnitId: pick(units).id,
      beginsAt: new Date(begin).toISOString(),
      endsAt: new Date(end).toISOString(),
      state: pick(STATES),
      type: pick(TYPES),
      bufferBeforeMin: random() < 0.2 ? pick(BUFFERS) : null,
      bufferAfterMin: random() < 0.2 ? pick(BUFFERS) : null,
    });
  }
  return { spaces, units, reservations };
}
