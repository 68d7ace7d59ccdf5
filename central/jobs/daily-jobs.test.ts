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

  it('run an hourly job every hour, the daily ones still once a day', async () => {
    vi.useFakeTimers({ now: Date.parse('2027-01-01T06:00:00Z') });
    const runs: string[] = [];
    const jobs: DailyJob[] = [
      { name: 'daily', run: async () => void runs.push('daily') },
      { name: 'hourly', hourly: true, run: async () => void runs.push('hourly') },
    ];
    const running = startDailyJobs({} as Db, jobs, () => {});
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual(['daily', 'hourly']);
    await vi.advanceTimersByTimeAsync(3 * 3_600_000);
    expect(runs.filter((r) => r === 'hourly')).toHaveLength(4);
    expect(runs.filter((r) => r === 'daily')).toHaveLength(1);
    await running.stop();
  });
});
