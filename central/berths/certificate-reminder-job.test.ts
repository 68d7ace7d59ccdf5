import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoatCertificateType } from '../../domain/berths/boat-certificate-entity.ts';
import type { Boat, Customer } from '../../domain/berths/entities.ts';
import { deliverableEmail, deliverableSmsNumber } from '../../domain/contact-address.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, fromWallClock } from '../../domain/wall-clock.ts';
import type { Db } from '../db/db.ts';
import { DAILY_JOBS, runJobRound } from '../jobs/daily-jobs.ts';
import type { NotificationLanguage } from '../notifications/message.ts';
import { NOTIFICATION_TEMPLATES } from '../notifications/templates/index.ts';
import { renderTemplate } from '../notifications/templates/template.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { sendCertificateReminders } from './certificate-reminder-job.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
type CommandType = Parameters<typeof envelope>[0];

/** The seed's last season: its paid leases run until 14.9.2026, so the job's days are that summer's. */
const LEASE_END = '2026-09-14';
const UNTIL = '2026-08-14';

let seq = 0;
async function push(c: Central, type: CommandType, payload: unknown, baseVersion: number | null = null): Promise<string> {
  const res = await api<PushResponse>(c.url, 'POST', '/sync/push', { token: await signIn(c.url, 'aino'), body: { clientId: randomUUID(), commands: [envelope(type, payload, ++seq, baseVersion)] } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!.status;
}

interface Owner {
  customer: Customer;
  boat: Boat;
}

/**
 * Customers of one language who can be written to by email and text message, each with a boat
 * without any certificate: holding a berth (a paid lease of the seed's season and nothing else)
 * or holding none (no lease at all).
 */
async function owners(db: Db, language: NotificationLanguage, holding: boolean, count: number): Promise<Owner[]> {
  const res = await db.query<Owner>(
    `SELECT DISTINCT ON (cu.id) cu.data AS customer, b.data AS boat FROM customer cu JOIN boat b ON b.customer_id = cu.id
     WHERE cu.data->>'language' = $1
       AND NOT EXISTS (SELECT 1 FROM boat_certificate c WHERE c.boat_id = b.id)
       AND ${holding ? `EXISTS (SELECT 1 FROM lease l WHERE l.customer_id = cu.id AND l.status = 'paid' AND l.data->>'endDate' = '${LEASE_END}')
       AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.customer_id = cu.id AND l.status <> 'paid')` : 'NOT EXISTS (SELECT 1 FROM lease l WHERE l.customer_id = cu.id)'}
     ORDER BY cu.id, b.id`,
    [language],
  );
  const found = res.rows.filter((r) => deliverableEmail(r.customer.email) && deliverableSmsNumber(r.customer.phone)).slice(0, count);
  if (found.length < count) throw new Error(`the seed has too few ${language} customers ${holding ? 'holding' : 'without'} a berth`);
  return found;
}

async function addCertificate(c: Central, owner: Owner, certificateType: BoatCertificateType, validUntil = UNTIL): Promise<string> {
  const certificateId = randomUUID();
  const payload = { certificateId, boatId: owner.boat.id, certificateType, number: 'T-1', issuer: 'Tarkastaja', validFrom: null, validUntil };
  expect(await push(c, 'berths.addBoatCertificate', payload)).toBe('applied');
  return certificateId;
}

interface Queued {
  entity_id: string;
  channel: string;
  recipient: string;
  language: NotificationLanguage;
  template: string;
  params: Record<string, string | number>;
}
async function queued(db: Db, certificateIds: readonly string[]): Promise<Queued[]> {
  const res = await db.query<Queued>(
    'SELECT entity_id, channel, recipient, language, template, params FROM notification_outbox WHERE entity_id = ANY($1::text[]) ORDER BY created_at, entity_id, channel',
    [certificateIds],
  );
  return res.rows;
}

/** A run of the job on a day; the answer is `certificate:kind` of those among `mine`. */
const remindedOf = async (db: Db, day: string, mine: readonly string[]) =>
  (await sendCertificateReminders(db, day)).filter((r) => mine.includes(r.certificateId)).map((r) => `${r.certificateId}:${r.kind}`).sort();

describe('boat certificate reminders on the central, with the date advanced', () => {
  let central: Central;
  let fi: Owner;
  let sv: Owner;
  let en: Owner;
  let stranger: Owner;
  let inspection: string;
  let svInsurance: string;
  let enInsurance: string;
  let strangers: string;

  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 40, seed: 61 }, notifications: false });
    [fi] = (await owners(central.db, 'fi', true, 1)) as [Owner];
    [sv] = (await owners(central.db, 'sv', true, 1)) as [Owner];
    [en] = (await owners(central.db, 'en', true, 1)) as [Owner];
    [stranger] = (await owners(central.db, 'fi', false, 1)) as [Owner];
    inspection = await addCertificate(central, fi, 'inspection');
  });
  afterAll(() => central.close());

  it('is one of the central’s daily jobs, run with the Helsinki day of the central’s clock', async () => {
    expect(DAILY_JOBS.map((j) => j.name)).toContain('boat certificate expiry reminders');
    const job = DAILY_JOBS.filter((j) => j.name === 'boat certificate expiry reminders');
    const logged: string[] = [];
    // 23.30 in Helsinki on the day before the reminder's: not yet.
    await runJobRound(central.db, job, new Date(fromWallClock(addDays(UNTIL, -31), 23 * 60 + 30)), (m) => logged.push(m));
    expect(await queued(central.db, [inspection])).toEqual([]);
    // 0.30 the next morning: the reminder's day.
    await runJobRound(central.db, job, new Date(fromWallClock(addDays(UNTIL, -30), 30)), (m) => logged.push(m));
    expect(logged).toEqual([]);
    expect((await queued(central.db, [inspection])).map((m) => `${m.template}:${m.channel}`)).toEqual(['berths.certificate_expiring:email', 'berths.certificate_expiring:sms']);
  });

  it('remind holders 30 days before the last day and the day after it, each once, in the customer’s language', async () => {
    // Recorded after the reminder's day (above) and before the next run: made up a day late.
    svInsurance = await addCertificate(central, sv, 'insurance');
    enInsurance = await addCertificate(central, en, 'insurance');
    strangers = await addCertificate(central, stranger, 'insurance');
    const mine = [inspection, svInsurance, enInsurance, strangers];
    expect(await remindedOf(central.db, addDays(UNTIL, -29), mine)).toEqual([`${enInsurance}:expiring`, `${svInsurance}:expiring`].sort());
    // Rerun the same day, or the next: nothing again, to anyone.
    expect(await sendCertificateReminders(central.db, addDays(UNTIL, -29))).toEqual([]);
    expect(await remindedOf(central.db, addDays(UNTIL, -28), mine)).toEqual([]);
    // The last day is still covered; the day after, the expiry is told, once.
    expect(await remindedOf(central.db, UNTIL, mine)).toEqual([]);
    expect(await remindedOf(central.db, addDays(UNTIL, 1), mine)).toEqual([`${inspection}:expired`, `${svInsurance}:expired`, `${enInsurance}:expired`].sort());
    expect(await sendCertificateReminders(central.db, addDays(UNTIL, 1))).toEqual([]);
    expect(await remindedOf(central.db, addDays(UNTIL, 2), mine)).toEqual([]);

    const messages = await queued(central.db, mine);
    // A customer without a berth is never reminded.
    expect(messages.filter((m) => m.entity_id === strangers)).toEqual([]);
    const to = (id: string) => messages.filter((m) => m.entity_id === id).map((m) => `${m.template}:${m.channel}:${m.recipient}:${m.language}`);
    for (const [id, owner] of [[inspection, fi], [svInsurance, sv], [enInsurance, en]] as const) {
      const lang = owner.customer.language;
      const email = deliverableEmail(owner.customer.email);
      const phone = deliverableSmsNumber(owner.customer.phone);
      expect(to(id)).toEqual([
        `berths.certificate_expiring:email:${email}:${lang}`,
        `berths.certificate_expiring:sms:${phone}:${lang}`,
        `berths.certificate_expired:email:${email}:${lang}`,
        `berths.certificate_expired:sms:${phone}:${lang}`,
      ]);
    }
    const render = (id: string, template: string) => {
      const m = messages.find((x) => x.entity_id === id && x.template === template && x.channel === 'email')!;
      return renderTemplate(NOTIFICATION_TEMPLATES.get(template)!, m.language, m.params);
    };
    const fiExpiring = render(inspection, 'berths.certificate_expiring');
    expect(fiExpiring.subject).toBe('Muistutus: veneesi katsastustodistus on voimassa 14.8.2026 asti');
    expect(fiExpiring.body).toContain('30 päivää');
    expect(fiExpiring.body).toContain(`Hei ${fi.customer.firstName}`);
    expect(fiExpiring.body).toContain(fi.boat.registrationNumber);
    expect(render(svInsurance, 'berths.certificate_expiring').body).toContain('försäkringsintyg gäller till 14.8.2026, 29 dagar');
    expect(render(svInsurance, 'berths.certificate_expired').subject).toBe('Din båts försäkringsintyg gäller inte längre');
    expect(render(enInsurance, 'berths.certificate_expired').body).toContain('insurance certificate was valid until 14 August 2026');

    const recorded = await central.db.query<{ certificate_id: string; kind: string; valid_until: string; sent_on: string }>(
      "SELECT certificate_id::text, kind, valid_until, to_char(sent_on, 'YYYY-MM-DD') AS sent_on FROM boat_certificate_reminder WHERE certificate_id = $1 ORDER BY sent_on",
      [inspection],
    );
    expect(recorded.rows).toEqual([
      { certificate_id: inspection, kind: 'expiring', valid_until: UNTIL, sent_on: addDays(UNTIL, -30) },
      { certificate_id: inspection, kind: 'expired', valid_until: UNTIL, sent_on: addDays(UNTIL, 1) },
    ]);
  });

  it('remind of a renewed certificate by its new last day, never of a removed one', async () => {
    const renewedUntil = '2026-09-10';
    const version = (await central.db.query<{ version: number }>('SELECT version FROM boat_certificate WHERE id = $1', [inspection])).rows[0]!.version;
    expect(await push(central, 'berths.editBoatCertificate', { certificateId: inspection, number: 'T-2', issuer: 'Tarkastaja', validFrom: null, validUntil: renewedUntil }, version)).toBe('applied');
    expect(await remindedOf(central.db, addDays(UNTIL, 3), [inspection])).toEqual([`${inspection}:expiring`]);
    const [renewed] = (await queued(central.db, [inspection])).filter((m) => m.template === 'berths.certificate_expiring' && m.params.validUntil === '10.9.2026');
    expect(renewed?.params.daysLeft).toBe(24);
    expect(await remindedOf(central.db, addDays(renewedUntil, 1), [inspection])).toEqual([`${inspection}:expired`]);

    const removed = await addCertificate(central, sv, 'inspection', '2026-08-20');
    expect(await push(central, 'berths.removeBoatCertificate', { certificateId: removed }, 1)).toBe('applied');
    for (const day of [addDays('2026-08-20', -30), addDays('2026-08-20', 1)]) expect(await remindedOf(central.db, day, [removed])).toEqual([]);
    expect(await queued(central.db, [removed])).toEqual([]);
  });

  it('decides once when two runs meet: the key taken first wins, the other sends nothing', async () => {
    const day = '2026-07-01';
    const certificate = await addCertificate(central, en, 'inspection', addDays(day, 30));
    const runs = await Promise.all([sendCertificateReminders(central.db, day), sendCertificateReminders(central.db, day)]);
    expect(runs.flat().filter((r) => r.certificateId === certificate).map((r) => r.kind)).toEqual(['expiring']);
    expect((await queued(central.db, [certificate])).map((m) => m.channel)).toEqual(['email', 'sms']);
  });
});

const pg = pgAvailable();
if (!pg) console.warn('[skip] central/berths/certificate-reminder-job.test.ts: PostgreSQL 15 is missing; two centrals racing for one reminder are not run.');

describe.skipIf(!pg)('two centrals on one PostgreSQL 15 running the reminders at once', () => {
  let cluster: PgCluster;
  let first: Central;
  let second: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    first = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 62 }, notifications: false });
    second = await launchCentral({ databaseUrl: cluster.databaseUrl, notifications: false });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await cluster?.stop();
  });

  it('send each reminder once: the second waits for the first’s key and finds it taken', async () => {
    const [owner] = await owners(first.db, 'fi', true, 1);
    const certificate = await addCertificate(first, owner!, 'insurance');
    const day = addDays(UNTIL, -30);
    const [a, b] = await Promise.all([sendCertificateReminders(first.db, day), sendCertificateReminders(second.db, day)]);
    const mine = [...a!, ...b!].filter((r) => r.certificateId === certificate);
    expect(mine.map((r) => r.kind)).toEqual(['expiring']);
    // Every reminder of the day went once in all, whichever central claimed it.
    const ids = [...a!, ...b!].map((r) => `${r.certificateId}:${r.kind}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await queued(first.db, [certificate])).map((m) => m.channel)).toEqual(['email', 'sms']);
    expect(await sendCertificateReminders(second.db, day)).toEqual([]);
  });
});
