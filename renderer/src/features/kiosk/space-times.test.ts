import { describe, expect, it } from 'vitest';
import { requestDurations, requestStarts } from './space-times.ts';

// 2 December 2026: Helsinki is UTC+2, so 10.00 there is 08:00Z.
const free = [{ beginsAt: '2026-12-02T08:00:00.000Z', endsAt: '2026-12-02T10:00:00.000Z' }];
const rules = { minDurationMin: 60, maxDurationMin: 120, startIntervalMin: 30 };
const early = Date.parse('2026-12-02T06:00:00Z');

describe('the times a space request may pick', () => {
  it('starts on the grid while the shortest booking still fits the free span', () => {
    expect(requestStarts(free, rules, early)).toEqual(['2026-12-02T08:00:00.000Z', '2026-12-02T08:30:00.000Z', '2026-12-02T09:00:00.000Z']);
  });

  it('starts no earlier than now, rounded up to the next grid step', () => {
    expect(requestStarts(free, rules, Date.parse('2026-12-02T08:10:30Z'))).toEqual(['2026-12-02T08:30:00.000Z', '2026-12-02T09:00:00.000Z']);
  });

  it('offers lengths from the shortest to the longest that fit', () => {
    expect(requestDurations(free, rules, '2026-12-02T08:00:00.000Z')).toEqual([60, 90, 120]);
    expect(requestDurations(free, rules, '2026-12-02T08:30:00.000Z')).toEqual([60, 90]);
    expect(requestDurations(free, rules, '2026-12-02T11:00:00.000Z')).toEqual([]);
  });
});
