import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../db/db.ts';
import { startDailyJobs, type DailyJob } from './daily-jobs.ts';

describe('daily jobs', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('run a minute after start and then daily with the Helsinki date; a failing job does not stop the others', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-31T22:30:00Z') });
    const days: string[] = [];
    const logged: string[] = [];
    const jobs: DailyJob[] = [
      { name: 'broken', run: () => Promise.reject(new Error('disk full')) },
      { name: 'dates', run: async (_db, today) => void days.push(today) },
    ];
    const running = startDailyJobs({} as Db, jobs, (m) => logged.push(m));
    await vi.advanceTimersByTimeAsync(59_000);
    expect(days).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(days).toEqual(['2027-01-01']);
    expect(logged).toEqual(['Daily job "broken" failed: disk full']);
    await vi.advanceTimersByTimeAsync(86_400_000);
    expect(days).toEqual(['2027-01-01', '2027-01-02']);
    await running.stop();
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(days).toHaveLength(2);
  });
});
