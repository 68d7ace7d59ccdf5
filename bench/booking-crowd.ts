import { randomUUID } from 'node:crypto';
import type { Reservation } from '../domain/bookings/entities.ts';
import { addDays, fromWallClock, toIsoInstant } from '../domain/wall-clock.ts';
import type { Db } from '../central/db/db.ts';
import { slotBook } from '../central/bookings/seed/generate-slot-book.ts';
import { bookingStructure } from '../central/bookings/structure.ts';
import { Random } from '../central/demo-data/random.ts';
import { reservationFixture, storeFixtures } from '../central/testing/booking-fixtures.ts';

export interface Crowd {
  /** The reservation units the bookings go on, picked at random for each. */
  reservationUnitIds: readonly string[];
  count: number;
  /** First Helsinki day and how many days the bookings spread over. */
  firstDay: string;
  days: number;
  seed: number;
  /** Begin and end of the booked part of each day, minutes from midnight, and the grid step. */
  fromMin?: number;
  toMin?: number;
  stepMin?: number;
  /** The longest booking, in grid steps. */
  maxSteps?: number;
  /** The share of BLOCKED bookings (maintenance, closures): they take no buffers, so more fit. */
  blockedShare?: number;
}

/**
 * `count` blocking bookings (confirmed and awaiting handling; customer, staff and blocked ones) placed at
 * random on the given reservation units, each free under the conflict rule when placed, stored
 * with their slot rows as the seed stores them: the exclusion constraint accepts them all.
 */
export async function crowdBookings(db: Db, c: Crowd): Promise<Reservation[]> {
  const { fromMin = 8 * 60, toMin = 21 * 60, stepMin = 30, maxSteps = 4, blockedShare = 0 } = c;
  const structure = await bookingStructure(db);
  const book = slotBook(structure.relations);
  const rng = new Random(c.seed);
  const template = await reservationFixture(db, { id: randomUUID(), reservationUnitId: c.reservationUnitIds[0]!, beginsAt: '', endsAt: '' });
  const out: Reservation[] = [];
  for (let attempts = 0; out.length < c.count; attempts++) {
    if (attempts > c.count * 200) throw new Error(`only ${out.length} of ${c.count} bookings found room`);
    const reservationUnitId = c.reservationUnitIds[rng.int(0, c.reservationUnitIds.length - 1)]!;
    const unit = structure.reservationUnits.get(reservationUnitId);
    if (!unit) throw new Error(`no reservation unit ${reservationUnitId}`);
    const day = rng.int(0, c.days - 1);
    const steps = rng.int(1, maxSteps);
    const begin = fromMin + stepMin * rng.int(0, (toMin - fromMin) / stepMin - steps);
    const date = addDays(c.firstDay, day);
    const blocked = rng.chance(blockedShare);
    const staff = blocked || rng.chance(0.3);
    const slot = {
      id: null,
      reservationUnitId,
      beginsAt: toIsoInstant(fromWallClock(date, begin)),
      endsAt: toIsoInstant(fromWallClock(date, begin + steps * stepMin)),
      type: blocked ? ('BLOCKED' as const) : staff ? ('STAFF' as const) : ('NORMAL' as const),
      bufferBeforeMin: null,
      bufferAfterMin: null,
    };
    if (!book.isFree(slot, day, day)) continue;
    const r: Reservation = {
      ...template,
      ...slot,
      id: randomUUID(),
      unitId: unit.unitId,
      state: staff || rng.chance(0.7) ? 'CONFIRMED' : 'REQUIRES_HANDLING',
      name: blocked ? 'Huoltokatko' : staff ? 'Henkilökunnan varaus' : `Varaus ${out.length + 1}`,
    };
    book.add(r, day, day);
    out.push(r);
  }
  await storeFixtures(db, out);
  return out;
}
