import { randomUUID } from 'node:crypto';
import type { Venue } from '../domain/culture-kids/entities.ts';
import type { PushResponse } from '../domain/sync/protocol.ts';
import { cohortId } from '../central/culture-kids/seed/reference-data.ts';
import { launchCentral } from '../central/server.ts';
import { api, envelope, signIn } from '../central/testing/api-client.ts';
import { median, type Figure } from './report.ts';

const RUNS = 3;
const CHILDREN_PER_COHORT = 6000;
const COHORT = cohortId(2025);
const tri = (fi: string) => ({ fi, sv: '', en: '' });
const blank = tri('');

/**
 * Issue 8: publishing an event to a cohort of about 6,000 children. Timed from the push of
 * `cultureKids.publishEvent` over HTTP to its answer, which comes after the commit: by then every
 * invitation is in the notification outbox (one INSERT…SELECT over the registry). Beside it, in
 * the same run, the raw INSERT of as many outbox rows in one transaction: the floor any way of
 * queueing them has. The outbox sender is off, so nothing is delivered meanwhile.
 */
export async function cultureKidsCentralFigures(database: 'postgres' | 'pglite', databaseUrl?: string): Promise<Figure[]> {
  const central = await launchCentral({ databaseUrl, seed: { applications: 0, bookings: 0, cultureKidsChildren: CHILDREN_PER_COHORT, seed: 7 }, notifications: false });
  try {
    const token = await signIn(central.url, 'lotta');
    const venue = (await central.db.query<{ data: Venue }>('SELECT data FROM ck_venue WHERE cohort_id = $1 LIMIT 1', [COHORT])).rows[0]!.data;
    const push = async (type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = null) => {
      const res = await api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, 1, baseVersion)] } });
      if (res.body.results?.[0]?.status !== 'applied') throw new Error(`${type} was not applied: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    };
    const publishOnce = async (): Promise<{ ms: number; queued: number }> => {
      const eventId = randomUUID();
      await push('cultureKids.createEvent', {
        eventId,
        cohortId: COHORT,
        eventGroupId: null,
        name: tri('Penkkikonsertti'),
        shortDescription: blank,
        description: tri('Kuvaus'),
        imageUrl: null,
        imageAltText: blank,
        participantsPerInvite: 'family',
        ticketKind: 'child',
        durationMin: 60,
        capacityPerOccurrence: 30,
        ticketingMode: 'internal',
        ticketSystem: null,
        ticketSystemUrl: null,
        ticketSystemEndTime: null,
      });
      await push('cultureKids.createOccurrence', { occurrenceId: randomUUID(), eventId, venueId: venue.id, startsAt: new Date(Date.now() + 14 * 86_400_000).toISOString(), capacityOverride: null, language: 'fi' });
      const t0 = performance.now();
      await push('cultureKids.publishEvent', { eventId }, 1);
      const ms = performance.now() - t0;
      const queued = (await central.db.query<{ n: number }>('SELECT count(*)::int AS n FROM notification_outbox WHERE entity_id = $1', [eventId])).rows[0]!.n;
      return { ms, queued };
    };
    const runs: { ms: number; queued: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await publishOnce());
    const queued = runs[0]!.queued;
    if (queued < 1000 || runs.some((r) => r.queued !== queued)) throw new Error(`the bench publish queued ${runs.map((r) => r.queued).join(', ')} invitations`);

    const baselines: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await central.db.transaction((tx) =>
        tx.query(
          `INSERT INTO notification_outbox (id, channel, recipient, language, template, params, workspace, entity_id, created_at, state, attempts, next_attempt_at)
           SELECT gen_random_uuid(), 'email', 'family' || n || '@example.fi', 'fi', 'culture-kids.invitation', jsonb_build_object('name', 'Perhe', 'event', 'Konsertti'), 'bench', 'baseline', now(), 'queued', 0, now()
             FROM generate_series(1, $1::int) AS n`,
          [queued],
        ),
      );
      baselines.push(performance.now() - t0);
    }
    const value = median(runs.map((r) => r.ms));
    const baseline = median(baselines);
    return [
      {
        name: `publishing an event to a cohort of ${CHILDREN_PER_COHORT.toLocaleString('en')} children: every invitation queued (central, push round trip)`,
        database,
        value,
        unit: 'ms',
        target: '<= 10000 ms',
        met: value <= 10_000,
        baseline: { name: `the raw INSERT of ${queued} outbox rows in one transaction`, value: baseline, unit: 'ms' },
        ratio: value / baseline,
        note: `median of ${RUNS} publishes of fresh events, ${queued} consenting, active families with an address each (the rest left out); sender off`,
      },
    ];
  } finally {
    await central.close();
  }
}
