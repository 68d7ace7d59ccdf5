import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, PushResponse } from '../../domain/sync/protocol.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { at, outboxAbout, quietDay, reservationFixture, reservationUnitId, storeFixtures } from '../testing/booking-fixtures.ts';
import { raceForTheHall } from '../testing/booking-race.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { unitGroupId, unitId } from './seed/units.ts';
import { DEMO_USERS } from '../auth/users.ts';
import { listCaught } from '../notifications/caught-store.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

async function pushOne(central: Central, token: string, type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = 1) {
  const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, 1, baseVersion)] } });
  return res;
}

const row = async (central: Central, id: string) =>
  (await central.db.query<{ version: number; state: string; slots: number; k: string | null }>(
    `SELECT version, state, (SELECT count(*)::int FROM reservation_slot s WHERE s.reservation_id = r.id) AS slots,
       (SELECT min(k)::text FROM reservation_slot s WHERE s.reservation_id = r.id) AS k FROM reservation r WHERE id = $1`,
    [id],
  )).rows[0];

const userId = (username: string) => DEMO_USERS.find((u) => u.username === username)!.id;

describe('bookings commands on the central (PGlite)', () => {
  let central: Central;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 400, seed: 3 }, notifications: false });
  });
  afterAll(() => central?.close());

  it('seeds units, spaces, reservation units and a season whose blocking bookings all hold slot rows', async () => {
    const counts = (await central.db.query<{ units: number; rus: number; reservations: number; blocking: number; holding: number; queue: number }>(
      `SELECT (SELECT count(*)::int FROM booking_unit) AS units, (SELECT count(*)::int FROM reservation_unit) AS rus,
              (SELECT count(*)::int FROM reservation) AS reservations,
              (SELECT count(*)::int FROM reservation WHERE state IN ('CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED')) AS blocking,
              (SELECT count(DISTINCT reservation_id)::int FROM reservation_slot) AS holding,
              (SELECT count(*)::int FROM reservation WHERE state = 'REQUIRES_HANDLING' AND begins_at::timestamptz >= now()) AS queue`,
    )).rows[0]!;
    expect(counts).toMatchObject({ units: 12, reservations: 400 });
    expect(counts.rus).toBeGreaterThan(30);
    expect(counts.holding).toBe(counts.blocking);
    expect(counts.queue).toBeGreaterThan(0);
  });

  it('lets exactly one of twenty handlers book overlapping time on a hall and its parts; the rest are told time taken', async () => {
    const { results, holding } = await raceForTheHall(central, 'createStaffReservation', 20, 298);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 'applied')) expect(r).toMatchObject({ status: 'conflict', code: 'reservation_time_taken', current: { free: false, blockers: [{ reservationId: holding[0] }] } });
    expect(holding).toHaveLength(1);
  });

  it('lets exactly one of twenty handlers take overlapping time on a hall and its parts; the rest are told slot taken', async () => {
    const { results, holding } = await raceForTheHall(central, 'returnToHandling');
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(1);
    const refused = results.filter((r) => r.status !== 'applied');
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r).toMatchObject({ status: 'conflict', code: 'reservation_slot_taken' });
    expect(holding).toHaveLength(1);
    // The refusal names the booking in the way.
    const first = refused[0]!;
    if (first.status !== 'conflict') throw new Error('unreachable');
    expect(first.current).toMatchObject({ free: false, blockers: [{ reservationId: holding[0] }] });
  });

  it('keeps the invariant when the code’s own check misses a booking: the schema refuses, the answer names it', async () => {
    const day = quietDay(299);
    const [hall, part] = await Promise.all([
      reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('toolo-mika-waltari'), beginsAt: at(day, '10:00'), endsAt: at(day, '12:00'), state: 'DENIED' }),
      reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('toolo-mika-waltari-1'), beginsAt: at(day, '11:00'), endsAt: at(day, '13:00'), state: 'CONFIRMED' }),
    ]);
    await storeFixtures(central.db, [hall, part]);
    // The part's row now claims it holds no time, but its slot rows still hold it.
    await central.db.query(`UPDATE reservation SET version = 2, data = jsonb_set(data, '{state}', '"CANCELLED"') WHERE id = $1`, [part.id]);
    const res = await pushOne(central, await signIn(central.url, 'paula'), 'bookings.returnToHandling', { reservationId: hall.id });
    expect(res.body.results[0]).toMatchObject({ status: 'conflict', code: 'reservation_slot_taken', current: { free: false, blockers: [{ reservationId: part.id, relation: 'space', cause: { kind: 'time' } }] } });
    expect(await row(central, hall.id)).toMatchObject({ version: 1, state: 'DENIED', slots: 0 });
  });

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
      expect(await row(central, oodi)).toMatchObject({ version: 1, state: 'REQUIRES_HANDLING' });
    });

    it('lets a handler of Töölö act there but not on Oodi', async () => {
      const ville = await signIn(central.url, 'ville');
      const refused = await pushOne(central, ville, 'bookings.approveReservation', { reservationId: oodi, note: 'ok' });
      expect(refused.status).toBe(200);
      expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
      expect(await row(central, oodi)).toMatchObject({ version: 1, state: 'REQUIRES_HANDLING' });
      const held = await row(central, toolo);
      const applied = await pushOne(central, ville, 'bookings.approveReservation', { reservationId: toolo, note: 'Tervetuloa' });
      expect(applied.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
      // The request held its time already: approving it leaves its slot rows as they were.
      expect(await row(central, toolo)).toMatchObject({ version: 2, state: 'CONFIRMED', slots: held!.slots, k: held!.k });
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
      expect(await row(central, mine.id)).toMatchObject({ state: 'CANCELLED', slots: 0 });
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
      expect(ended.body.results[0]).toMatchObject({ status: 'applied' });
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

  describe('messages to the customer', () => {
    it('ends a seasonal series with one message listing every date, in the customer’s language', async () => {
      const seriesId = randomUUID();
      const ru = reservationUnitId('toolo-mika-waltari');
      const dates = [quietDay(230), quietDay(237), quietDay(244)];
      const members = await Promise.all(
        dates.map((d) =>
          reservationFixture(central.db, { id: randomUUID(), seriesId, reservationUnitId: ru, beginsAt: at(d, '17:00'), endsAt: at(d, '19:00'), type: 'SEASONAL', state: 'CONFIRMED', reserveeLanguage: 'en', reserveeEmail: 'choir@example.org', reserveeFirstName: 'Ella' }),
        ),
      );
      await central.db.query('INSERT INTO reservation_series (id, version, data) VALUES ($1, 1, $2)', [
        seriesId,
        JSON.stringify({ id: seriesId, reservationUnitId: ru, unitId: members[0]!.unitId, name: 'Kuoro', description: '', type: 'SEASONAL', beginDate: dates[0], endDate: dates[2], beginTime: '17:00', endTime: '19:00', recurrenceInDays: 7, weekdays: ['MONDAY'], userId: null, ageGroupId: null }),
      ]);
      await storeFixtures(central.db, members);
      const kaisa = await signIn(central.url, 'kaisa');
      const res = await pushOne(central, kaisa, 'bookings.endSeries', { seriesId, fromDate: dates[0], action: 'cancel', denyReasonId: null, note: '' });
      expect(res.body.results[0]).toMatchObject({ status: 'applied' });
      const messages = await central.db.query<{ template: string; language: string; when: string }>(
        "SELECT template, language, params->>'when' AS when FROM notification_outbox WHERE entity_id = ANY($1)",
        [members.map((m) => m.id)],
      );
      expect(messages.rows).toHaveLength(1);
      expect(messages.rows[0]).toMatchObject({ template: 'bookings.cancelled', language: 'en' });
      expect(messages.rows[0]!.when.split('\n')).toHaveLength(3);
    });

    it('queues approve, deny and cancel in the reservee’s language; staff bookings send none', async () => {
      const day = quietDay(295);
      const ru = reservationUnitId('toolo-ryhmatyotila');
      const [sv, en, fi, staff] = await Promise.all([
        reservationFixture(central.db, { id: randomUUID(), reservationUnitId: ru, beginsAt: at(day, '09:00'), endsAt: at(day, '10:00'), reserveeLanguage: 'sv', reserveeFirstName: 'Maja', reserveeEmail: 'maja@example.fi' }),
        reservationFixture(central.db, { id: randomUUID(), reservationUnitId: ru, beginsAt: at(day, '12:00'), endsAt: at(day, '13:00'), reserveeLanguage: 'en', reserveeFirstName: 'John', reserveeEmail: 'john@example.com' }),
        reservationFixture(central.db, { id: randomUUID(), reservationUnitId: ru, beginsAt: at(day, '15:00'), endsAt: at(day, '16:00'), state: 'CONFIRMED' }),
        reservationFixture(central.db, { id: randomUUID(), reservationUnitId: ru, beginsAt: at(day, '18:00'), endsAt: at(day, '19:00'), state: 'CONFIRMED', type: 'STAFF' }),
      ]);
      await storeFixtures(central.db, [sv!, en!, fi!, staff!]);
      const kaisa = await signIn(central.url, 'kaisa');
      const reason = (await central.db.query<{ id: string; en: string }>("SELECT id::text AS id, data->'reason'->>'en' AS en FROM deny_reason ORDER BY (data->>'rank')::int LIMIT 1")).rows[0]!;
      expect((await pushOne(central, kaisa, 'bookings.approveReservation', { reservationId: sv!.id, note: 'OK' })).body.results[0]).toMatchObject({ status: 'applied' });
      expect((await pushOne(central, kaisa, 'bookings.denyReservation', { reservationId: en!.id, denyReasonId: reason.id, note: 'Päällekkäinen tapahtuma' })).body.results[0]).toMatchObject({ status: 'applied' });
      expect((await pushOne(central, kaisa, 'bookings.cancelReservation', { reservationId: fi!.id, reason: 'OTHER', details: 'Asiakas soitti' })).body.results[0]).toMatchObject({ status: 'applied' });
      expect((await pushOne(central, kaisa, 'bookings.cancelReservation', { reservationId: staff!.id, reason: 'CHANGE_OF_PLANS', details: '' })).body.results[0]).toMatchObject({ status: 'applied' });

      expect(await outboxAbout(central.db, sv!.id)).toEqual([
        { template: 'bookings.approved', language: 'sv', recipient: 'maja@example.fi', params: expect.objectContaining({ name: 'Maja', place: expect.stringContaining('Tölö bibliotek') }) },
      ]);
      expect(await outboxAbout(central.db, en!.id)).toEqual([
        { template: 'bookings.denied', language: 'en', recipient: 'john@example.com', params: expect.objectContaining({ reason: reason.en, place: expect.stringContaining('Töölö Library') }) },
      ]);
      expect(await outboxAbout(central.db, fi!.id)).toEqual([expect.objectContaining({ template: 'bookings.cancelled', language: 'fi' })]);
      expect(await outboxAbout(central.db, staff!.id)).toEqual([]);
      // Denied and cancelled bookings leave their time; the approved one keeps it.
      expect(await row(central, en!.id)).toMatchObject({ state: 'DENIED', slots: 0 });
      expect((await row(central, sv!.id))!.slots).toBeGreaterThan(0);
    });
  });
});

describe('a bookings decision reaches the demo mail catcher', () => {
  let central: Central;
  beforeAll(async () => {
    // A long interval: the commit's NOTIFY wakes the sender, not its timer.
    central = await launchCentral({ seed: { applications: 0 }, notifications: { from: 'KuVa Desk <no-reply@kuva-desk.invalid>', intervalMs: 3_600_000 } });
  });
  afterAll(() => central?.close());

  it('sends the approval in Swedish to the reservee', async () => {
    const day = quietDay(240);
    const request = await reservationFixture(central.db, { id: randomUUID(), reservationUnitId: reservationUnitId('toolo-ryhmatyotila'), beginsAt: at(day, '09:00'), endsAt: at(day, '10:00'), reserveeLanguage: 'sv', reserveeEmail: 'maja@example.fi', reserveeFirstName: 'Maja' });
    await storeFixtures(central.db, [request]);
    const res = await pushOne(central, await signIn(central.url, 'ville'), 'bookings.approveReservation', { reservationId: request.id, note: 'OK' });
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    await expect
      .poll(async () => (await listCaught(central.db, { limit: 10 })).messages.find((m) => m.recipients.includes('maja@example.fi'))?.subject, { timeout: 30_000 })
      .toBe('Din bokning är bekräftad: Grupparbetslokal, Tölö bibliotek');
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] central/bookings/command-handler.test.ts: PostgreSQL 15 is missing; the race runs on PGlite only.');

describe.skipIf(!available)('bookings race on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 200, seed: 4 }, notifications: false });
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  it('lets exactly one of twenty concurrent handlers take the hall’s time; the rest are told it is taken', async () => {
    const rounds = [
      ['createStaffReservation', 300, 'reservation_time_taken'],
      ['returnToHandling', 301, 'reservation_slot_taken'],
      ['createStaffReservation', 302, 'reservation_time_taken'],
      ['returnToHandling', 303, 'reservation_slot_taken'],
    ] as const;
    for (const [how, daysAhead, code] of rounds) {
      const { results, holding } = await raceForTheHall(central, how, 20, daysAhead);
      expect(results.filter((r) => r.status === 'applied'), `${how}, day +${daysAhead}`).toHaveLength(1);
      for (const r of results.filter((x) => x.status !== 'applied')) expect(r).toMatchObject({ status: 'conflict', code, current: { free: false, blockers: [{ reservationId: holding[0] }] } });
      expect(holding).toHaveLength(1);
    }
  });
});
