import { describe, expect, it } from 'vitest';
import { estimatePerTicket, estimateWait, softCap } from './wait-estimate.ts';
import { ticket } from './fixtures.test-support.ts';
import { DEFAULT_HELP_MIN } from '../help-queue/help-time.ts';

/** A ticket helped for `minutes`, finished `order` minutes after 10:00. */
const done = (n: number, minutes: number, order = n) => {
  const end = Date.parse('2027-03-01T10:00:00.000Z') + order * 60_000;
  return ticket(n, { status: 'done', calledAt: new Date(end - minutes * 60_000).toISOString(), serviceStartedAt: new Date(end - minutes * 60_000).toISOString(), closedAt: new Date(end).toISOString(), helperId: 'h' });
};

describe('the live wait estimate', () => {
  it('counts those waiting and multiplies by the median help time, shared by the helpers', () => {
    const tickets = [done(1, 10), done(2, 14), done(3, 12), ticket(4), ticket(5), ticket(6)];
    expect(estimateWait(tickets, 1)).toEqual({ waiting: 3, helpMin: 12, estimateMin: 36 });
    expect(estimateWait(tickets, 2)).toEqual({ waiting: 3, helpMin: 12, estimateMin: 18 });
  });

  it('assumes the default help time before anyone was helped, and no wait in an empty queue', () => {
    expect(estimateWait([ticket(1), ticket(2)], 1)).toEqual({ waiting: 2, helpMin: DEFAULT_HELP_MIN, estimateMin: 2 * DEFAULT_HELP_MIN });
    expect(estimateWait([done(1, 10)], 1)).toEqual({ waiting: 0, helpMin: 10, estimateMin: 0 });
  });

  it('gives each waiting ticket the wait of those ahead of it', () => {
    const per = estimatePerTicket([done(1, 10), ticket(2), ticket(3), ticket(4)], 1);
    expect([...per]).toEqual([['t-2', 0], ['t-3', 10], ['t-4', 20]]);
  });
});

describe('the soft 30-minute cap', () => {
  const start = '2027-03-01T10:00:00.000Z';
  it('warns from 25 minutes and says "over" from 30, only when others are waiting', () => {
    expect(softCap(start, '2027-03-01T10:24:59.000Z', 2)).toBe('none');
    expect(softCap(start, '2027-03-01T10:25:00.000Z', 2)).toBe('approaching');
    expect(softCap(start, '2027-03-01T10:30:00.000Z', 1)).toBe('over');
    expect(softCap(start, '2027-03-01T11:30:00.000Z', 0)).toBe('none');
  });
});
