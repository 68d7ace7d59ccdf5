import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalDataIn } from '../../domain/assist/personal-data.ts';
import { appointment, calendar, point, session, ticket } from '../../domain/assist/fixtures.test-support.ts';
import { ASSIST_ENTITIES, type AssistEntityName, type HelpRequest } from '../../domain/assist/entities.ts';
import { findNonPublicData, KIOSK_PUBLIC_FIELDS } from '../../domain/kiosk/public-data.ts';
import type { Change } from '../../domain/sync/protocol.ts';
import { launchCentral } from '../server.ts';
import { SERVICE_POINTS } from '../assist/seed/service-points.ts';
import { unitId } from '../bookings/seed/units.ts';
import { KIOSK_TERMINAL_IDS } from '../kiosk/seed.ts';
import { api, pullAll, signIn, streamAll } from '../testing/api-client.ts';
import { createUser } from '../auth/users.ts';
import type { Db } from '../db/db.ts';

/**
 * Issue 9 item 7: a kiosk receives no personal data from the central, checked entity by entity,
 * on a demo-seeded central (berths, bookings, Culture Kids, the kiosk's own rows, and assistance
 * rows at two service points), through both the paged pull and the stream.
 */
type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
let kiosk: string;

/**
 * Assistance rows with everything they may hold that is not public (a helper, an appointment's
 * contact and intake, a session's note, a help request), beside the demo seed's own. Written as
 * feed lines directly, which is all a pull or a stream reads, so their fixed ids and every
 * non-public field are sure to be there; a line the seed already wrote (the service points) is
 * left as the seed wrote it.
 */
const CONTACT = { email: 'asiakas.testi@example.fi', phone: '040 123 4567' };
function assistRows(sp: string): { entity: AssistEntityName; data: { id: string } }[] {
  const o = { servicePointId: sp };
  return [
    { entity: 'as_service_point', data: point({ id: sp }) },
    { entity: 'as_helper_calendar', data: calendar({ ...o, id: `cal-${sp}` }) },
    { entity: 'as_queue_ticket', data: ticket(7, { ...o, id: `t-${sp}`, status: 'called', calledAt: '2027-03-01T09:50:00.000Z', helperId: 'helper-1' }) },
    { entity: 'as_appointment', data: appointment({ ...o, id: `ap-${sp}`, calendarId: `cal-${sp}`, contact: CONTACT, intake: { topic: 'eservices_public', ownDevice: true, language: 'fi', accessibilityNeeds: 'Pyörätuoli' } }) },
    { entity: 'as_help_session', data: session({ ...o, id: `s-${sp}`, note: 'Pankkitunnukset', noteExpiresAt: '2027-03-08T09:00:00.000Z' }) },
    { entity: 'as_help_request', data: { id: `hr-${sp}`, ...o, kioskId: KIOSK_TERMINAL_IDS.oodi, language: 'fi', status: 'open', createdAt: '2027-03-01T09:00:00.000Z', closedAt: null } as HelpRequest },
  ];
}

async function feedAssistRows(db: Db): Promise<void> {
  for (const sp of ['sp-oodi', 'sp-malmi']) {
    for (const { entity, data } of assistRows(sp)) {
      const spec = ASSIST_ENTITIES[entity];
      expect(spec.schema.safeParse(data).success, `${entity} fixture`).toBe(true);
      await db.query(
        "INSERT INTO sync_feed (entity, id, scope, op, version, data, seq) VALUES ($1, $2, $3, 'put', 1, $4::jsonb, nextval('sync_feed_seq')) ON CONFLICT (entity, id) DO NOTHING",
        [entity, data.id, `${spec.scope}:${sp}`, JSON.stringify(data)],
      );
    }
  }
}

/** Every e-mail address and phone number the central holds about people, to look for in what the kiosk got. */
async function secrets(db: Db): Promise<string[]> {
  const res = await db.query<{ s: string }>(
    `SELECT DISTINCT s FROM (
       SELECT data->>'reserveeEmail' AS s FROM reservation UNION ALL SELECT data->>'reserveePhone' FROM reservation
       UNION ALL SELECT data->>'email' FROM ck_guardian_contact UNION ALL SELECT data->>'phone' FROM ck_guardian_contact
       UNION ALL SELECT data->>'email' FROM customer UNION ALL SELECT data->>'phone' FROM customer) x
     WHERE s IS NOT NULL AND length(s) > 5`,
  );
  return [...res.rows.map((r) => r.s), CONTACT.email, CONTACT.phone];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

function expectPublicOnly(changes: readonly Change[], known: readonly string[]): void {
  expect(changes.length).toBeGreaterThan(0);
  const puts = changes.filter((c) => c.op === 'put');
  for (const c of changes) expect(Object.hasOwn(KIOSK_PUBLIC_FIELDS, c.entity), `${c.entity} is a public entity`).toBe(true);
  expect(findNonPublicData(puts.map((c) => ({ entity: c.entity, data: c.data })))).toEqual([]);
  // Entity by entity, field by field, so a finding names where it is.
  // UUIDs are ids, not numbers: their digit runs would pass for phone numbers.
  const detect = (value: unknown) => personalDataIn(JSON.stringify(value).replace(UUID, '<id>'));
  const found = puts.flatMap((c) => Object.entries(c.data as object).flatMap(([field, value]) => detect(value).map((kind) => `${c.entity} ${c.id} ${field}: ${kind} in ${JSON.stringify(value).slice(0, 300)}`)));
  expect(found).toEqual([]);
  const text = JSON.stringify(changes);
  expect(detect(changes)).toEqual([]);
  const leaked = known.filter((s) => text.includes(s));
  expect(leaked).toEqual([]);
}

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, bookings: 400, cultureKidsChildren: 30, seed: 11 }, notifications: false });
  await feedAssistRows(central.db);
  kiosk = await signIn(central.url, 'kiosk-oodi-1');
});
afterAll(() => central?.close());

describe('the kiosk feed', () => {
  it('holds public entities and public fields only, and no e-mail, phone or identity code, through the pull', async () => {
    const { changes } = await pullAll(central.url, kiosk, null, 500);
    expectPublicOnly(changes, await secrets(central.db));
    const entities = new Set<string>(changes.map((c) => c.entity));
    // What the kiosk needs is there: spaces, their taken times, its queue, events and its terminal.
    for (const e of ['booking_unit', 'reservation_unit', 'booking_opening_hours', 'reservation', 'as_service_point', 'as_queue_ticket', 'as_appointment', 'as_helper_calendar', 'kiosk_event', 'kiosk_terminal']) {
      expect(entities.has(e), e).toBe(true);
    }
  });

  it('holds the same through the stream', async () => {
    const pulled = await pullAll(central.url, kiosk);
    const streamed = await streamAll(central.url, kiosk);
    expectPublicOnly(streamed.changes, await secrets(central.db));
    expect(streamed.changes.map((c) => `${c.entity}:${c.id}`).sort()).toEqual(pulled.changes.map((c) => `${c.entity}:${c.id}`).sort());
    expect(streamed.end.count).toBe(streamed.changes.length);
    // The start line counts the kiosk's projected feed, not the whole of its scopes.
    expect(streamed.start.total).toBe(streamed.end.count);
  });

  it('cuts a reservation to its timing and an appointment to its time, in SQL before it leaves', async () => {
    const { changes } = await pullAll(central.url, kiosk);
    const r = changes.find((c) => c.entity === 'reservation')!;
    expect(Object.keys(r.data as object).sort()).toEqual([...KIOSK_PUBLIC_FIELDS.reservation].sort());
    const ap = changes.find((c) => c.entity === 'as_appointment' && c.id === 'ap-sp-oodi')!;
    expect(ap.data).toEqual({ id: 'ap-sp-oodi', servicePointId: 'sp-oodi', calendarId: 'cal-sp-oodi', startsAt: '2027-03-02T10:30:00.000Z', endsAt: '2027-03-02T11:00:00.000Z', status: 'booked' });
  });

  it('tells the kiosk which booking unit stands in its building, one whose spaces it holds', async () => {
    const { changes } = await pullAll(central.url, kiosk);
    const point = changes.find((c) => c.entity === 'as_service_point' && c.id === 'sp-oodi')!.data as { unitIds?: string[] };
    expect(point.unitIds).toEqual([unitId('oodi')]);
    expect(changes.find((c) => c.entity === 'booking_unit' && c.id === unitId('oodi'))?.data).toMatchObject({ name: { fi: expect.stringContaining('Oodi') } });
    expect(changes.some((c) => c.entity === 'reservation_unit' && (c.data as { unitId: string }).unitId === unitId('oodi'))).toBe(true);
    // The assist seed names the bookings seed's units by their key without importing them: held equal here.
    expect(Object.fromEntries(SERVICE_POINTS.map((p) => [p.id, p.unitIds]))).toEqual({
      'sp-oodi': [unitId('oodi')],
      'sp-itis': [unitId('itakeskus'), unitId('stoa')],
      'sp-kallio': [unitId('kallio')],
      'sp-malmi': [unitId('malmitalo')],
    });
  });

  it('tells a kiosk in a building of two booking units both: Itäkeskus library and Stoa, whose spaces it holds', async () => {
    await createUser(central.db, { id: '6a1f3c52-7d41-4c0e-9b1a-0000000000f2', username: 'kiosk-itis', name: 'Kiosk Itäkeskus', roles: [], grants: [{ role: 'kiosk', servicePointId: 'sp-itis' }], password: 'x-test-pw' });
    const { changes } = await pullAll(central.url, await signIn(central.url, 'kiosk-itis', 'x-test-pw'));
    const point = changes.find((c) => c.entity === 'as_service_point' && c.id === 'sp-itis')!.data as { unitIds?: string[] };
    expect(point.unitIds).toEqual([unitId('itakeskus'), unitId('stoa')]);
    const spacesOf = (unit: string) => changes.filter((c) => c.entity === 'reservation_unit' && (c.data as { unitId: string }).unitId === unit);
    for (const unit of point.unitIds!) expect(spacesOf(unit).length, unit).toBeGreaterThan(0);
    expectPublicOnly(changes, await secrets(central.db));
  });

  it('holds only its own service point\'s assistance, event and terminal rows', async () => {
    const { changes } = await pullAll(central.url, kiosk);
    const points = new Set(changes.filter((c) => c.entity.startsWith('as_') || c.entity.startsWith('kiosk_')).map((c) => { const d = c.data as { servicePointId?: string; id: string }; return d.servicePointId ?? d.id; }));
    expect([...points]).toEqual(['sp-oodi']);
    expect(changes.filter((c) => c.entity === 'kiosk_terminal').map((c) => c.id)).toEqual([KIOSK_TERMINAL_IDS.oodi]);
  });

  it('leaves no trace in the audit of personal-data reads: there was none', async () => {
    await pullAll(central.url, kiosk);
    await streamAll(central.url, kiosk);
    const res = await central.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_read WHERE actor_id = $1", [KIOSK_TERMINAL_IDS.oodi]);
    expect(res.rows[0]!.n).toBe(0);
  });

  it('gives a kiosk placed at no service point nothing of any service point', async () => {
    await createUser(central.db, { id: '6a1f3c52-7d41-4c0e-9b1a-0000000000f1', username: 'kiosk-nowhere', name: 'Kiosk nowhere', roles: ['kiosk'], password: 'x-test-pw' });
    const { changes } = await pullAll(central.url, await signIn(central.url, 'kiosk-nowhere', 'x-test-pw'));
    expect(changes.filter((c) => c.entity.startsWith('as_') || c.entity.startsWith('kiosk_'))).toEqual([]);
    expectPublicOnly(changes, await secrets(central.db));
  });
});

describe('a staff user\'s feed', () => {
  it('is unchanged: every row exactly as the feed holds it, personal data included where the role may read it', async () => {
    const paula = await signIn(central.url, 'paula');
    const { changes } = await pullAll(central.url, paula);
    const feed = await central.db.query<{ entity: string; id: string; data: unknown }>("SELECT entity, id, data FROM sync_feed WHERE scope LIKE 'bookings.%'");
    const byKey = new Map(feed.rows.map((r) => [`${r.entity}:${r.id}`, r.data]));
    expect(changes.length).toBe(feed.rows.length);
    for (const c of changes) expect(c.data, `${c.entity} ${c.id}`).toEqual(byKey.get(`${c.entity}:${c.id}`));
    expect(changes.some((c) => c.entity === 'reservation' && (c.data as { reserveeEmail: string }).reserveeEmail.includes('@'))).toBe(true);
    const streamed = await streamAll(central.url, paula);
    expect(streamed.changes).toEqual(changes);
  });
});

describe('bad input', () => {
  it('a kiosk cannot push staff commands', async () => {
    const res = await api(central.url, 'POST', '/sync/push', { token: kiosk, body: { clientId: '2f0e6f7e-9c1c-4b1e-8d0a-000000000001', commands: [{ id: '2f0e6f7e-9c1c-4b1e-8d0a-000000000002', seq: 1, type: 'bookings.approveReservation', payload: { reservationId: 'x', note: 'x' }, baseVersion: 1, issuedAt: new Date().toISOString() }] } });
    expect(res.status).toBe(403);
  });
});
