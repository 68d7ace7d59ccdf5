import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaught } from '../notifications/caught-store.ts';
import { launchCentral } from '../server.ts';
import { signIn } from '../testing/api-client.ts';
import { at, outboxAbout, pushOne, quietDay, reservationFixture, reservationRow, reservationUnitId, storeFixtures } from '../testing/booking-fixtures.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

describe('messages to the customer from bookings decisions', () => {
  let central: Central;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0 }, notifications: false });
  });
  afterAll(() => central?.close());

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
    expect(await reservationRow(central.db, en!.id)).toMatchObject({ state: 'DENIED', slots: 0 });
    expect((await reservationRow(central.db, sv!.id))!.slots).toBeGreaterThan(0);
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
