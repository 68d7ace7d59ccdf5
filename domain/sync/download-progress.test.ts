import { describe, expect, it } from 'vitest';
import {
  downloadAdvanced,
  downloadFinishing,
  downloadStarted,
  estimateSecondsLeft,
  FINISHING_SHARE,
  MIN_ELAPSED_MS,
  timeLeftParts,
} from './download-progress.ts';

const T0 = Date.UTC(2027, 0, 4, 8, 0, 0);
const at = (ms: number) => T0 + ms;

describe('the time left of a first download', () => {
  it('says nothing before 5 % of the rows are in, or before a second has passed', () => {
    const start = downloadStarted(100_000, T0);
    expect(downloadAdvanced(start, 4_999, at(10_000)).secondsLeft).toBeNull();
    expect(downloadAdvanced(start, 50_000, at(MIN_ELAPSED_MS - 1)).secondsLeft).toBeNull();
    expect(downloadAdvanced(start, 5_000, at(MIN_ELAPSED_MS)).secondsLeft).not.toBeNull();
  });

  it('says nothing without a total (a central that does not announce one)', () => {
    const start = downloadStarted(null, T0);
    const later = downloadAdvanced(start, 50_000, at(5_000));
    expect(later).toMatchObject({ received: 50_000, total: null, secondsLeft: null });
  });

  it('is the rows still to come at the rate so far, plus the index rebuild at the end', () => {
    // 10,000 rows a second: 80,000 to come take 8 s, the rebuild about FINISHING_SHARE of 10 s.
    const p = downloadAdvanced(downloadStarted(100_000, T0), 20_000, at(2_000));
    expect(p.secondsLeft).toBe(Math.ceil(8 + FINISHING_SHARE * 10));
    expect(estimateSecondsLeft(20_000, 100_000, new Date(T0).toISOString(), at(2_000))).toBe(p.secondsLeft);
  });

  it('follows the rate as it changes', () => {
    const start = downloadStarted(100_000, T0);
    const fast = downloadAdvanced(start, 50_000, at(5_000)).secondsLeft!;
    const slow = downloadAdvanced(start, 50_000, at(20_000)).secondsLeft!;
    expect(slow).toBeGreaterThan(fast);
  });

  it('never shows a total below what came, nor less than a second left while receiving', () => {
    const p = downloadAdvanced(downloadStarted(10, T0), 12, at(60_000));
    expect(p.total).toBe(12);
    expect(p.secondsLeft).toBeGreaterThanOrEqual(1);
  });

  it('is finishing once every row is in: the total is what came, and no seconds are promised', () => {
    const p = downloadFinishing(downloadAdvanced(downloadStarted(100_000, T0), 99_990, at(9_000)), 99_990);
    expect(p).toMatchObject({ phase: 'finishing', received: 99_990, total: 99_990, secondsLeft: null });
  });

  it('keeps when it started', () => {
    const p = downloadAdvanced(downloadStarted(100, T0), 50, at(3_000));
    expect(p.startedAt).toBe(new Date(T0).toISOString());
    expect(p.phase).toBe('receiving');
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
