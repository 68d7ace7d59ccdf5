import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import { runRetention } from '../culture-kids/retention.ts';
import { runAssistDaily } from '../assist/daily-job.ts';
import { sendDueReminders } from '../assist/reminder-job.ts';
import type { Db } from '../db/db.ts';
import { runOrderJobs } from '../berths/order-jobs.ts';
import { runWinterInvoiceJobs } from '../berths/winter-jobs.ts';
import { reconcilePendingPayments } from '../payments/reconcile-job.ts';
import { sendCertificateReminders } from '../berths/certificate-reminder-job.ts';
import { removeExpiredBookkeeping } from '../berths/bookkeeping-retention-job.ts';
import { sweepUnattachedDocuments } from '../documents/document-sweep-job.ts';

/** A job the central runs once a day, given the central's time and its Helsinki date. Rerunning one is harmless. */
export interface DailyJob {
  name: string;
  /** Every hour instead: a job due at an hour of the day (appointment reminders). */
  hourly?: boolean;
  run(db: Db, today: string, now: Date): Promise<unknown>;
}

export const DAILY_JOBS: readonly DailyJob[] = [
  { name: 'culture-kids retention', run: (db, today, now) => runRetention(db, today, now) },
  { name: 'assist retention', run: (db, _today, now) => runAssistDaily(db, now) },
  { name: 'assist appointment reminders', hourly: true, run: (db, _today, now) => sendDueReminders(db, now) },
  { name: 'status check of payments nobody came back from', hourly: true, run: (db, _today, now) => reconcilePendingPayments(db, now) },
  // Before the expiry: a payment whose return and callback were both lost is not expired unpaid.
  { name: 'status check of pending payments before expiry', run: (db, _today, now) => reconcilePendingPayments(db, now, undefined, 0) },
  { name: 'berth offer reminders and expiry', run: (db, today, now) => runOrderJobs(db, today, now) },
  { name: 'winter storage invoice reminders and expiry', run: (db, today, now) => runWinterInvoiceJobs(db, today, now) },
  { name: 'boat certificate expiry reminders', run: (db, today, now) => sendCertificateReminders(db, today, now) },
  { name: 'berth bookkeeping retention of erased customers', run: (db, today) => removeExpiredBookkeeping(db, today) },
  { name: 'unattached document sweep', run: (db, _today, now) => sweepUnattachedDocuments(db, now) },
];

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface RunningJobs {
  /** Resolves when the round in progress, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Runs every job shortly after start, then the daily ones once a day and the hourly ones every
 * hour. A failing job is logged and the others still run; the next round tries it again. Rounds
 * never overlap: one due while another runs waits for it.
 */
/** One round at one instant: each job in turn; a failing one is logged and the others still run. */
export async function runJobRound(db: Db, jobs: readonly DailyJob[], now: Date, log: (message: string) => void, stopped: () => boolean = () => false): Promise<void> {
  const today = helsinkiDateOf(now.getTime());
  for (const job of jobs) {
    if (stopped()) break;
    try {
      await job.run(db, today, now);
    } catch (error) {
      log(`Daily job "${job.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export function startDailyJobs(
  db: Db,
  jobs: readonly DailyJob[] = DAILY_JOBS,
  log: (message: string) => void = console.error,
  clock: () => Date = () => new Date(),
): RunningJobs {
  let rounds: Promise<void> = Promise.resolve();
  let stopped = false;
  const runRound = (picked: readonly DailyJob[]) => {
    if (stopped || picked.length === 0) return;
    rounds = rounds.then(() => runJobRound(db, picked, clock(), log, () => stopped));
  };
  const first = setTimeout(() => runRound(jobs), 60_000);
  const daily = setInterval(() => runRound(jobs.filter((j) => !j.hourly)), DAY_MS);
  const hourly = setInterval(() => runRound(jobs.filter((j) => j.hourly)), HOUR_MS);
  first.unref();
  daily.unref();
  hourly.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(daily);
      clearInterval(hourly);
      await rounds;
    },
  };
}
