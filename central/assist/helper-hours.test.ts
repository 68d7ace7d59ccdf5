import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelperCalendar } from '../../domain/assist/entities.ts';
import { slotsOf } from '../../domain/assist/slots.ts';
import { addDays, helsinkiDateOf } from '../../domain/wall-clock.ts';
import { launchCentral } from '../server.ts';
import { pullAll, signIn } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { createKiosk, push, rows } from './central.test-support.ts';
import { ASSIST_USER_IDS } from './seed/service-points.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

/** Days from today: five weeks on and later, past the demo's seeded hours (three weeks). */
const day = (n: number) => addDays(helsinkiDateOf(Date.now()), n);
const hours = (servicePointId: string, dates: readonly string[], o: Record<string, unknown> = {}) => ({
  servicePointId,
  startTime: '16:00',
  endTime: '18:00',
  slotLengthMin: 30,
  days: dates.map((date) => ({ calendarId: randomUUID(), date })),
  ...o,
});
const book = (calendar: HelperCalendar, slot: number) => ({
  appointmentId: randomUUID(),
  calendarId: calendar.id,
  startsAt: slotsOf(calendar)[slot]!.startsAt,
  intake: { topic: 'strong_auth', ownDevice: true, language: 'fi', accessibilityNeeds: null },
  contact: null,
  bookedVia: 'kiosk',
  followUpOfSessionId: null,
});
const calendarsOf = (central: Central, helperId: string, date: string) => rows<HelperCalendar>(central.db, 'as_helper_calendar', 'helper_id = $1 AND calendar_date = $2', [helperId, date]);

interface People {
  hilkka: string;
  veera: string;
  maija: string;
  kiosk: string;
}

async function people(central: Central, kioskName: string): Promise<People> {
  await createKiosk(central.db, kioskName, 'sp-oodi');
  const [hilkka, veera, maija, kiosk] = await Promise.all(['hilkka', 'veera', 'maija', kioskName].map((u) => signIn(central.url, u)));
  return { hilkka: hilkka!, veera: veera!, maija: maija!, kiosk: kiosk! };
}

describe('help hours on the central (PGlite)', () => {
  let central: Central;
  let p: People;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 6 }, notifications: false });
    p = await people(central, 'kiosk-hours-oodi');
  });
  afterAll(() => central?.close());

  it("opens a helper's weekly hours in their own name, refuses the same time at their other point, and takes the hour after", async () => {
    const weekly = hours('sp-oodi', [day(35), day(42), day(49)]);
    expect((await push(central, p.hilkka, 'assist.openHelperHours', weekly)).body.results[0]).toMatchObject({ status: 'applied' });
    for (const d of weekly.days) {
      expect(await calendarsOf(central, ASSIST_USER_IDS.hilkka, d.date)).toEqual([
        { version: 1, record: { id: d.calendarId, servicePointId: 'sp-oodi', helperId: ASSIST_USER_IDS.hilkka, date: d.date, startTime: '16:00', endTime: '18:00', slotLengthMin: 30, closedAt: null } },
      ]);
    }
    const elsewhere = hours('sp-kallio', [day(42)], { startTime: '17:00', endTime: '19:00' });
    expect((await push(central, p.hilkka, 'assist.openHelperHours', elsewhere)).body.results[0]).toMatchObject({ status: 'conflict', code: 'as_hours_overlap' });
    expect(await calendarsOf(central, ASSIST_USER_IDS.hilkka, day(42))).toHaveLength(1);
    expect((await push(central, p.hilkka, 'assist.openHelperHours', hours('sp-kallio', [day(42)], { startTime: '18:00', endTime: '19:00', slotLengthMin: 60 }))).body.results[0]).toMatchObject({ status: 'applied' });
    // Veera works at Oodi only; a kiosk helps no one.
    expect((await push(central, p.veera, 'assist.openHelperHours', hours('sp-kallio', [day(36)]))).body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const kiosk = await push(central, p.kiosk, 'assist.openHelperHours', hours('sp-oodi', [day(36)]));
    expect(kiosk.status, JSON.stringify(kiosk.body)).toBe(403);
    expect(await rows(central.db, 'as_helper_calendar', 'calendar_date = $1', [day(36)])).toEqual([]);
  });

  it('closes hours only when nothing is booked in them, by their helper or a supervisor; closed hours offer no time, at a kiosk neither', async () => {
    const opened = hours('sp-oodi', [day(37)]);
    await push(central, p.hilkka, 'assist.openHelperHours', opened);
    const [cal] = await calendarsOf(central, ASSIST_USER_IDS.hilkka, day(37));
    const booking = book(cal!.record, 0);
    expect((await push(central, p.kiosk, 'assist.bookAppointment', booking)).body.results[0]).toMatchObject({ status: 'applied' });
    const close = { calendarId: cal!.record.id };
    expect((await push(central, p.veera, 'assist.closeHelperHours', close, { baseVersion: 1 })).body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await push(central, p.hilkka, 'assist.closeHelperHours', close, { baseVersion: 1 })).body.results[0]).toMatchObject({ status: 'conflict', code: 'as_hours_booked' });
    expect((await push(central, p.hilkka, 'assist.cancelAppointment', { appointmentId: booking.appointmentId, reason: null }, { baseVersion: 1 })).body.results[0]).toMatchObject({ status: 'applied' });
    expect((await push(central, p.maija, 'assist.closeHelperHours', close, { baseVersion: 1 })).body.results[0]).toMatchObject({ status: 'applied' });
    const [closed] = await calendarsOf(central, ASSIST_USER_IDS.hilkka, day(37));
    expect(closed).toMatchObject({ version: 2, record: { closedAt: expect.stringMatching(/Z$/) } });
    expect((await push(central, p.kiosk, 'assist.bookAppointment', book(cal!.record, 1))).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_hours_closed' });
    expect((await push(central, p.hilkka, 'assist.closeHelperHours', close, { baseVersion: 2 })).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_hours_closed' });
    // The kiosk learns of the closing, and of nothing about whose hours they were.
    const atKiosk = (await pullAll(central.url, p.kiosk)).changes.filter((c) => c.entity === 'as_helper_calendar' && c.id === cal!.record.id);
    expect(atKiosk.at(-1)?.data).toEqual({ id: cal!.record.id, servicePointId: 'sp-oodi', date: day(37), startTime: '16:00', endTime: '18:00', slotLengthMin: 30, closedAt: closed!.record.closedAt });
  });

  it('refuses hours in the past and hours without a whole time, and answers a malformed opening with a 4xx', async () => {
    expect((await push(central, p.hilkka, 'assist.openHelperHours', hours('sp-oodi', [day(-1)]))).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_hours_past' });
    expect((await push(central, p.hilkka, 'assist.openHelperHours', hours('sp-oodi', [day(38)], { endTime: '16:40', slotLengthMin: 45 }))).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_hours_too_short' });
    const malformed = [
      hours('sp-oodi', Array.from({ length: 13 }, (_, i) => day(60 + 7 * i))),
      hours('sp-oodi', [day(38), day(38)]),
      { ...hours('sp-oodi', [day(38)]), days: [{ calendarId: 'x', date: day(38) }] },
      hours('sp-oodi', [day(38)], { slotLengthMin: 20 }),
      hours('sp-oodi', [day(38)], { startTime: '25:00' }),
    ];
    for (const m of malformed) {
      const answer = await push(central, p.hilkka, 'assist.openHelperHours', m);
      expect(answer.status, JSON.stringify(answer.body).slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    expect(await calendarsOf(central, ASSIST_USER_IDS.hilkka, day(38))).toEqual([]);
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] central/assist/helper-hours.test.ts: PostgreSQL 15 is missing; the races run on PGlite only.');

describe.skipIf(!available)('help hours racing on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Central;
  let p: People;
  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 7 }, notifications: false });
    p = await people(central, 'kiosk-hours-race');
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  it('lets one of two overlapping openings by one helper at two points win, every round', async () => {
    for (let round = 0; round < 6; round++) {
      const date = day(40 + round);
      const answers = await Promise.all([
        push(central, p.hilkka, 'assist.openHelperHours', hours('sp-oodi', [date])),
        push(central, p.hilkka, 'assist.openHelperHours', hours('sp-kallio', [date], { startTime: '17:00', endTime: '19:00' })),
      ]);
      expect(answers.map((a) => a.body.results[0]?.status).sort(), `round ${round}`).toEqual(['applied', 'conflict']);
      expect(await calendarsOf(central, ASSIST_USER_IDS.hilkka, date), `round ${round}`).toHaveLength(1);
    }
  });

  it('never both closes hours and books a time in them', async () => {
    for (let round = 0; round < 6; round++) {
      const date = day(50 + round);
      await push(central, p.hilkka, 'assist.openHelperHours', hours('sp-oodi', [date]));
      const [cal] = await calendarsOf(central, ASSIST_USER_IDS.hilkka, date);
      const [closing, booking] = await Promise.all([push(central, p.hilkka, 'assist.closeHelperHours', { calendarId: cal!.record.id }, { baseVersion: 1 }), push(central, p.kiosk, 'assist.bookAppointment', book(cal!.record, 2))]);
      const outcome = [closing.body.results[0], booking.body.results[0]].map((r) => `${r?.status}:${r && 'code' in r ? r.code : ''}`);
      expect([
        ['applied:', 'rejected:as_hours_closed'],
        ['conflict:as_hours_booked', 'applied:'],
      ]).toContainEqual(outcome);
    }
  });
});
