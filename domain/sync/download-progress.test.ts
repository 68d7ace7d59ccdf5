import { describe, expect, it } from 'vitest';
import { downloadAdvanced, downloadFinishing, downloadStarted, estimateSecondsLeft, FINISHING_SHARE, MIN_RATE_MS, timeLeftParts } from './download-progress.ts';
import { downloadWork, rowCost, WARM_UP_MS, workAdded, type DownloadWork } from './download-work.ts';

const T0 = Date.UTC(2027, 0, 4, 8, 0, 0);
const at = (ms: number) => T0 + ms;
const rows = (n: number, entity = 'berth') => Array.from({ length: n }, () => ({ entity }));
/** A download of `total` plain rows that got `first` rows by the warm-up's end, then `more` by `ms`. */
function counted(total: number, first: number, more: number, ms: number): DownloadWork {
  const warm = workAdded(downloadWork({ total }, T0), rows(first), at(WARM_UP_MS));
  return workAdded(warm, rows(more), at(ms));
}

describe('the time left of a first download', () => {
  it('says nothing before 5 % of the work is in, nor before a second of rate past the warm-up', () => {
    expect(estimateSecondsLeft(counted(100_000, 2_000, 2_999, 10_000), at(10_000))).toBeNull();
    expect(estimateSecondsLeft(counted(100_000, 10_000, 10_000, WARM_UP_MS + MIN_RATE_MS - 1), at(WARM_UP_MS + MIN_RATE_MS - 1))).toBeNull();
    expect(estimateSecondsLeft(counted(100_000, 10_000, 10_000, WARM_UP_MS + MIN_RATE_MS), at(WARM_UP_MS + MIN_RATE_MS))).not.toBeNull();
    // Batches inside the warm-up set no mark: the slow first second does not count.
    const early = workAdded(downloadWork({ total: 100_000 }, T0), rows(50_000), at(WARM_UP_MS - 1));
    expect(early.mark).toBeNull();
    expect(estimateSecondsLeft(early, at(5_000))).toBeNull();
  });

  it('says nothing without a total (a central that does not announce one)', () => {
    const work = workAdded(workAdded(downloadWork(null, T0), rows(1_000), at(WARM_UP_MS)), rows(50_000), at(5_000));
    const later = downloadAdvanced(downloadStarted(null), 51_000, work, at(5_000));
    expect(later).toMatchObject({ received: 51_000, total: null, secondsLeft: null });
  });

  it('is the work still to come at the rate since the warm-up, plus the index rebuild at the end', () => {
    // 5,000 rows in the slow first second, then 10,000 a second: 75,000 to come take 7.5 s, the
    // rebuild FINISHING_SHARE of the whole at that rate.
    const work = counted(100_000, 5_000, 20_000, 3_000);
    const p = downloadAdvanced(downloadStarted(100_000), 25_000, work, at(3_000));
    expect(p.secondsLeft).toBe(Math.ceil(7.5 + FINISHING_SHARE * 10));
  });

  it('weighs the rows by their entity when the start line counts them so', () => {
    // 3,000 cheap event rows by the warm-up's end, 27,000 more in 2 s; 10,000 applications, the
    // dearest rows, are still to come.
    const entities = { application_event: 30_000, application: 10_000 };
    let work = downloadWork({ total: 40_000, entities }, T0);
    work = workAdded(work, rows(3_000, 'application_event'), at(WARM_UP_MS));
    work = workAdded(work, rows(27_000, 'application_event'), at(3_000));
    const event = rowCost('application_event');
    const all = 30_000 * event + 10_000 * rowCost('application');
    expect(work.done).toBeCloseTo(30_000 * event);
    const perSecond = (27_000 * event) / 2;
    expect(estimateSecondsLeft(work, at(3_000))).toBe(Math.ceil((all - work.done + FINISHING_SHARE * all) / perSecond));
    // Counted in rows, three quarters would be in, and the applications' time would not show.
    expect(estimateSecondsLeft(counted(40_000, 3_000, 27_000, 3_000), at(3_000))!).toBeLessThan(estimateSecondsLeft(work, at(3_000))! / 2);
  });

  it('counts rows when the start line gives the total alone', () => {
    const work = workAdded(downloadWork({ total: 100_000 }, T0), rows(20_000, 'application'), at(2_000));
    expect(work).toMatchObject({ byEntity: false, total: 100_000, done: 20_000, mark: { at: at(2_000), done: 20_000 } });
  });

  it('follows the rate as it changes', () => {
    const fast = estimateSecondsLeft(counted(100_000, 5_000, 45_000, 5_000), at(5_000))!;
    const slow = estimateSecondsLeft(counted(100_000, 5_000, 45_000, 20_000), at(20_000))!;
    expect(slow).toBeGreaterThan(fast);
  });

  it('never shows a total below what came, nor less than a second left while receiving', () => {
    const p = downloadAdvanced(downloadStarted(10), 12, counted(10, 1, 11, 60_000), at(60_000));
    expect(p.total).toBe(12);
    expect(p.secondsLeft).toBeGreaterThanOrEqual(1);
  });

  it('is finishing once every row is in: the total is what came, and no seconds are promised', () => {
    const p = downloadFinishing(downloadAdvanced(downloadStarted(100_000), 99_990, counted(100_000, 10_000, 89_990, 9_000), at(9_000)), 99_990);
    expect(p).toMatchObject({ phase: 'finishing', received: 99_990, total: 99_990, secondsLeft: null });
  });
});

describe('how the time left reads', () => {
  it('counts seconds up to ten, then fives, then minutes, always rounding up', () => {
    expect(timeLeftParts(0.2)).toEqual({ unit: 'seconds', value: 1 });
    expect(timeLeftParts(7)).toEqual({ unit: 'seconds', value: 7 });
    expect(timeLeftParts(10)).toEqual({ unit: 'seconds', value: 10 });
    expect(timeLeftParts(11)).toEqual({ unit: 'seconds', value: 15 });
    expect(timeLeftParts(54)).toEqual({ unit: 'seconds', value: 55 });
    expect(timeLeftParts(56)).toEqual({ unit: 'minutes', value: 1 });
    expect(timeLeftParts(61)).toEqual({ unit: 'minutes', value: 2 });
    expect(timeLeftParts(600)).toEqual({ unit: 'minutes', value: 10 });
  });
});
