import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, HelpRequest, HelpSession } from '../../domain/assist/entities.ts';
import { slotsOf } from '../../domain/assist/slots.ts';
import { addDays, fromWallClock, helsinkiDateOf, parseTimeOfDay } from '../../domain/wall-clock.ts';
import { launchCentral } from '../server.ts';
import { pullAll, signIn } from '../testing/api-client.ts';
import { runAssistDaily } from './daily-job.ts';
import { sendDueReminders } from './reminder-job.ts';
import { createKiosk, logSession, push, putCalendar, rows } from './central.test-support.ts';
import { ASSIST_USER_IDS } from './seed/service-points.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
const DAY_MS = 86_400_000;

let central: Central;
let hilkka: string;
beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 11 }, notifications: false });
  hilkka = await signIn(central.url, 'hilkka');
});
afterAll(() => central?.close());

/** Reads an events stream until it has said `event: poke`. */
async function firstPoke(res: Response): Promise<string> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let seen = '';
  while (!seen.includes('event: poke')) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += decoder.decode(value);
  }
  return seen;
}

describe('a kiosk asks for help', () => {
  it('pokes the events stream of the service point\'s staff, whose next pull carries the request', async () => {
    const kioskId = await createKiosk(central.db, 'kiosk-poke-oodi', 'sp-oodi');
    const kiosk = await signIn(central.url, 'kiosk-poke-oodi');
    const { cursor } = await pullAll(central.url, hilkka);
    const controller = new AbortController();
    const res = await fetch(`${central.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${hilkka}` }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const poked = firstPoke(res);
    const requestId = randomUUID();
    expect((await push(central, kiosk, 'assist.requestHelp', { requestId, servicePointId: 'sp-oodi', kioskId, language: 'sv' })).body.results[0]).toMatchObject({ status: 'applied' });
    expect(await poked).toContain('event: poke\ndata:\n\n');
    controller.abort();
    const { changes } = await pullAll(central.url, hilkka, cursor);
    const request = changes.find((c) => c.entity === 'as_help_request' && c.id === requestId)?.data as HelpRequest | undefined;
    expect(request).toMatchObject({ servicePointId: 'sp-oodi', kioskId, language: 'sv', status: 'open' });
    // Pressing again while staff are on their way adds nothing.
    expect((await push(central, kiosk, 'assist.requestHelp', { requestId: randomUUID(), servicePointId: 'sp-oodi', kioskId, language: 'sv' })).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_help_request_open' });
  });
});

describe('staff answer a kiosk\'s help request', () => {
  const ask = (token: string, servicePointId: string, kioskId: string) => push(central, token, 'assist.requestHelp', { requestId: randomUUID(), servicePointId, kioskId, language: 'fi' });
  const answer = (token: string, requestId: string, status: string) => push(central, token, 'assist.answerHelpRequest', { requestId, status });
  const result = async (p: ReturnType<typeof push>) => (await p).body.results[0];
  const request = async (id: string) => (await rows<HelpRequest>(central.db, 'as_help_request', 'id = $1', [id]))[0];

  it('acknowledges, then closes the request under its lock; the same kiosk may then ask again', async () => {
    const kioskId = await createKiosk(central.db, 'kiosk-answer-oodi', 'sp-oodi');
    const kiosk = await signIn(central.url, 'kiosk-answer-oodi');
    const first = await ask(kiosk, 'sp-oodi', kioskId);
    expect(first.body.results[0]).toMatchObject({ status: 'applied' });
    const requestId = (await rows<HelpRequest>(central.db, 'as_help_request', 'kiosk_id = $1', [kioskId]))[0]!.record.id;
    expect(await result(answer(hilkka, requestId, 'acknowledged'))).toMatchObject({ status: 'applied' });
    expect(await request(requestId)).toMatchObject({ version: 2, record: { status: 'acknowledged', closedAt: null } });
    // Someone is coming: the kiosk's call is still open.
    expect(await result(ask(kiosk, 'sp-oodi', kioskId))).toMatchObject({ status: 'rejected', code: 'as_help_request_open' });
    expect(await result(answer(hilkka, requestId, 'closed'))).toMatchObject({ status: 'applied' });
    expect(await request(requestId)).toMatchObject({ version: 3, record: { status: 'closed', closedAt: expect.any(String) } });
    expect(await result(answer(hilkka, requestId, 'acknowledged'))).toMatchObject({ status: 'rejected', code: 'as_help_request_transition' });
    expect(await result(ask(kiosk, 'sp-oodi', kioskId))).toMatchObject({ status: 'applied' });
    expect(await rows(central.db, 'as_help_request', "kiosk_id = $1 AND status <> 'closed'", [kioskId])).toHaveLength(1);
  });

  it('refuses a helper of another service point and a kiosk, and answers bad input with a 4xx', async () => {
    const kioskId = await createKiosk(central.db, 'kiosk-answer-malmi', 'sp-malmi');
    const kiosk = await signIn(central.url, 'kiosk-answer-malmi');
    expect(await result(ask(kiosk, 'sp-malmi', kioskId))).toMatchObject({ status: 'applied' });
    const { record } = (await rows<HelpRequest>(central.db, 'as_help_request', 'kiosk_id = $1', [kioskId]))[0]!;
    // Hilkka works at Oodi and Kallio, not at Malmi.
    expect(await result(answer(hilkka, record.id, 'closed'))).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await answer(kiosk, record.id, 'closed')).status).toBe(403);
    expect(await result(answer(hilkka, randomUUID(), 'closed'))).toMatchObject({ status: 'rejected', code: 'not_found' });
    for (const bad of [answer(hilkka, record.id, 'open'), answer(hilkka, record.id, 'done'), push(central, hilkka, 'assist.answerHelpRequest', { requestId: 42, status: 'closed' }), push(central, hilkka, 'assist.answerHelpRequest', { requestId: 'x\u0000y', status: 'closed' })]) {
      const b = await bad;
      expect(b.status, JSON.stringify(b.body).slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(b.status, JSON.stringify(b.body).slice(0, 300)).toBeLessThan(500);
    }
    expect(await request(record.id)).toMatchObject({ version: 1, record: { status: 'open' } });
  });
});

describe('the daily job', () => {
  it('erases expired notes, keeps fresh ones and the sessions themselves', async () => {
    const ended = Date.now() - 20 * DAY_MS;
    const old = logSession('sp-oodi', { note: 'Mobiilivarmenne aktivoitu' }, ended);
    expect((await push(central, hilkka, 'assist.logSession', old, { issuedAt: new Date(ended + 60_000).toISOString() })).body.results[0]).toMatchObject({ status: 'applied' });
    const fresh = logSession('sp-oodi', { note: 'Tulostin jumissa' });
    expect((await push(central, hilkka, 'assist.logSession', fresh)).body.results[0]).toMatchObject({ status: 'applied' });
    const counts = await runAssistDaily(central.db);
    expect(counts.notesErased).toBeGreaterThanOrEqual(1);
    const byId = new Map((await rows<HelpSession>(central.db, 'as_help_session', 'id = ANY($1::uuid[])', [[old.sessionId, fresh.sessionId]])).map((r) => [r.record.id, r]));
    expect(byId.get(old.sessionId)).toMatchObject({ version: 2, record: { note: null, noteExpiresAt: null, topics: ['strong_auth'] } });
    expect(byId.get(fresh.sessionId)).toMatchObject({ version: 1, record: { note: 'Tulostin jumissa' } });
    // The erasure travels by the feed: the helper's cache loses the note too.
    const { changes } = await pullAll(central.url, hilkka);
    expect(changes.find((c) => c.id === old.sessionId)?.data).toMatchObject({ note: null });
    expect(JSON.stringify(changes)).not.toContain('Mobiilivarmenne aktivoitu');
  });

  it('reminds at the rule\'s hour as the clock moves: the day before at 16:00, a late booking that morning at 08:00, each once', async () => {
    const today = helsinkiDateOf(Date.now());
    const at = (daysFromToday: number, hhmm: string) => new Date(fromWallClock(addDays(today, daysFromToday), parseTimeOfDay(hhmm)!));
    const calendar = await putCalendar(central.db, 'sp-oodi', 0, ASSIST_USER_IDS.hilkka);
    const [early, late] = slotsOf(calendar);
    const book = async (startsAt: string, email: string, bookedAt: Date) => {
      const appointmentId = randomUUID();
      const res = await push(central, hilkka, 'assist.bookAppointment', { appointmentId, calendarId: calendar.id, startsAt, intake: { topic: 'eservices_public', ownDevice: false, language: 'fi', accessibilityNeeds: null }, contact: { email, phone: null }, bookedVia: 'desk', followUpOfSessionId: null }, { issuedAt: bookedAt.toISOString() });
      expect(res.body.results[0]).toMatchObject({ status: 'applied' });
      return appointmentId;
    };
    // Booked two days ahead, and the evening before (after the day-before reminders went).
    const ahead = await book(early!.startsAt, 'ajoissa@example.fi', at(-2, '12:00'));
    const lastMinute = await book(late!.startsAt, 'myohaan@example.fi', at(-1, '18:00'));
    const sent = async (id: string) => (await central.db.query('SELECT recipient FROM notification_outbox WHERE entity_id = $1 AND template = $2', [id, 'assist.appointment_reminder'])).rows;
    const status = async (id: string) => (await rows<Appointment>(central.db, 'as_appointment', 'id = $1', [id]))[0];

    await sendDueReminders(central.db, at(-1, '15:59'));
    expect([await sent(ahead), await sent(lastMinute)]).toEqual([[], []]);
    await sendDueReminders(central.db, at(-1, '16:00'));
    expect(await sent(ahead)).toEqual([{ recipient: 'ajoissa@example.fi' }]);
    expect(await status(ahead)).toMatchObject({ version: 2, record: { status: 'reminded', remindedAt: at(-1, '16:00').toISOString() } });
    // Again at once, and through the night: nothing twice, and the late one waits for its morning.
    await sendDueReminders(central.db, at(-1, '16:00'));
    await sendDueReminders(central.db, at(0, '07:59'));
    expect([await sent(ahead), await sent(lastMinute)]).toEqual([[{ recipient: 'ajoissa@example.fi' }], []]);
    await sendDueReminders(central.db, at(0, '08:00'));
    await sendDueReminders(central.db, at(0, '09:00'));
    expect(await sent(lastMinute)).toEqual([{ recipient: 'myohaan@example.fi' }]);
    expect(await sent(ahead)).toHaveLength(1);
    expect(await status(lastMinute)).toMatchObject({ version: 2, record: { status: 'reminded' } });
    // The reminded state reaches the desk by the feed.
    const { changes } = await pullAll(central.url, hilkka);
    expect(changes.find((c) => c.id === lastMinute)?.data).toMatchObject({ status: 'reminded' });
  });

  it('erases every appointment\'s contact once kept long enough after its end, a forgotten booked one\'s too', async () => {
    const calendar = await putCalendar(central.db, 'sp-oodi', 2, ASSIST_USER_IDS.hilkka);
    const slot = slotsOf(calendar)[0]!;
    const forgotten = randomUUID();
    const booked = await push(central, hilkka, 'assist.bookAppointment', { appointmentId: forgotten, calendarId: calendar.id, startsAt: slot.startsAt, intake: { topic: 'other', ownDevice: false, language: 'fi', accessibilityNeeds: null }, contact: { email: null, phone: '+358401112223' }, bookedVia: 'desk', followUpOfSessionId: null });
    expect(booked.body.results[0]).toMatchObject({ status: 'applied' });
    const later = new Date(Date.now() + 45 * DAY_MS);
    const cutoff = new Date(later.getTime() - 30 * DAY_MS).toISOString();
    // Any status, ended 30 days before `later`: the seed's past and cancelled ones, and the booking above, never marked.
    const due = await central.db.query<{ n: number }>('SELECT count(*)::int AS n FROM as_appointment WHERE has_contact AND ends_at <= $1', [cutoff]);
    expect(due.rows[0]!.n).toBeGreaterThan(1);
    const counts = await runAssistDaily(central.db, later);
    expect(counts.contactsErased).toBe(due.rows[0]!.n);
    expect((await rows<Appointment>(central.db, 'as_appointment', 'id = $1', [forgotten]))[0]).toMatchObject({ version: 2, record: { status: 'booked', contact: null } });
    const left = await rows<Appointment>(central.db, 'as_appointment', 'has_contact');
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((r) => Date.parse(r.record.endsAt) + 30 * DAY_MS > later.getTime())).toBe(true);
    expect((await rows<HelpSession>(central.db, 'as_help_session', 'note_expires_at IS NOT NULL')).length).toBe(0);
    expect((await runAssistDaily(central.db, later)).contactsErased).toBe(0);
  });
});
