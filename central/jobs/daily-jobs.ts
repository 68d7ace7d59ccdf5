import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import { runRetention } from '../culture-kids/retention.ts';
import { runAssistDaily } from '../assist/daily-job.ts';
import type { Db } from '../db/db.ts';

/** A job the central runs once a day, given today's Helsinki date. Rerunning one is harmless. */
export interface DailyJob {
  name: string;
  run(db: Db, today: string): Promise<unknown>;
}

export const DAILY_JOBS: readonly DailyJob[] = [
  { name: 'culture-kids retention', run: (db, today) => runRetention(db, today) },
  { name: 'assist retention and reminders', run: (db, today) => runAssistDaily(db, today) },
];

const DAY_MS = 86_400_000;

export interface RunningJobs {
  /** Resolves when the round in progress, if any, has finished. */
  stop(): Promise<void>;
}

/**
 * Runs every daily job shortly after start and then once a day. A failing job is logged and the
 * others still run; the next round tries it again. Rounds never overlap.
 */
export function startDailyJobs(db: Db, jobs: readonly DailyJob[] = DAILY_JOBS, log: (message: string) => void = console.error): RunningJobs {
  let round: Promise<void> | null = null;
  let stopped = false;
  const runRound = () => {
    if (stopped || round) return;
    round = (async () => {
      const today = helsinkiDateOf(Date.now());
      for (const job of jobs) {
        if (stopped) break;
        try {
          await job.run(db, today);
        } catch (error) {
          log(`Daily job "${job.name}" failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })().finally(() => {
      round = null;
    });
  };
  const first = setTimeout(runRound, 60_000);
  const daily = setInterval(runRound, DAY_MS);
  first.unref();
  daily.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(daily);
      await round;
    },
  };
}
