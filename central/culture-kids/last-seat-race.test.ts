import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enrolment } from '../../domain/culture-kids/entities.ts';
import { launchCentral } from '../server.ts';
import { signIn } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { freeChildren, NEWEST, publishedOccurrence, push, rows } from './central.test-support.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

/**
 * Two administrators of the cohort (lotta, jussi) enrol two children into the last seat of an
 * occurrence at the same moment, round after round: exactly one wins, the other is told the
 * occurrence is full, and the occurrence never holds more than its capacity.
 */
async function lastSeatRounds(central: Central, rounds: number): Promise<void> {
  const [lotta, jussi] = [await signIn(central.url, 'lotta'), await signIn(central.url, 'jussi')];
  const { event, occurrence } = await publishedOccurrence(central.db, NEWEST);
  const children = await freeChildren(central.db, NEWEST, rounds * 2);
  let version = occurrence.version;
  for (let round = 0; round < rounds; round++) {
    const held = (await rows<Enrolment>(central.db, 'ck_enrolment', "occurrence_id = $1 AND status = 'enrolled'", [occurrence.record.id])).length;
    // One seat left: the capacity is what is held plus one.
    const o = occurrence.record;
    const setCap = await push(central, lotta, 'cultureKids.updateOccurrence', { occurrenceId: o.id, venueId: o.venueId, startsAt: o.startsAt, capacityOverride: held + 1, language: o.language, noticeAcknowledged: false }, version);
    expect(setCap.body.results[0], `round ${round}`).toMatchObject({ status: 'applied' });
    version++;
    const enrol = (token: string, childId: string) => push(central, token, 'cultureKids.enrol', { enrolmentId: randomUUID(), childId, eventId: event.id, occurrenceId: o.id, reason: 'Perhe soitti' });
    const answers = await Promise.all([enrol(lotta, children[round * 2]!), enrol(jussi, children[round * 2 + 1]!)]);
    const results = answers.map((a) => a.body.results[0]!);
    expect(results.filter((r) => r.status === 'applied'), `round ${round}`).toHaveLength(1);
    expect(results.find((r) => r.status !== 'applied'), `round ${round}`).toMatchObject({ status: 'conflict', code: 'ck_occurrence_full' });
    const after = await rows<Enrolment>(central.db, 'ck_enrolment', "occurrence_id = $1 AND status = 'enrolled'", [o.id]);
    expect(after).toHaveLength(held + 1);
  }
}

describe('the last seat on the central (PGlite)', () => {
  let central: Central;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 30, seed: 5 }, notifications: false });
  });
  afterAll(() => central?.close());

  it('lets exactly one of two administrators take the last seat, every round', async () => {
    await lastSeatRounds(central, 4);
  });

  it('sends the winner\'s family a confirmation carrying a signed ticket', async () => {
    const res = await central.db.query<{ params: { ticket: string } }>("SELECT params FROM notification_outbox WHERE template = 'culture-kids.enrolment' LIMIT 1");
    expect(res.rows[0]?.params.ticket).toMatch(/^CK1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] central/culture-kids/last-seat-race.test.ts: PostgreSQL 15 is missing; the race runs on PGlite only.');

describe.skipIf(!available)('the last seat on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: 30, seed: 6 }, notifications: false });
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  it('lets exactly one of two concurrent administrators take the last seat, every round', async () => {
    await lastSeatRounds(central, 6);
  });
});
