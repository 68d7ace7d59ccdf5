import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueTicket } from '../../domain/assist/entities.ts';
import { launchCentral } from '../server.ts';
import { signIn } from '../testing/api-client.ts';
import { pgAvailable, startPgCluster, type PgCluster } from '../testing/pg-cluster.ts';
import { issueTicket, push, rows } from './central.test-support.ts';
import { ASSIST_USER_IDS } from './seed/service-points.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

/**
 * Three staff of Oodi (hilkka, veera, maija) press "call next" at the same moment, round after
 * round, while two more tickets are issued at once: every helper gets a ticket of their own, no
 * ticket is called twice, and the day's numbers stay unique.
 */
const HELPERS: readonly string[] = [ASSIST_USER_IDS.hilkka, ASSIST_USER_IDS.veera, ASSIST_USER_IDS.maija];

async function callNextRounds(central: Central, rounds: number): Promise<void> {
  const tokens = await Promise.all(['hilkka', 'veera', 'maija'].map((u) => signIn(central.url, u)));
  for (let round = 0; round < rounds; round++) {
    const issued = await Promise.all([0, 1, 2].map(() => push(central, tokens[round % 3]!, 'assist.issueTicket', issueTicket('sp-oodi'))));
    for (const i of issued) expect(i.body.results[0], `round ${round}`).toMatchObject({ status: 'applied' });
    const [answers] = await Promise.all([
      Promise.all(tokens.map((t) => push(central, t, 'assist.callNext', { servicePointId: 'sp-oodi' }))),
      Promise.all([0, 1].map(() => push(central, tokens[0]!, 'assist.issueTicket', issueTicket('sp-oodi', 'kiosk')))),
    ]);
    expect(answers.map((a) => a.body.results[0]?.status), `round ${round}`).toEqual(['applied', 'applied', 'applied']);
    const called = (await rows<QueueTicket>(central.db, 'as_queue_ticket', "service_point_id = 'sp-oodi' AND status = 'called'")).map((t) => t.record);
    expect(called, `round ${round}`).toHaveLength(3);
    expect(new Set(called.map((t) => t.helperId)).size, `round ${round}`).toBe(3);
    const today = await rows<QueueTicket>(central.db, 'as_queue_ticket', "service_point_id = 'sp-oodi' AND service_date = $1", [called[0]!.serviceDate]);
    const numbers = today.map((t) => t.record.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    // Each helper closes their ticket before the next round: the queue keeps moving.
    for (const t of called) {
      const token = tokens[HELPERS.indexOf(t.helperId!)]!;
      expect((await push(central, token, 'assist.markNoShow', { ticketId: t.id })).body.results[0]).toMatchObject({ status: 'applied' });
    }
  }
}

describe('call next on the central (PGlite)', () => {
  let central: Central;
  beforeAll(async () => {
    central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 4 }, notifications: false });
  });
  afterAll(() => central?.close());

  it('gives three helpers pressing at once three different tickets, every round', async () => {
    await callNextRounds(central, 3);
  });
});

const available = pgAvailable();
if (!available) console.warn('[skip] central/assist/call-next-race.test.ts: PostgreSQL 15 is missing; the race runs on PGlite only.');

describe.skipIf(!available)('call next on a real PostgreSQL 15', () => {
  let cluster: PgCluster;
  let central: Central;
  beforeAll(async () => {
    cluster = await startPgCluster();
    central = await launchCentral({ databaseUrl: cluster.databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 5 }, notifications: false });
  });
  afterAll(async () => {
    await central?.close();
    await cluster?.stop();
  });

  it('gives three concurrent helpers three different tickets, every round', async () => {
    await callNextRounds(central, 5);
  });
});
