import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment, HelpSession, QueueTicket } from '../../domain/assist/entities.ts';
import { slotsOf } from '../../domain/assist/slots.ts';
import { createUser } from '../auth/users.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { createKiosk, issueTicket, logSession, push, putCalendar, rows, sessionFields } from './central.test-support.ts';
import { ASSIST_USER_IDS } from './seed/service-points.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
let hilkka: string;
let veera: string;
let maija: string;
let kiosk: string;
let kioskId: string;
beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 3 }, notifications: false });
  kioskId = await createKiosk(central.db, 'kiosk-test-oodi', 'sp-oodi');
  [hilkka, veera, maija, kiosk] = (await Promise.all(['hilkka', 'veera', 'maija', 'kiosk-test-oodi'].map((u) => signIn(central.url, u)))) as [string, string, string, string];
});
afterAll(() => central?.close());

const pointOf = (c: { entity: string; data?: unknown }) => {
  const d = c.data as { id: string; servicePointId?: string };
  return c.entity === 'as_service_point' ? d.id : d.servicePointId;
};

describe('what a pull carries', () => {
  it('gives a helper of Oodi and Kallio those two service points only, every Assistance entity of them', async () => {
    const { changes } = await pullAll(central.url, hilkka);
    const assist = changes.filter((c) => c.entity.startsWith('as_'));
    expect(new Set(assist.map(pointOf))).toEqual(new Set(['sp-oodi', 'sp-kallio']));
    expect(new Set(assist.map((c) => c.entity))).toEqual(new Set(['as_service_point', 'as_helper_calendar', 'as_queue_ticket', 'as_help_session', 'as_appointment']));
    // Nothing of the other workspaces either, beside what the kiosks of her points show (public events, decision 29).
    expect(changes.filter((c) => !c.entity.startsWith('as_')).every((c) => c.entity === 'kiosk_event')).toBe(true);
    expect(new Set(changes.filter((c) => c.entity === 'kiosk_event').map(pointOf))).toEqual(new Set(['sp-oodi', 'sp-kallio']));
  });

  it('gives the supervisor every service point', async () => {
    const { changes } = await pullAll(central.url, maija);
    expect(new Set(changes.filter((c) => c.entity.startsWith('as_')).map(pointOf))).toEqual(new Set(['sp-oodi', 'sp-kallio', 'sp-itis', 'sp-malmi']));
  });
});

describe('rights per service point', () => {
  it('lets a volunteer work the queue and log sessions at her point', async () => {
    const t = issueTicket('sp-oodi');
    expect((await push(central, veera, 'assist.issueTicket', t)).body.results[0]).toMatchObject({ status: 'applied' });
    const s = logSession('sp-oodi', { helperType: 'volunteer', topics: ['email_account', 'online_safety'], note: 'Salasanan vaihto onnistui' });
    expect((await push(central, veera, 'assist.logSession', s)).body.results[0]).toMatchObject({ status: 'applied' });
    const [stored] = await rows<HelpSession>(central.db, 'as_help_session', 'id = $1', [s.sessionId]);
    expect(stored?.record).toMatchObject({ servicePointId: 'sp-oodi', loggedBy: ASSIST_USER_IDS.veera, topics: ['email_account', 'online_safety'], note: 'Salasanan vaihto onnistui' });
    expect(stored?.record.noteExpiresAt).not.toBeNull();
  });

  it('refuses a helper, a volunteer and a kiosk anything at a service point not theirs with forbidden, and writes nothing', async () => {
    const other = issueTicket('sp-malmi');
    const malmiTicket = (await rows<QueueTicket>(central.db, 'as_queue_ticket', "service_point_id = 'sp-malmi'"))[0]!.record;
    const tries = [
      await push(central, hilkka, 'assist.issueTicket', other),
      await push(central, hilkka, 'assist.callNext', { servicePointId: 'sp-malmi' }),
      await push(central, hilkka, 'assist.markNoShow', { ticketId: malmiTicket.id }),
      await push(central, veera, 'assist.callNext', { servicePointId: 'sp-kallio' }),
      await push(central, veera, 'assist.logSession', logSession('sp-kallio')),
      await push(central, kiosk, 'assist.issueTicket', issueTicket('sp-malmi', 'kiosk')),
      await push(central, kiosk, 'assist.requestHelp', { requestId: randomUUID(), servicePointId: 'sp-malmi', kioskId, language: 'fi' }),
      // A kiosk asks in its own name only.
      await push(central, kiosk, 'assist.requestHelp', { requestId: randomUUID(), servicePointId: 'sp-oodi', kioskId: randomUUID(), language: 'fi' }),
    ];
    for (const t of tries) expect(t.body.results[0], JSON.stringify(t.body)).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await rows(central.db, 'as_queue_ticket', 'id = $1', [other.ticketId])).toHaveLength(0);
    expect(await rows(central.db, 'as_help_request')).toHaveLength(0);
  });

  it('refuses a kiosk the staff commands outright, and lets it take a ticket at its own point', async () => {
    const staff = [
      await push(central, kiosk, 'assist.callNext', { servicePointId: 'sp-oodi' }),
      await push(central, kiosk, 'assist.logSession', logSession('sp-oodi')),
    ];
    for (const s of staff) expect(s.status).toBe(403);
    const own = issueTicket('sp-oodi', 'kiosk');
    expect((await push(central, kiosk, 'assist.issueTicket', own)).body.results[0]).toMatchObject({ status: 'applied' });
    const [t] = await rows<QueueTicket>(central.db, 'as_queue_ticket', 'id = $1', [own.ticketId]);
    expect(t?.record).toMatchObject({ status: 'waiting', source: 'kiosk', label: expect.stringMatching(/^D\d{3}$/) });
  });
});

describe('the queue', () => {
  it('calls, recalls, serves and transfers a ticket; the transferred one keeps its place in the other queue', async () => {
    const maijaId = ASSIST_USER_IDS.maija;
    const t = issueTicket('sp-oodi');
    expect((await push(central, maija, 'assist.issueTicket', t)).body.results[0]).toMatchObject({ status: 'applied' });
    const [issued] = await rows<QueueTicket>(central.db, 'as_queue_ticket', 'id = $1', [t.ticketId]);
    // Everyone waiting before it is called first: call until it is Maija's.
    for (;;) {
      expect((await push(central, maija, 'assist.callNext', { servicePointId: 'sp-oodi' })).body.results[0]).toMatchObject({ status: 'applied' });
      const [mine] = (await rows<QueueTicket>(central.db, 'as_queue_ticket', "status = 'called' AND data->>'helperId' = $1", [maijaId])).map((r) => r.record);
      if (mine!.id === t.ticketId) break;
      expect((await push(central, maija, 'assist.markNoShow', { ticketId: mine!.id })).body.results[0]).toMatchObject({ status: 'applied' });
    }
    expect((await push(central, maija, 'assist.recallTicket', { ticketId: t.ticketId })).body.results[0]).toMatchObject({ status: 'applied' });
    expect((await push(central, maija, 'assist.startService', { ticketId: t.ticketId })).body.results[0]).toMatchObject({ status: 'applied' });
    const newTicketId = randomUUID();
    // Veera works at Oodi only, but may hand a ticket of hers to Kallio; Hilkka could not take one from Malmi (above).
    expect((await push(central, veera, 'assist.transferTicket', { ticketId: t.ticketId, newTicketId, toServicePointId: 'sp-kallio' })).body.results[0]).toMatchObject({ status: 'applied' });
    const byId = new Map((await rows<QueueTicket>(central.db, 'as_queue_ticket', 'id = ANY($1::uuid[])', [[t.ticketId, newTicketId]])).map((r) => [r.record.id, r.record]));
    expect(byId.get(t.ticketId)).toMatchObject({ status: 'transferred', recallCount: 1, transferredToTicketId: newTicketId });
    expect(byId.get(newTicketId)).toMatchObject({ servicePointId: 'sp-kallio', status: 'waiting', label: expect.stringMatching(/^K\d{3}$/), queuedAt: issued!.record.queuedAt, transferredFromTicketId: t.ticketId });
    expect((await push(central, maija, 'assist.finishService', { ticketId: t.ticketId })).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_ticket_transition' });
  });

  it('a referral to another point needs the right at the sending point only: the receiving staff get the ticket by pull and stream, the sender keeps only the closed one', async () => {
    // The rule (docs/decisions.md 29): whoever serves the customer may send them on, as a walk-in
    // is sent on at a counter; the ticket then belongs to the receiving point's scope alone.
    await createUser(central.db, { id: randomUUID(), username: 'test-kallio-only', name: 'Kallio Only', roles: [], grants: [{ role: 'assist_helper', servicePointId: 'sp-kallio' }], password: 'x-test-pw' });
    const kallio = await signIn(central.url, 'test-kallio-only', 'x-test-pw');
    const [{ cursor: kallioAt }, { cursor: veeraAt }] = await Promise.all([pullAll(central.url, kallio), pullAll(central.url, veera)]);
    const t = issueTicket('sp-oodi');
    expect((await push(central, veera, 'assist.issueTicket', t)).body.results[0]).toMatchObject({ status: 'applied' });
    // Kallio's staff cannot send Oodi's customers anywhere.
    const refused = await push(central, kallio, 'assist.transferTicket', { ticketId: t.ticketId, newTicketId: randomUUID(), toServicePointId: 'sp-kallio' });
    expect(refused.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const nowhere = await push(central, veera, 'assist.transferTicket', { ticketId: t.ticketId, newTicketId: randomUUID(), toServicePointId: 'sp-nowhere' });
    expect(nowhere.status).toBe(200);
    expect(nowhere.body.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });

    const controller = new AbortController();
    const events = await fetch(`${central.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${kallio}` }, signal: controller.signal });
    const reader = events.body!.getReader();
    let heard = '';
    const read = async (until: string) => {
      while (!heard.includes(until)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('The events stream ended.');
        heard += new TextDecoder().decode(value);
      }
    };
    await read(': connected');
    const newTicketId = randomUUID();
    expect((await push(central, veera, 'assist.transferTicket', { ticketId: t.ticketId, newTicketId, toServicePointId: 'sp-kallio' })).body.results[0]).toMatchObject({ status: 'applied' });
    await read('event: poke');
    controller.abort();

    const atKallio = (await pullAll(central.url, kallio, kallioAt)).changes.filter((c) => c.entity === 'as_queue_ticket');
    expect(atKallio.map((c) => c.id)).toEqual([newTicketId]);
    expect(atKallio[0]!.data).toMatchObject({ servicePointId: 'sp-kallio', status: 'waiting', label: expect.stringMatching(/^K\d{3}$/), transferredFromTicketId: t.ticketId });
    const atOodi = (await pullAll(central.url, veera, veeraAt)).changes.filter((c) => c.entity === 'as_queue_ticket');
    expect(new Set(atOodi.map((c) => c.id))).toEqual(new Set([t.ticketId]));
    expect(atOodi.at(-1)!.data).toMatchObject({ servicePointId: 'sp-oodi', status: 'transferred', transferredToTicketId: newTicketId });
    // From here the ticket is Kallio's to serve, and no longer Oodi's to touch.
    expect((await push(central, veera, 'assist.markNoShow', { ticketId: newTicketId })).body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await push(central, kallio, 'assist.markNoShow', { ticketId: newTicketId })).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_ticket_transition' });
  });
});

describe('appointments', () => {
  it('books a slot with a confirmation to the contact given, refuses the slot twice, and tells of a cancellation', async () => {
    const calendar = await putCalendar(central.db, 'sp-kallio', 3, ASSIST_USER_IDS.hilkka);
    const slot = slotsOf(calendar)[1]!;
    const book = (appointmentId: string, contact: unknown) => ({ appointmentId, calendarId: calendar.id, startsAt: slot.startsAt, intake: { topic: 'strong_auth', ownDevice: true, language: 'sv', accessibilityNeeds: null }, contact, bookedVia: 'desk', followUpOfSessionId: null });
    const id = randomUUID();
    expect((await push(central, hilkka, 'assist.bookAppointment', book(id, { email: 'kund@example.fi', phone: '040 123 4567' }))).body.results[0]).toMatchObject({ status: 'applied' });
    const twice = await push(central, maija, 'assist.bookAppointment', book(randomUUID(), null));
    expect(twice.body.results[0]).toMatchObject({ status: 'conflict', code: 'as_slot_taken' });
    const queued = await central.db.query<{ channel: string; recipient: string; language: string; template: string }>('SELECT channel, recipient, language, template FROM notification_outbox WHERE entity_id = $1 ORDER BY channel', [id]);
    expect(queued.rows).toEqual([
      { channel: 'email', recipient: 'kund@example.fi', language: 'sv', template: 'assist.appointment_booked' },
      { channel: 'sms', recipient: '+358401234567', language: 'sv', template: 'assist.appointment_booked' },
    ]);
    // Veera is not at Kallio: she cannot cancel it.
    expect((await push(central, veera, 'assist.cancelAppointment', { appointmentId: id, reason: null }, { baseVersion: 1 })).body.results[0]).toMatchObject({ code: 'forbidden' });
    expect((await push(central, hilkka, 'assist.cancelAppointment', { appointmentId: id, reason: 'Asiakas soitti' }, { baseVersion: 1 })).body.results[0]).toMatchObject({ status: 'applied' });
    const cancelled = await central.db.query('SELECT 1 FROM notification_outbox WHERE entity_id = $1 AND template = $2', [id, 'assist.appointment_cancelled']);
    expect(cancelled.rows).toHaveLength(2);
    const [a] = await rows<Appointment>(central.db, 'as_appointment', 'id = $1', [id]);
    expect(a).toMatchObject({ version: 2, record: { status: 'cancelled', cancelReason: 'Asiakas soitti' } });
    // The slot is free again.
    expect((await push(central, hilkka, 'assist.bookAppointment', book(randomUUID(), null))).body.results[0]).toMatchObject({ status: 'applied' });
  });
});

describe('bad input', () => {
  const send = (type: string, payload: unknown, token = hilkka) => api<{ code?: string; message?: string }>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [{ ...envelope('assist.callNext', null, 1), type, payload }] } });

  it('answers wrong types, control characters, lone surrogates and huge arrays with a clear 4xx, never a 5xx', async () => {
    const bad = [
      await send('assist.issueTicket', { ticketId: randomUUID(), servicePointId: 42, source: 'desk', topicHint: null, language: null }),
      await send('assist.issueTicket', { ticketId: 'not-a-uuid', servicePointId: 'sp-oodi', source: 'desk', topicHint: null, language: null }),
      await send('assist.issueTicket', { ticketId: randomUUID(), servicePointId: 'sp-oodi', source: 'street', topicHint: null, language: null }),
      await send('assist.callNext', { servicePointId: 'sp-\u0000oodi' }),
      await send('assist.callNext', { servicePointId: 'sp-\ud800oodi' }),
      await send('assist.logSession', logSession('sp-oodi', { note: 'a\u0000b' })),
      await send('assist.logSession', logSession('sp-oodi', { topics: Array.from({ length: 100_000 }, () => 'strong_auth') })),
      await send('assist.logSession', logSession('sp-oodi', { topics: [] })),
      await send('assist.logSession', logSession('sp-oodi', { note: 'x'.repeat(501) })),
      await send('assist.logSessionsBulk', { servicePointId: 'sp-oodi', hourStartedAt: new Date(Math.floor(Date.now() / 3_600_000 - 1) * 3_600_000).toISOString(), sessions: Array.from({ length: 101 }, () => ({ ...sessionFields, sessionId: randomUUID(), durationBucket: '5_15' })) }),
      await send('assist.bookAppointment', { appointmentId: randomUUID(), calendarId: 'x', startsAt: 'tomorrow', intake: {}, contact: { email: 'not mail', phone: null }, bookedVia: 'desk', followUpOfSessionId: null }),
      await send('assist.noSuchCommand', {}),
      await api(central.url, 'POST', '/sync/push', { token: hilkka, raw: '{"clientId":', contentType: 'application/json' }),
    ];
    for (const b of bad) {
      expect(b.status, JSON.stringify(b.body).slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(b.status, JSON.stringify(b.body).slice(0, 300)).toBeLessThan(500);
    }
    const bulk = bad[9]!;
    expect(JSON.stringify(bulk.body)).toContain('at most 100');
  });

  it('refuses a note that looks like personal data, in one session or in a bulk log, and stores none of it', async () => {
    const one = logSession('sp-oodi', { note: 'Soita asiakkaalle 040 123 4567' });
    expect((await push(central, hilkka, 'assist.logSession', one)).body.results[0]).toMatchObject({ status: 'rejected', code: 'as_note_personal_data' });
    const hour = new Date(Math.floor(Date.now() / 3_600_000 - 1) * 3_600_000).toISOString();
    const sessions = [
      { ...sessionFields, sessionId: randomUUID(), durationBucket: '5_15' },
      { ...sessionFields, sessionId: randomUUID(), durationBucket: '15_30', note: 'asiakas@example.fi ei muista salasanaa' },
    ];
    const bulk = await push(central, hilkka, 'assist.logSessionsBulk', { servicePointId: 'sp-oodi', hourStartedAt: hour, sessions });
    expect(bulk.body.results[0]).toMatchObject({ status: 'rejected', code: 'as_note_personal_data', message: expect.stringContaining('Row 2') });
    expect(await rows(central.db, 'as_help_session', 'id = ANY($1::uuid[])', [[one.sessionId, ...sessions.map((s) => s.sessionId)]])).toHaveLength(0);
    // A full hour of 100 is taken whole.
    const full = Array.from({ length: 100 }, () => ({ ...sessionFields, sessionId: randomUUID(), durationBucket: 'under_5' }));
    expect((await push(central, hilkka, 'assist.logSessionsBulk', { servicePointId: 'sp-kallio', hourStartedAt: hour, sessions: full })).body.results[0]).toMatchObject({ status: 'applied' });
    expect(await rows(central.db, 'as_help_session', 'id = ANY($1::uuid[])', [full.map((s) => s.sessionId)])).toHaveLength(100);
  });

  it('refuses unknown ids of existing rows with not_found, non-UUID ones too', async () => {
    const unknown = [
      await push(central, maija, 'assist.callNext', { servicePointId: 'sp-nowhere' }),
      await push(central, maija, 'assist.recallTicket', { ticketId: 'no such ticket' }),
      await push(central, maija, 'assist.finishService', { ticketId: randomUUID() }),
      await push(central, maija, 'assist.cancelAppointment', { appointmentId: 'nope', reason: null }, { baseVersion: 1 }),
      await push(central, maija, 'assist.bookAppointment', { appointmentId: randomUUID(), calendarId: 'no-calendar', startsAt: new Date(Date.now() + 86_400_000).toISOString(), intake: { topic: 'other', ownDevice: false, language: 'fi', accessibilityNeeds: null }, contact: null, bookedVia: 'desk', followUpOfSessionId: null }),
    ];
    for (const u of unknown) expect(u.body.results[0], JSON.stringify(u.body)).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('never lets a create command overwrite an existing row by naming its id', async () => {
    const existing = (await rows<QueueTicket>(central.db, 'as_queue_ticket', "service_point_id = 'sp-oodi'"))[0]!;
    const taken = await push(central, hilkka, 'assist.issueTicket', { ...issueTicket('sp-oodi'), ticketId: existing.record.id });
    expect(taken.body.results[0]).toMatchObject({ status: 'rejected', code: 'id_taken' });
    expect((await rows(central.db, 'as_queue_ticket', 'id = $1', [existing.record.id]))[0]).toEqual(existing);
  });
});
