import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BookingDecision, BookingPut } from './decide-result.ts';
import { BOOKING_ENTITIES, type Reservation, type ReservationUnit } from './entities.ts';
import { pricing, reservationUnit } from './handling-fixtures.test-support.ts';
import { buildRelationIndex } from '../space-holds/related-units.ts';
import { SPACES, UNITS } from './structure.test-support.ts';

/**
 * Staff bookings on the structure of structure.test-support.ts: the reservation unit is hall
 * part 1 with 15-minute buffers, priced 40 € an hour (50 € from June 2027), so the hall, part 1's
 * corner and the part 1 + 2 combination take time from it.
 */
export const PART1: ReservationUnit = reservationUnit({
  id: 'u-part1',
  unitId: 'unit-house',
  spaceIds: ['part1'],
  bufferBeforeMin: 15,
  bufferAfterMin: 15,
  pricings: [pricing({ paymentType: 'ONLINE' }), pricing({ begins: '2027-06-01', highestPriceCents: 5000 })],
});

export const RELATIONS = buildRelationIndex(SPACES, UNITS.map((u) => (u.id === PART1.id ? PART1 : u)));

export const ACTOR = { id: 'u-sanna', name: 'Sanna Suunnittelija' };

export const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '0f8c3c2e-5b7a-4d3e-9a51-6f2b8c1d7e40',
  actor: ACTOR,
  now: '2027-03-01T10:00:00+02:00',
  recordedAt: null,
  today: '2027-03-01',
  baseVersion: null,
  ...extra,
});

/** A Helsinki wall-clock time as the UTC instant records hold. */
export const at = (local: string) => new Date(local).toISOString();

/** The rows a decision writes, each checked to be a valid record of its entity. */
export function puts(d: BookingDecision): BookingPut[] {
  if (!d.ok) throw new Error(`refused: ${d.code} ${d.message}`);
  for (const put of d.puts) BOOKING_ENTITIES[put.entity].schema.parse(put.record);
  return d.puts;
}

export function reservationsOf(d: BookingDecision): Reservation[] {
  return puts(d).flatMap((p) => (p.entity === 'reservation' ? [p.record] : []));
}

export const versioned = <T>(record: T, version = 1): Versioned<T> => ({ record, version });

export const refused = (code: string, status: 'rejected' | 'conflict' = 'rejected') => ({ ok: false, status, code });

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
