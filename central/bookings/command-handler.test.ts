import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../domain/sync/protocol.ts';
import { DEMO_USERS } from '../auth/users.ts';
import { launchCentral } from '../server.ts';
import { api, pullAll, signIn } from '../testing/api-client.ts';
import { at, pushOne, quietDay, reservationFixture, reservationRow, reservationUnitId, storeFixtures } from '../testing/booking-fixtures.ts';
import { unitGroupId, unitId } from './seed/units.ts';
import { WEEKDAYS } from '../../domain/bookings/series.ts';
import { isoWeekday } from '../../domain/wall-clock.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

const userId = (username: string) => DEMO_USERS.find((u) => u.username === username)!.id;

describe('bookings commands on the central: rights per unit, bad input, series', () => {
  let central: Central;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 400, seed: 3 }, notifications: false });
  });
  afterAll(() => central?.close());


  describe('rights per unit', () => {
    let toolo: string;
    let oodi: string;
    beforeAll(async () => {
      const day = quietDay(290);
      const [a, b] = await Promise.all([
        reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('toolo-ryhmatyotila'), beginsAt: at(day, '10:00'), endsAt: at(day, '11:00') }),
        reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('oodi-maijansali'), beginsAt: at(day, '10:00'), endsAt: at(day, '11:00') }),
      ]);
      await storeFixtures(central.db, [a, b]);
      toolo = a.id;
      oodi = b.id;
    });

    it('refuses a viewer every command and changes nothing', async () => {
      const tuula = await signIn(central.url, 'tuula');
      const res = await pushOne(central, tuula, 'bookings.approveReservation', { reservationId: oodi, note: 'ok' });
      expect(res.status).toBe(403);
      expect(await reservationRow(central.db, oodi)).toMatchObject({ version: 1, state: 'REQUIRES_HANDLING' });
    });

    it('lets a handler of Töölö act there but not on Oodi', async () => {
      const ville = await signIn(central.url, 'ville');
      const refused = await pushOne(central, ville, 'bookings.approveReservation', { reservationId: oodi, note: 'ok' });
      expect(refused.status).toBe(200);
      expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
      expect(await reservationRow(central.db, oodi)).toMatchObject({ version: 1, state: 'REQUIRES_HANDLING' });
      const held = await reservationRow(central.db, toolo);
      const applied = await pushOne(central, ville, 'bookings.approveReservation', { reservationId: toolo, note: 'Tervetuloa' });
      expect(applied.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
      // The request held its time already: approving it leaves its slot rows as they were.
      expect(await reservationRow(central.db, toolo)).toMatchObject({ version: 2, state: 'CONFIRMED', slots: held!.slots, k: held!.k });
      expect(held!.slots).toBeGreaterThan(0);
    });

    it('lets a reserver handle only the bookings they made', async () => {
      const day = quietDay(291);
      const ru = (await central.db.query<{ id: string }>('SELECT id::text AS id FROM reservation_unit WHERE unit_id = $1 ORDER BY id LIMIT 1', [unitId('caisa')])).rows[0]!.id;
      const mine = await reservationFixture(central.db, { id: randomUUID(), reservationUnitId: ru, beginsAt: at(day, '10:00'), endsAt: at(day, '11:00'), type: 'STAFF', state: 'CONFIRMED', userId: userId('reijo') });
      const theirs = await reservationFixture(central.db, { id: randomUUID(), reservationUnitId: ru, beginsAt: at(day, '12:00'), endsAt: at(day, '13:00'), type: 'STAFF', state: 'CONFIRMED', userId: userId('maria') });
      await storeFixtures(central.db, [mine, theirs]);
      const reijo = await signIn(central.url, 'reijo');
      const cancel = (reservationId: string) => pushOne(central, reijo, 'bookings.cancelReservation', { reservationId, reason: 'CHANGE_OF_PLANS', details: '' });
      expect((await cancel(theirs.id)).body.results[0]).toMatchObject({ status: 'rejected', code: 'not_your_booking' });
      expect((await cancel(mine.id)).body.results[0]).toMatchObject({ status: 'applied', version: 2 });
      // A cancelled booking gives its time back.
      expect(await reservationRow(central.db, mine.id)).toMatchObject({ state: 'CANCELLED', slots: 0 });
    });

    it('sends a handler only the partitions of their units; a group handler all of the group', async () => {
      const partitioned = (changes: Change[]) =>
        changes.filter((c) => ['booking_space', 'booking_resource', 'reservation_unit', 'reservation_series', 'reservation', 'reservation_event'].includes(c.entity));
      const unitOf = (c: Change) => (c.data as { unitId: string }).unitId;
      const ville = await pullAll(central.url, await signIn(central.url, 'ville'));
      const villeUnits = new Set(partitioned(ville.changes).map(unitOf));
      expect([...villeUnits]).toEqual([unitId('toolo')]);
      expect(ville.changes.filter((c) => c.entity === 'booking_unit').map((c) => c.id)).toEqual([unitId('toolo')]);
      expect(ville.changes.some((c) => c.id === oodi)).toBe(false);
      const kaisa = await pullAll(central.url, await signIn(central.url, 'kaisa'));
      const libraries = (await central.db.query<{ ids: string[] }>("SELECT data->'unitIds' AS ids FROM booking_unit_group WHERE id = $1", [unitGroupId('libraries')])).rows[0]!.ids;
      expect(libraries).toHaveLength(5);
      expect(new Set(partitioned(kaisa.changes).filter((c) => c.entity === 'reservation').map(unitOf))).toEqual(new Set(libraries));
    });
  });

  describe('bad input', () => {
    it('answers unknown and malformed ids with a refusal, malformed payloads with 400, never 5xx', async () => {
      const kaisa = await signIn(central.url, 'kaisa');
      const unknown = await pushOne(central, kaisa, 'bookings.approveReservation', { reservationId: randomUUID(), note: 'ok' });
      expect(unknown.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
      const notUuid = await pushOne(central, kaisa, 'bookings.denyReservation', { reservationId: 'not-a-uuid', denyReasonId: 'x', note: 'no' });
      expect(notUuid.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
      const noNote = await pushOne(central, kaisa, 'bookings.approveReservation', { reservationId: randomUUID(), note: '  ' });
      expect(noNote.status).toBe(400);
      const staff = (over: Record<string, unknown>) => ({
        reservationId: randomUUID(),
        reservationUnitId: reservationUnitId('toolo-ryhmatyotila'),
        type: 'STAFF',
        beginsAt: at(quietDay(280), '12:00'),
        endsAt: at(quietDay(280), '13:00'),
        name: 'Koulutus',
        description: '',
        bufferBeforeMin: null,
        bufferAfterMin: null,
        reservee: null,
        ...over,
      });
      expect((await pushOne(central, kaisa, 'bookings.createStaffReservation', staff({ reservationId: 'abc' }), null)).status).toBe(400);
      const reversed = await pushOne(central, kaisa, 'bookings.createStaffReservation', staff({ beginsAt: at(quietDay(280), '13:00'), endsAt: at(quietDay(280), '12:00') }), null);
      expect(reversed.status).toBe(200);
      expect(reversed.body.results[0]).toMatchObject({ status: 'rejected', code: 'reservation_ends_before_begins' });
      const unknownUnit = await pushOne(central, kaisa, 'bookings.createStaffReservation', staff({ reservationUnitId: randomUUID() }), null);
      expect(unknownUnit.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
      const noSeries = await pushOne(central, kaisa, 'bookings.endSeries', { seriesId: 'nope', fromDate: quietDay(1), action: 'cancel', denyReasonId: null, note: '' });
      expect(noSeries.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
      const garbage = await api(central.url, 'POST', '/sync/push', { token: kaisa, raw: '{"clientId": 1, "commands": [' });
      expect(garbage.status).toBe(400);
    });
  });

  describe('series', () => {
    const weekly = (over: Record<string, unknown>) => {
      const begin = quietDay(200);
      return {
        seriesId: randomUUID(),
        reservationUnitId: reservationUnitId('toolo-ryhmatyotila'),
        type: 'STAFF',
        name: 'Lukupiiri',
        description: '',
        beginDate: begin,
        endDate: quietDay(220),
        beginTime: '17:00',
        endTime: '19:00',
        recurrenceInDays: 7,
        weekdays: ['MONDAY', 'WEDNESDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'TUESDAY', 'THURSDAY'],
        skipDates: [],
        bufferBeforeMin: null,
        bufferAfterMin: null,
        reservee: null,
        reservationIds: Array.from({ length: 21 }, () => randomUUID()),
        ...over,
      };
    };

    it('books a series all or nothing, refuses one in its time, and ends it from a date on', async () => {
      const kaisa = await signIn(central.url, 'kaisa');
      const first = weekly({});
      expect((await pushOne(central, kaisa, 'bookings.createSeries', first, null)).body.results[0]).toMatchObject({ status: 'applied' });
      const held = await central.db.query<{ n: number }>('SELECT count(DISTINCT reservation_id)::int AS n FROM reservation_slot WHERE reservation_id = ANY($1::uuid[])', [first.reservationIds]);
      expect(held.rows[0]!.n).toBe(21);
      // A second one an hour later meets every occurrence: nothing of it is booked.
      const second = weekly({ beginTime: '18:00', endTime: '20:00' });
      const refused = (await pushOne(central, kaisa, 'bookings.createSeries', second, null)).body.results[0]!;
      expect(refused).toMatchObject({ status: 'conflict', code: 'series_conflicts' });
      expect((refused as { current: unknown[] }).current).toHaveLength(21);
      expect((await central.db.query('SELECT 1 FROM reservation WHERE series_id = $1', [second.seriesId])).rows).toHaveLength(0);
      // Ville, a handler of the same library, may end it; Tuula may not touch it.
      const tuula = await pushOne(central, await signIn(central.url, 'tuula'), 'bookings.endSeries', { seriesId: first.seriesId, fromDate: quietDay(210), action: 'cancel', denyReasonId: null, note: '' });
      expect(tuula.status).toBe(403);
      const ended = await pushOne(central, await signIn(central.url, 'ville'), 'bookings.endSeries', { seriesId: first.seriesId, fromDate: quietDay(210), action: 'cancel', denyReasonId: null, note: 'Kurssi päättyy' });
      // The answer carries the series' new version, which the command was decided on.
      expect(ended.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
      const states = await central.db.query<{ state: string; n: number; slots: number }>(
        `SELECT state, count(*)::int AS n, sum((SELECT count(*) FROM reservation_slot s WHERE s.reservation_id = r.id))::int AS slots
         FROM reservation r WHERE series_id = $1 GROUP BY state ORDER BY state`,
        [first.seriesId],
      );
      expect(states.rows).toEqual([
        { state: 'CANCELLED', n: 11, slots: 0 },
        { state: 'CONFIRMED', n: 10, slots: expect.any(Number) },
      ]);
      // Staff bookings tell no customer anything.
      expect((await central.db.query('SELECT 1 FROM notification_outbox WHERE entity_id = ANY($1)', [first.reservationIds])).rows).toHaveLength(0);
    });

    it('reschedules a series from a date on: a moved occurrence keeps its reservation and holds its new time, a date taken is refused until skipped', async () => {
      const kaisa = await signIn(central.url, 'kaisa');
      const [d1, d2, d3] = [quietDay(230), quietDay(237), quietDay(244)];
      const series = weekly({ beginDate: d1, endDate: d3, weekdays: [WEEKDAYS[isoWeekday(d1) - 1]], reservationIds: [randomUUID(), randomUUID(), randomUUID()] });
      expect((await pushOne(central, kaisa, 'bookings.createSeries', series, null)).body.results[0]).toMatchObject({ status: 'applied' });
      const blocker = randomUUID();
      const block = { reservationId: blocker, reservationUnitId: series.reservationUnitId, type: 'BLOCKED', beginsAt: at(d3, '19:30'), endsAt: at(d3, '20:30'), name: 'Huolto', description: '', bufferBeforeMin: null, bufferAfterMin: null, reservee: null };
      expect((await pushOne(central, kaisa, 'bookings.createStaffReservation', block, null)).body.results[0]).toMatchObject({ status: 'applied' });

      const later = { seriesId: series.seriesId, fromDate: d2, endDate: d3, beginTime: '18:00', endTime: '20:00', recurrenceInDays: 7, weekdays: series.weekdays, skipDates: [] as string[], note: 'Sali vapautuu kuudelta', reservationIds: [randomUUID(), randomUUID()] };
      expect((await pushOne(central, await signIn(central.url, 'tuula'), 'bookings.rescheduleSeries', later, 1)).status).toBe(403);
      const taken = (await pushOne(central, kaisa, 'bookings.rescheduleSeries', later, 1)).body.results[0]!;
      expect(taken).toMatchObject({ status: 'conflict', code: 'series_conflicts' });
      expect((taken as { current: { date: string; blockers: { reservationId: string }[] }[] }).current.map((o) => [o.date, o.blockers.map((b) => b.reservationId)])).toEqual([[d3, [blocker]]]);

      const skipped = await pushOne(central, kaisa, 'bookings.rescheduleSeries', { ...later, skipDates: [d3], reservationIds: [randomUUID()] }, 1);
      expect(skipped.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
      const rows = await central.db.query<{ id: string; state: string; begins_at: string; slots: number }>(
        `SELECT id::text AS id, state, begins_at::text AS begins_at, (SELECT count(*) FROM reservation_slot s WHERE s.reservation_id = r.id)::int AS slots
         FROM reservation r WHERE series_id = $1 ORDER BY begins_at`,
        [series.seriesId],
      );
      const [first, second, third] = series.reservationIds;
      const byId = new Map(rows.rows.map((r) => [r.id, r]));
      expect(rows.rows).toHaveLength(3);
      expect(Date.parse(byId.get(first!)!.begins_at)).toBe(Date.parse(at(d1, '17:00')));
      expect(byId.get(second!)).toMatchObject({ state: 'CONFIRMED' });
      expect(Date.parse(byId.get(second!)!.begins_at)).toBe(Date.parse(at(d2, '18:00')));
      expect(byId.get(second!)!.slots).toBeGreaterThan(0);
      expect(byId.get(third!)).toMatchObject({ state: 'CANCELLED', slots: 0 });
      const events = await central.db.query<{ kind: string }>("SELECT data->>'kind' AS kind FROM reservation_event WHERE reservation_id = $1 ORDER BY data->>'at', id", [second]);
      expect(events.rows.map((e) => e.kind)).toEqual(['created', 'rescheduled']);
      // The moved occurrence's old time is free again; its new time is not.
      const before = { reservationId: randomUUID(), reservationUnitId: series.reservationUnitId, type: 'BLOCKED', beginsAt: at(d2, '17:00'), endsAt: at(d2, '18:00'), name: 'Siivous', description: '', bufferBeforeMin: null, bufferAfterMin: null, reservee: null };
      expect((await pushOne(central, kaisa, 'bookings.createStaffReservation', before, null)).body.results[0]).toMatchObject({ status: 'applied' });
      const into = { ...before, reservationId: randomUUID(), beginsAt: at(d2, '19:00'), endsAt: at(d2, '19:30') };
      expect((await pushOne(central, kaisa, 'bookings.createStaffReservation', into, null)).body.results[0]).toMatchObject({ status: 'conflict' });
      // Decided on the series' old version: someone else changed it first.
      expect((await pushOne(central, kaisa, 'bookings.rescheduleSeries', { ...later, fromDate: d1, reservationIds: [randomUUID(), randomUUID(), randomUUID()] }, 1)).body.results[0]).toMatchObject({ status: 'conflict', code: 'stale_version' });
    });

    it('refuses a series on another unit’s reservation unit', async () => {
      const ville = await signIn(central.url, 'ville');
      const res = await pushOne(central, ville, 'bookings.createSeries', weekly({ reservationUnitId: reservationUnitId('oodi-maijansali') }), null);
      expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
      const staff = await pushOne(
        central,
        ville,
        'bookings.createStaffReservation',
        { reservationId: randomUUID(), reservationUnitId: reservationUnitId('oodi-maijansali'), type: 'BLOCKED', beginsAt: at(quietDay(250), '10:00'), endsAt: at(quietDay(250), '11:00'), name: 'Huolto', description: '', bufferBeforeMin: null, bufferAfterMin: null, reservee: null },
        null,
      );
      expect(staff.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    });
  });

  describe('prices', () => {
    it('lets an admin add a price that waits for its day, refuses a handler and a change to the price in force, and prices a later booking by it', async () => {
      const paula = await signIn(central.url, 'paula');
      const ru = reservationUnitId('toolo-ryhmatyotila');
      const row = (await central.db.query<{ data: { pricings: Record<string, unknown>[] }; version: number }>('SELECT data, version FROM reservation_unit WHERE id = $1', [ru])).rows[0]!;
      const day = quietDay(120);
      const raise = { begins: day, priceUnit: 'PER_HOUR', highestPriceCents: 9900, lowestPriceCents: 2500, vatPercent: 25.5, paymentType: 'ON_SITE' };
      const payload = { reservationUnitId: ru, pricings: [...row.data.pricings, raise] };
      expect((await pushOne(central, await signIn(central.url, 'ville'), 'bookings.setPrices', payload, row.version)).status).toBe(403);
      const changedBegun = { reservationUnitId: ru, pricings: row.data.pricings.map((p) => ({ ...p, highestPriceCents: 1 })) };
      expect((await pushOne(central, paula, 'bookings.setPrices', changedBegun, row.version)).body.results[0]).toMatchObject({ status: 'rejected', code: 'pricing_begun_changed' });
      expect((await pushOne(central, paula, 'bookings.setPrices', payload, row.version)).body.results[0]).toMatchObject({ status: 'applied' });
      expect((await central.db.query('SELECT version FROM reservation_unit WHERE id = $1', [ru])).rows[0]).toEqual({ version: row.version + 1 });
      // Every desk of the unit hears of it.
      const pulled = await pullAll(central.url, await signIn(central.url, 'kaisa'));
      const unit = pulled.changes.filter((c) => c.entity === 'reservation_unit' && c.id === ru).at(-1);
      expect(unit).toMatchObject({ version: row.version + 1 });
      // A booking on the customer's behalf that day pays the new price; the day before, the old one.
      const behalf = (d: string) => ({
        reservationId: randomUUID(),
        reservationUnitId: ru,
        type: 'BEHALF',
        beginsAt: at(d, '10:00'),
        endsAt: at(d, '11:00'),
        name: 'Kerhokokous',
        description: '',
        bufferBeforeMin: null,
        bufferAfterMin: null,
        reservee: { kind: 'individual', firstName: 'Aino', lastName: 'Aaltonen', organisation: null, businessId: null, email: 'aino@example.fi', phone: '0401234567', language: 'fi' },
      });
      const [before, after] = [behalf(quietDay(119)), behalf(day)];
      for (const b of [before, after]) expect((await pushOne(central, paula, 'bookings.createStaffReservation', b, null)).body.results[0]).toMatchObject({ status: 'applied' });
      const price = async (id: string) => (await central.db.query<{ cents: number }>("SELECT (data->>'priceCents')::int AS cents FROM reservation WHERE id = $1", [id])).rows[0]!.cents;
      expect(await price(after.reservationId)).toBe(9900);
      expect(await price(before.reservationId)).not.toBe(9900);
    });

    it('lets an admin change a reservation unit’s rules, refuses rules that contradict each other and a handler', async () => {
      const paula = await signIn(central.url, 'paula');
      const ru = reservationUnitId('toolo-ryhmatyotila');
      const row = (await central.db.query<{ data: Record<string, unknown>; version: number }>('SELECT data, version FROM reservation_unit WHERE id = $1', [ru])).rows[0]!;
      const fields = ['minDurationMin', 'maxDurationMin', 'startIntervalMin', 'minDaysBefore', 'maxDaysBefore', 'maxReservationsPerUser', 'minPersons', 'maxPersons', 'requiresHandling', 'canApplyFreeOfCharge'];
      const rules = Object.fromEntries(fields.map((f) => [f, row.data[f]]));
      const next = { ...rules, requiresHandling: !rules.requiresHandling, maxReservationsPerUser: 2 };
      expect((await pushOne(central, await signIn(central.url, 'ville'), 'bookings.setUnitRules', { reservationUnitId: ru, rules: next }, row.version)).status).toBe(403);
      const contradicting = { ...next, minPersons: 9, maxPersons: 3 };
      expect((await pushOne(central, paula, 'bookings.setUnitRules', { reservationUnitId: ru, rules: contradicting }, row.version)).body.results[0]).toMatchObject({ status: 'rejected', code: 'unit_rules_invalid' });
      // A malformed rule is bad input: a 400, never a 5xx.
      expect((await pushOne(central, paula, 'bookings.setUnitRules', { reservationUnitId: ru, rules: { ...next, startIntervalMin: 7 } }, row.version)).status).toBe(400);
      expect((await pushOne(central, paula, 'bookings.setUnitRules', { reservationUnitId: ru, rules: next }, row.version)).body.results[0]).toMatchObject({ status: 'applied' });
      const after = (await central.db.query<{ data: Record<string, unknown>; version: number }>('SELECT data, version FROM reservation_unit WHERE id = $1', [ru])).rows[0]!;
      expect(after.version).toBe(row.version + 1);
      expect(after.data).toMatchObject({ requiresHandling: next.requiresHandling, maxReservationsPerUser: 2 });
    });
  });
});
