import { describe, expect, it } from 'vitest';
import { median, medianHelpMinutes, recentHelpMinutes, ROLLING_WINDOW, waitFor } from './help-time.ts';

/** A ticket helped for `minutes`, finished `order` minutes after 10:00. */
const done = (minutes: number, order: number) => {
  const end = Date.parse('2027-03-01T10:00:00.000Z') + order * 60_000;
  return { status: 'done', serviceStartedAt: new Date(end - minutes * 60_000).toISOString(), closedAt: new Date(end).toISOString() };
};

describe('the rolling median of help times', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([8, 2, 4, 6])).toBe(5);
    expect(median([])).toBeNull();
  });

  it('takes only the latest finished helps, newest first', () => {
    const old = Array.from({ length: ROLLING_WINDOW }, (_, i) => done(40, i));
    const recent = Array.from({ length: ROLLING_WINDOW }, (_, i) => done(8, 100 + i));
    const unfinished = [
      { status: 'waiting', serviceStartedAt: null, closedAt: null },
      { status: 'no_show', serviceStartedAt: null, closedAt: '2027-03-01T12:00:00.000Z' },
    ];
    const minutes = recentHelpMinutes([...old, ...recent, ...unfinished]);
    expect(minutes).toHaveLength(ROLLING_WINDOW);
    expect(minutes.every((m) => m === 8)).toBe(true);
  });

  it('is null before anyone was helped', () => {
    expect(medianHelpMinutes([done(10, 1), done(14, 2), done(12, 3)])).toBe(12);
    expect(medianHelpMinutes([{ status: 'in_service', serviceStartedAt: '2027-03-01T10:00:00.000Z', closedAt: null }])).toBeNull();
  });
});

describe('the wait of one in the queue', () => {
  it('is those ahead times the help time, shared by the helpers, in whole minutes up', () => {
    expect(waitFor(3, 12)).toBe(36);
    expect(waitFor(3, 12, 2)).toBe(18);
    expect(waitFor(2, 7.5, 4)).toBe(4);
    expect(waitFor(0, 12)).toBe(0);
    expect(waitFor(2, 10, 0)).toBe(20);
  });
});
