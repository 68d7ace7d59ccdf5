import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reservation } from '../../domain/bookings/entities.ts';
import { launchCentral } from '../server.ts';
import { at, quietDay, reservationFixture, reservationUnitId, storeFixtures } from '../testing/booking-fixtures.ts';
import { blockingAround } from './command-state.ts';
import { bookingStructure, type BookingStructure } from './structure.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

describe('blockingAround: the bookings whose buffered time meets a window', () => {
  let central: Central;
  let structure: BookingStructure;
  const hall = reservationUnitId('toolo-mika-waltari');
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 0 }, notifications: false });
    structure = await bookingStructure(central.db);
  });
  afterAll(() => central?.close());

  it('reads a booking its own or its unit’s buffer brings in, and none that cannot reach', async () => {
    const tree = [...structure.relations.related(hall).keys()].map((id) => structure.relations.unit(id)!);
    // A unit of the hall's tree with a buffer after: its bookings reach past their end.
    const buffered = tree.find((u) => !u.blockWholeDay && u.bufferAfterMin >= 30)!;
    expect(buffered).toBeDefined();
    const elsewhere = reservationUnitId('oodi-maijansali');
    expect(structure.relations.related(hall).has(elsewhere)).toBe(false);
    // One day each, so the bookings never stand in each other's way; each window is 18–19.
    const days = [0, 1, 2, 3, 4, 5].map((i) => quietDay(270 + i));
    const booking = (over: Partial<Reservation> & Pick<Reservation, 'reservationUnitId' | 'beginsAt' | 'endsAt'>) => reservationFixture(central.db, { id: randomUUID(), ...over });
    const [ownBuffer, noBuffer, unitBuffer, blocked, unrelated, denied] = await Promise.all([
      booking({ reservationUnitId: hall, beginsAt: at(days[0]!, '16:00'), endsAt: at(days[0]!, '17:45'), bufferAfterMin: 30 }),
      booking({ reservationUnitId: hall, beginsAt: at(days[1]!, '16:00'), endsAt: at(days[1]!, '17:45'), bufferAfterMin: 0 }),
      booking({ reservationUnitId: buffered.id, beginsAt: at(days[2]!, '16:00'), endsAt: at(days[2]!, '17:40') }),
      booking({ reservationUnitId: buffered.id, beginsAt: at(days[3]!, '16:00'), endsAt: at(days[3]!, '17:50'), type: 'BLOCKED' }),
      booking({ reservationUnitId: elsewhere, beginsAt: at(days[4]!, '18:00'), endsAt: at(days[4]!, '19:00') }),
      booking({ reservationUnitId: hall, beginsAt: at(days[5]!, '18:00'), endsAt: at(days[5]!, '19:00'), state: 'DENIED' }),
    ]);
    await storeFixtures(central.db, [ownBuffer, noBuffer, unitBuffer, blocked, unrelated, denied]);
    const windows = days.map((d) => ({ from: Date.parse(at(d, '18:00')), to: Date.parse(at(d, '19:00')) }));

    const read = await blockingAround(central.db, tree, windows);
    expect(read.map((r) => r.id).sort()).toEqual([ownBuffer.id, unitBuffer.id].sort());
    expect(read.find((r) => r.id === ownBuffer.id)).toEqual({
      id: ownBuffer.id,
      reservationUnitId: hall,
      beginsAt: ownBuffer.beginsAt,
      endsAt: ownBuffer.endsAt,
      state: 'REQUIRES_HANDLING',
      type: 'NORMAL',
      bufferBeforeMin: null,
      bufferAfterMin: 30,
    });
    // The whole days read them all but the unrelated and the denied one.
    const wholeDays = days.map((d) => ({ from: Date.parse(at(d, '00:00')), to: Date.parse(at(d, '23:59')) }));
    expect((await blockingAround(central.db, tree, wholeDays)).map((r) => r.id).sort()).toEqual([ownBuffer.id, noBuffer.id, unitBuffer.id, blocked.id].sort());
    expect(await blockingAround(central.db, tree, [])).toEqual([]);
  });
});
