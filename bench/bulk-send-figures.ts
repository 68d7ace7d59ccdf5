import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchCentral } from '../central/server.ts';
import { notificationSettings } from '../central/notifications/settings.ts';
import { QUEUE_MANY_MAX, type Method, type QueuedMany } from '../domain/contract.ts';
import type { AllocationProposalView } from '../domain/berths/allocation-contract.ts';
import type { RenewalOverview } from '../domain/berths/renewal-contract.ts';
import { addDays, helsinkiDate, offerSeason } from '../domain/berths/seasons.ts';
import type { Lease } from '../domain/berths/entities.ts';
import { numberChanges, writePuts } from '../central/sync/feed.ts';
import { createCore } from '../main/core/core.ts';
import type { Figure } from './report.ts';

const COUNT = 500;
const TARGET_MS = 5000;

type Core = Awaited<ReturnType<typeof createCore>>;
type Central = Awaited<ReturnType<typeof launchCentral>>;

async function call<T>(core: Core, method: Method, input: unknown): Promise<T> {
  const r = await core.invoke(method, input as never);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

/**
 * Until the outbox holds no message of this template waiting, and says how many it sent since
 * `from`. The wait asks only whether one still waits, which the outbox's partial indexes of
 * queued and claimed messages answer at once: a count over the whole outbox every 20 ms took most
 * of an embedded PGlite central's time away from the sender it was waiting for.
 */
async function mailedSince(central: Central, template: string, from: Date): Promise<number> {
  for (;;) {
    const res = await central.db.query<{ waiting: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM notification_outbox WHERE state = 'queued' AND template = $1 AND created_at >= $2)
           OR EXISTS (SELECT 1 FROM notification_outbox WHERE state = 'sending' AND template = $1 AND created_at >= $2) AS waiting`,
      [template, from.toISOString()],
    );
    if (!res.rows[0]!.waiting) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const sent = await central.db.query<{ sent: number }>(`SELECT count(*)::int AS sent FROM notification_outbox WHERE state = 'sent' AND template = $1 AND created_at >= $2`, [template, from.toISOString()]);
  return sent.rows[0]!.sent;
}

/**
 * The seeded season keeps most berths for last season's holders (the renewal hold), leaving about
 * 250 to offer: some holders give theirs up (their leases terminated) so that 500 can be offered.
 */
async function freeBerths(central: Central, count: number): Promise<void> {
  await central.db.transaction(async (tx) => {
    const res = await tx.query<{ id: string; version: number; data: Lease }>(
      `SELECT id::text AS id, version, data FROM lease WHERE status = 'paid' AND season = $1 ORDER BY id LIMIT $2 FOR UPDATE`,
      [offerSeason(helsinkiDate(new Date())) - 1, count],
    );
    const refused = await writePuts(tx, res.rows.map((r) => ({ entity: 'lease', id: r.id, version: r.version + 1, data: { ...r.data, status: 'terminated' } })));
    if (refused) throw new Error(refused.message);
    await numberChanges(tx);
  });
}

/**
 * Queues the commands as the bulk screens do (queueInChunks: QUEUE_MANY_MAX per `commands.queueMany`
 * call), then syncs until the central has them all.
 */
async function sendAll(core: Core, method: Method, inputs: readonly unknown[]): Promise<{ queuedMs: number; pushedMs: number }> {
  const t0 = performance.now();
  for (let from = 0; from < inputs.length; from += QUEUE_MANY_MAX) {
    const { results } = await call<QueuedMany>(core, 'commands.queueMany', { method, inputs: inputs.slice(from, from + QUEUE_MANY_MAX) });
    const refused = results.find((r) => !r.ok);
    if (refused && !refused.ok) throw new Error(`${method}: ${refused.error.code}: ${refused.error.message}`);
  }
  const queuedMs = performance.now() - t0;
  for (let status = await call<{ pendingCommands: number }>(core, 'sync.now', {}); status.pendingCommands > 0; ) status = await call(core, 'sync.now', {});
  return { queuedMs, pushedMs: performance.now() - t0 - queuedMs };
}

const phases = (p: { queuedMs: number; pushedMs: number }, total: number) =>
  `queued in the desk ${Math.round(p.queuedMs)} ms, pushed and decided ${Math.round(p.pushedMs)} ms, mailed ${Math.round(total - p.queuedMs - p.pushedMs)} ms`;

/**
 * Issue 10's bulk send: 500 offers from the allocation proposal with one due date, end to end as
 * the handler's screen sends them (each decided and queued in the desk's cache, pushed, decided on
 * the central, its message sent over SMTP to the demo catcher), at most 5 s. Beside it, the season
 * renewal's run of 500 leases the same way (no target: the run shows its progress).
 */
export async function bulkSendFigures(database: 'postgres' | 'pglite', databaseUrl?: string): Promise<Figure[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kuva-bulk-bench-'));
  const central = await launchCentral({ ...(databaseUrl ? { databaseUrl } : { dataDir: path.join(dir, 'central') }), seed: { applications: 3000, bookings: 0, cultureKidsChildren: 0, seed: 2027 }, notifications: { ...notificationSettings({}), intervalMs: 100 } });
  await freeBerths(central, 400);
  const core = await createCore({ dataDir: path.join(dir, 'desk'), centralUrl: central.url, mode: 'browser', sync: { intervalMs: 600_000 } });
  try {
    await call(core, 'session.login', { username: 'aino', password: 'demo' });
    await call(core, 'sync.now', {});
    const dueDate = addDays(helsinkiDate(new Date()), 14);

    const proposal = await call<AllocationProposalView>(core, 'berths.allocationProposal', {});
    const offers = proposal.rows.filter((r) => r.berthId !== null).slice(0, COUNT).map((r) => ({ applicationId: r.applicationId, berthId: r.berthId, dueDate, acceptShorter: r.shorter }));
    if (offers.length < COUNT) throw new Error(`the proposal has only ${offers.length} berths to offer`);
    const offersFrom = new Date();
    let t0 = performance.now();
    const offerPhases = await sendAll(core, 'berths.offerBerth', offers);
    const offerMails = await mailedSince(central, 'berths.offer', offersFrom);
    const offerMs = performance.now() - t0;

    const renewal = await call<RenewalOverview>(core, 'berths.renewalOverview', { harbourId: null });
    const renewals = renewal.candidates.filter((c) => c.priceCents !== null).slice(0, COUNT).map((c) => ({ previousLeaseId: c.previousLeaseId, dueDate }));
    const renewalsFrom = new Date();
    t0 = performance.now();
    const renewalPhases = await sendAll(core, 'berths.renewLease', renewals);
    const renewalMails = await mailedSince(central, 'berths.renewal_offer', renewalsFrom);
    const renewalMs = performance.now() - t0;

    return [
      {
        name: `bulk send of ${COUNT} offers, end to end (desk, central, SMTP catcher)`,
        value: Math.round(offerMs),
        unit: 'ms',
        database,
        target: `<= ${TARGET_MS} ms`,
        met: offerMs <= TARGET_MS,
        note: `${phases(offerPhases, offerMs)}; ${offerMails} offer messages caught, emails and text messages (paper-invoice and non-billable customers get none)`,
      },
      {
        name: `season renewal run of ${renewals.length} leases, end to end`,
        value: Math.round(renewalMs),
        unit: 'ms',
        database,
        target: null,
        met: null,
        note: `${phases(renewalPhases, renewalMs)}; ${renewalMails} renewal messages caught, emails and text messages`,
      },
    ];
  } finally {
    await core.close();
    await central.close();
    await rm(dir, { recursive: true, force: true });
  }
}
