import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Child, Enrolment, Guardian, Message, Venue } from '../../domain/culture-kids/entities.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';
import { freeChildren, NEWEST, OLDER, publishedOccurrence, push, rows } from './central.test-support.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
const tri = (fi: string) => ({ fi, sv: '', en: '' });
const blank = tri('');
const venueFields = { name: tri('Testitalo'), address: tri('Testikatu 1'), description: blank, accessibilityInfo: blank, arrivalInstructions: blank, additionalInfo: blank, wcAndFacilities: blank, wwwUrl: null };

let central: Central;
let lotta: string;
let jussi: string;
beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 60, seed: 9 }, notifications: false });
  [lotta, jussi] = [await signIn(central.url, 'lotta'), await signIn(central.url, 'jussi')];
});
afterAll(() => central?.close());

describe('what a pull carries', () => {
  it('gives an administrator without "view families" no contact details and no notes, in no entity', async () => {
    const { changes } = await pullAll(central.url, jussi);
    expect(changes.length).toBeGreaterThan(0);
    const entities = new Set(changes.map((c) => c.entity));
    expect(entities.has('ck_child')).toBe(true);
    expect(entities.has('ck_guardian_contact')).toBe(false);
    expect(entities.has('ck_child_notes')).toBe(false);
    const contacts = await rows<{ email: string; phone: string }>(central.db, 'ck_guardian_contact', 'cohort_id = $1', [NEWEST]);
    const secrets = contacts.flatMap((c) => [c.record.email, c.record.phone]).filter((s) => s !== '');
    expect(secrets.length).toBeGreaterThan(0);
    for (const change of changes) {
      const text = JSON.stringify(change);
      expect(text, `${change.entity} ${change.id}`).not.toMatch(/"(email|phone|notes)"/);
      for (const secret of secrets) expect(text.includes(secret), `${change.entity} ${change.id}`).toBe(false);
    }
  });

  it('gives a user of one cohort that cohort only', async () => {
    const { changes } = await pullAll(central.url, jussi);
    const ck = changes.filter((c) => c.entity.startsWith('ck_'));
    for (const c of ck) {
      const data = c.data as { cohortId?: string; id: string };
      expect(c.entity === 'ck_cohort' ? data.id : data.cohortId, `${c.entity} ${c.id}`).toBe(NEWEST);
    }
    expect(ck.some((c) => c.entity === 'ck_ticket_key')).toBe(true);
  });

  it('gives the registry administrator the contacts of every cohort', async () => {
    const { changes } = await pullAll(central.url, lotta);
    const cohorts = new Set(changes.filter((c) => c.entity === 'ck_guardian_contact').map((c) => (c.data as { cohortId: string }).cohortId));
    expect(cohorts.size).toBe(6);
  });
});

describe('rights per cohort', () => {
  it('refuses a user of cohort A any command on cohort B', async () => {
    const other = await publishedOccurrence(central.db, OLDER);
    const [child] = await freeChildren(central.db, OLDER, 1);
    const tries = [
      await push(central, jussi, 'cultureKids.createVenue', { ...venueFields, venueId: randomUUID(), cohortId: OLDER }),
      await push(central, jussi, 'cultureKids.enrol', { enrolmentId: randomUUID(), childId: child, eventId: other.event.id, occurrenceId: other.occurrence.record.id, reason: 'Perhe soitti' }),
      await push(central, jussi, 'cultureKids.cancelOccurrence', { occurrenceId: other.occurrence.record.id, reason: 'Testi' }, other.occurrence.version),
    ];
    for (const t of tries) expect(t.body.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await rows(central.db, 'ck_enrolment', 'child_id = $1', [child])).toHaveLength(0);
  });

  it('lets an administrator of the cohort author its programme', async () => {
    const venueId = randomUUID();
    expect((await push(central, jussi, 'cultureKids.createVenue', { ...venueFields, venueId, cohortId: NEWEST })).body.results[0]).toMatchObject({ status: 'applied' });
    const venue = await rows<Venue>(central.db, 'ck_venue', 'id = $1', [venueId]);
    expect(venue[0]?.record).toMatchObject({ cohortId: NEWEST, name: { fi: 'Testitalo' } });
    // Event groups need "manage groups", which jussi does not hold.
    const group = await push(central, jussi, 'cultureKids.createEventGroup', { eventGroupId: randomUUID(), cohortId: NEWEST, name: tri('Ryhmä'), shortDescription: blank, description: blank, imageUrl: null, imageAltText: blank });
    expect(group.status).toBe(403);
  });
});

describe('publishing and messages', () => {
  it('queues an invitation for every consenting, active family of the cohort, and for no other', async () => {
    const ev = { name: tri('Uusi konsertti'), shortDescription: blank, description: tri('Kuvaus'), imageUrl: null, imageAltText: blank, participantsPerInvite: 'family', ticketKind: 'child', durationMin: 60, capacityPerOccurrence: 10, ticketingMode: 'internal', ticketSystem: null, ticketSystemUrl: null, ticketSystemEndTime: null, eventGroupId: null };
    const eventId = randomUUID();
    const venue = (await rows<Venue>(central.db, 'ck_venue', 'cohort_id = $1', [NEWEST]))[0]!.record;
    expect((await push(central, jussi, 'cultureKids.createEvent', { ...ev, eventId, cohortId: NEWEST })).body.results[0]).toMatchObject({ status: 'applied' });
    const startsAt = new Date(Date.now() + 20 * 86_400_000).toISOString();
    expect((await push(central, jussi, 'cultureKids.createOccurrence', { occurrenceId: randomUUID(), eventId, venueId: venue.id, startsAt, capacityOverride: null, language: 'fi' })).body.results[0]).toMatchObject({ status: 'applied' });
    expect((await push(central, jussi, 'cultureKids.publishEvent', { eventId }, 1)).body.results[0]).toMatchObject({ status: 'applied' });
    const guardians = (await rows<Guardian>(central.db, 'ck_guardian', 'cohort_id = $1', [NEWEST])).map((g) => g.record);
    const reachable = guardians.filter((g) => g.active && g.acceptsCommunication && g.erasedAt === null);
    expect(reachable.length).toBeLessThan(guardians.length);
    const contacts = await rows<{ guardianId: string; email: string }>(central.db, 'ck_guardian_contact', 'cohort_id = $1', [NEWEST]);
    const emailOf = new Map(contacts.map((c) => [c.record.guardianId, c.record.email]));
    const queued = await central.db.query<{ recipient: string }>("SELECT recipient FROM notification_outbox WHERE template = 'culture-kids.invitation' AND entity_id = $1", [eventId]);
    expect(queued.rows.map((r) => r.recipient).sort()).toEqual(reachable.map((g) => emailOf.get(g.guardianId)).sort());
  });

  it('sends a message once, to the recipients the domain counts, with delivery counts on the row; "all" needs its permission', async () => {
    const body = { cohortId: NEWEST, protocol: 'email', subject: tri('Tiedote'), body: tri('Hei kaikki'), selection: 'all', eventId: null, occurrenceIds: [] };
    expect((await push(central, jussi, 'cultureKids.sendMessage', { ...body, messageId: randomUUID() })).body.results[0]).toMatchObject({ status: 'rejected', code: 'ck_message_all_not_permitted' });
    const messageId = randomUUID();
    expect((await push(central, lotta, 'cultureKids.sendMessage', { ...body, messageId })).body.results[0]).toMatchObject({ status: 'applied' });
    const message = (await rows<Message>(central.db, 'ck_message', 'id = $1', [messageId]))[0]!.record;
    const queued = await central.db.query<{ n: number }>('SELECT count(*)::int AS n FROM notification_outbox WHERE entity_id = $1', [messageId]);
    expect(message.recipientCount).toBeGreaterThan(0);
    expect(queued.rows[0]!.n).toBe(message.recipientCount);
    expect(message.delivery).toEqual({ queued: message.recipientCount, sent: 0, failed: 0 });
    // The outbox delivers one: the row's counts follow.
    await central.db.query("UPDATE notification_outbox SET state = 'sent', sent_at = now() WHERE id = (SELECT id FROM notification_outbox WHERE entity_id = $1 LIMIT 1)", [messageId]);
    const after = (await rows<Message>(central.db, 'ck_message', 'id = $1', [messageId]))[0]!;
    expect(after.record.delivery).toEqual({ queued: message.recipientCount! - 1, sent: 1, failed: 0 });
    expect(after.version).toBe(2);
  });
});

describe('erasure', () => {
  it('anonymises the child and keeps the statistics counts', async () => {
    const { event, occurrence } = await publishedOccurrence(central.db, NEWEST);
    const [childId] = await freeChildren(central.db, NEWEST, 1);
    expect((await push(central, lotta, 'cultureKids.enrol', { enrolmentId: randomUUID(), childId, eventId: event.id, occurrenceId: occurrence.record.id, reason: 'Perhe soitti' })).body.results[0]).toMatchObject({ status: 'applied' });
    const count = async () => (await central.db.query<{ children: number; enrolments: number }>('SELECT (SELECT count(*)::int FROM ck_child WHERE cohort_id = $1) AS children, (SELECT count(*)::int FROM ck_enrolment WHERE cohort_id = $1) AS enrolments', [NEWEST])).rows[0]!;
    const before = await count();
    expect((await push(central, lotta, 'cultureKids.eraseChild', { childId, reason: 'GDPR-pyyntö' })).body.results[0]).toMatchObject({ status: 'applied' });
    expect(await count()).toEqual(before);
    const child = (await rows<Child>(central.db, 'ck_child', 'id = $1', [childId]))[0]!.record;
    expect(child).toMatchObject({ firstName: '', lastName: '', cohortId: NEWEST });
    expect(child.erasedAt).not.toBeNull();
    expect((await rows<Enrolment>(central.db, 'ck_enrolment', 'child_id = $1', [childId])).length).toBe(1);
    // Jussi has no "view families": he cannot erase.
    expect((await push(central, jussi, 'cultureKids.eraseChild', { childId, reason: 'x' })).status).toBe(403);
  });
});

describe('bad input', () => {
  it('answers a clear 4xx, never a 5xx', async () => {
    const { event } = await publishedOccurrence(central.db, NEWEST);
    const send = (type: string, payload: unknown) => api<{ code?: string; message?: string }>(central.url, 'POST', '/sync/push', { token: lotta, body: { clientId: randomUUID(), commands: [{ ...envelope('cultureKids.enrol', null, 1), type, payload }] } });
    const bad = [
      await send('cultureKids.enrol', { childId: 'x' }),
      await send('cultureKids.enrol', { enrolmentId: 'not-a-uuid', childId: 'x', eventId: event.id, occurrenceId: null, reason: 'r' }),
      await send('cultureKids.createVenue', { ...venueFields, venueId: randomUUID(), cohortId: NEWEST, name: tri('a\u0000b') }),
      await send('cultureKids.sendMessage', { messageId: randomUUID(), cohortId: NEWEST, protocol: 'email', subject: tri('S'), body: tri('x'.repeat(10_000)), selection: 'enrolled', eventId: null, occurrenceIds: [] }),
      await send('cultureKids.noSuchCommand', {}),
      await api(central.url, 'POST', '/sync/push', { token: lotta, raw: '{"clientId":', contentType: 'application/json' }),
    ];
    for (const b of bad) {
      expect(b.status, JSON.stringify(b.body)).toBeGreaterThanOrEqual(400);
      expect(b.status, JSON.stringify(b.body)).toBeLessThan(500);
    }
    const huge = await api(central.url, 'POST', '/sync/push', { token: lotta, body: { clientId: randomUUID(), commands: [envelope('cultureKids.createVenue', { ...venueFields, venueId: randomUUID(), cohortId: NEWEST, name: tri('x'.repeat(5_000_000)) }, 1)] } });
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
  });

  it('refuses unknown and non-UUID ids of existing rows with not_found', async () => {
    const unknown = [
      await push(central, lotta, 'cultureKids.publishEvent', { eventId: randomUUID() }, 1),
      await push(central, lotta, 'cultureKids.cancelEnrolment', { enrolmentId: 'no such enrolment', reason: 'x' }, 1),
      await push(central, lotta, 'cultureKids.createVenue', { ...venueFields, venueId: randomUUID(), cohortId: 'no-such-cohort' }),
      await push(central, lotta, 'cultureKids.sendMessage', { messageId: randomUUID(), cohortId: 'nope', protocol: 'sms', subject: blank, body: tri('x'), selection: 'enrolled', eventId: null, occurrenceIds: [] }),
    ];
    for (const u of unknown) expect(u.body.results[0], JSON.stringify(u.body)).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('never lets a create command overwrite an existing row by naming its id', async () => {
    const existing = (await central.db.query<{ id: string; data: unknown }>('SELECT id, data FROM ck_venue ORDER BY id LIMIT 1')).rows[0]!;
    const taken = await push(central, lotta, 'cultureKids.createVenue', { ...venueFields, venueId: existing.id, cohortId: NEWEST, name: tri('Kaapattu sali') });
    expect(taken.body.results[0], JSON.stringify(taken.body)).toMatchObject({ status: 'rejected' });
    const after = (await central.db.query<{ data: unknown }>('SELECT data FROM ck_venue WHERE id = $1', [existing.id])).rows[0]!;
    expect(after.data).toEqual(existing.data);
  });
});
