import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpeningHoursRecord, Reservation, ReservationUnit } from '../../domain/bookings/entities.ts';
import type { RequestReservationPayload } from '../../domain/bookings/decide-request.ts';
import type { Change, PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, fromWallClock, helsinkiDateOf, parseTimeOfDay, toIsoInstant } from '../../domain/wall-clock.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';

/** A customer's space booking request from a kiosk, against a real central over HTTP (issue 9 item 6). */
type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
let kiosk: string;
let base: RequestReservationPayload;
let unit: ReservationUnit;

function push(payload: unknown, token = kiosk) {
  return api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope('bookings.requestReservation', payload, 1)] } });
}

/** A directly bookable unit and a free time inside its opening hours, by its own rules. */
async function bookableSlot(): Promise<{ unit: ReservationUnit; beginsAt: string; endsAt: string }> {
  const units = (await central.db.query<{ data: ReservationUnit }>('SELECT data FROM reservation_unit ORDER BY id')).rows.map((r) => r.data);
  const hours = (await central.db.query<{ data: OpeningHoursRecord }>('SELECT data FROM booking_opening_hours')).rows.map((r) => r.data);
  const now = Date.now();
  const open = (from: string | null, to: string | null) => (from === null || Date.parse(from) <= now) && (to === null || now < Date.parse(to));
  const today = helsinkiDateOf(now);
  for (const u of units) {
    if (u.reservationKind === 'SEASON' || u.blockWholeDay || !open(u.publishBeginsAt, u.publishEndsAt) || !open(u.reservationBeginsAt, u.reservationEndsAt)) continue;
    const own = hours.filter((h) => h.reservationUnitId === u.id);
    const records = own.length ? own : hours.filter((h) => h.unitId === u.unitId && h.reservationUnitId === null);
    for (let d = u.minDaysBefore + 2; d <= Math.min(u.maxDaysBefore ?? 30, 30); d++) {
      const date = addDays(today, d);
      const day = records.find((r) => r.from <= date && date <= r.to)?.days[date]?.[0];
      if (!day) continue;
      const from = parseTimeOfDay(day.begin)!;
      const minutes = Math.max(u.minDurationMin, u.startIntervalMin);
      if (from + minutes > parseTimeOfDay(day.end)!) continue;
      return { unit: u, beginsAt: toIsoInstant(fromWallClock(date, from)), endsAt: toIsoInstant(fromWallClock(date, from + minutes)) };
    }
  }
  throw new Error('no bookable reservation unit in the seed');
}

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 3 }, notifications: false });
  kiosk = await signIn(central.url, 'kiosk-oodi-1');
  const slot = await bookableSlot();
  unit = slot.unit;
  base = {
    reservationId: randomUUID(),
    reservationUnitId: unit.id,
    beginsAt: slot.beginsAt,
    endsAt: slot.endsAt,
    numPersons: unit.minPersons ?? 1,
    purpose: 'Opintopiiri',
    reservee: { name: 'Aada Asiakas', email: 'aada.asiakas@example.fi', phone: '040 765 4321' },
    language: 'fi',
  };
});
afterAll(() => central?.close());

describe('a space booking request from a kiosk', () => {
  it('lands in the handling queue; staff see the customer, the kiosk sees the time taken and nobody\'s name', async () => {
    const res = await push(base);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    const row = await central.db.query<{ data: Reservation }>('SELECT data FROM reservation WHERE id = $1', [base.reservationId]);
    expect(row.rows[0]!.data).toMatchObject({ state: 'REQUIRES_HANDLING', type: 'NORMAL', reserveeEmail: 'aada.asiakas@example.fi', userId: '6a1f3c52-7d41-4c0e-9b1a-000000000041' });

    const staff = await pullAll(central.url, await signIn(central.url, 'paula'));
    expect(staff.changes.find((c) => c.id === base.reservationId)?.data).toMatchObject({ state: 'REQUIRES_HANDLING', reserveeFirstName: 'Aada Asiakas' });
    const own: Change | undefined = (await pullAll(central.url, kiosk)).changes.find((c) => c.id === base.reservationId);
    expect(own?.data).toEqual({ id: base.reservationId, reservationUnitId: unit.id, unitId: unit.unitId, beginsAt: base.beginsAt, endsAt: base.endsAt, state: 'REQUIRES_HANDLING', type: 'NORMAL', bufferBeforeMin: unit.bufferBeforeMin, bufferAfterMin: unit.bufferAfterMin });
  });

  it('refuses the same time again as taken, without naming the booking in the way', async () => {
    const res = await push({ ...base, reservationId: randomUUID() });
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', code: 'reservation_time_taken' });
    expect(JSON.stringify(res.body)).not.toContain(base.reservationId);
  });

  it('refuses a time that breaks the space\'s rules with the rule\'s code', async () => {
    const begin = Date.parse(base.beginsAt);
    const tooShort = await push({ ...base, reservationId: randomUUID(), beginsAt: toIsoInstant(begin + 7 * 86_400_000), endsAt: toIsoInstant(begin + 7 * 86_400_000 + 60_000) });
    expect(tooShort.body.results[0]).toMatchObject({ status: 'rejected', code: 'kiosk_duration_not_allowed' });
    const night = addDays(helsinkiDateOf(begin), 7);
    const closed = await push({ ...base, reservationId: randomUUID(), beginsAt: toIsoInstant(fromWallClock(night, 2 * 60)), endsAt: toIsoInstant(fromWallClock(night, 2 * 60) + (Date.parse(base.endsAt) - begin)) });
    expect(closed.body.results[0]).toMatchObject({ status: 'rejected', code: 'kiosk_outside_opening_hours' });
    const unknown = await push({ ...base, reservationId: randomUUID(), reservationUnitId: randomUUID() });
    expect(unknown.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('answers bad input with 400 and never 5xx', async () => {
    const bad: unknown[] = [
      {},
      { ...base, reservationId: randomUUID(), reservee: { name: 'A', email: 'no address', phone: '' } },
      { ...base, reservationId: randomUUID(), numPersons: -3 },
      { ...base, reservationId: randomUUID(), beginsAt: 'tomorrow' },
      { ...base, reservationId: randomUUID(), purpose: 'x'.repeat(5000) },
      { ...base, reservationId: randomUUID(), purpose: 'nul \u0000 byte' },
      null,
    ];
    for (const payload of bad) expect((await push(payload)).status, JSON.stringify(payload)?.slice(0, 80)).toBe(400);
    const garbage = await api(central.url, 'POST', '/sync/push', { token: kiosk, raw: '{"clientId":', contentType: 'application/json' });
    expect(garbage.status).toBe(400);
  });

  it('is a kiosk\'s command only: staff cannot send it', async () => {
    const res = await push({ ...base, reservationId: randomUUID() }, await signIn(central.url, 'paula'));
    expect(res.status).toBe(403);
  });
});
