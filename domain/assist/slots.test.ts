import { describe, expect, it } from 'vitest';
import { freeSlots, slotAt } from './slots.ts';
import { appointment, calendar } from './fixtures.test-support.ts';

describe('helper calendar slots', () => {
  it('find a slot by its start only where one begins', () => {
    expect(slotAt(calendar(), '2027-03-02T10:30:00.000Z')).toEqual({ startsAt: '2027-03-02T10:30:00.000Z', endsAt: '2027-03-02T11:00:00.000Z' });
    expect(slotAt(calendar(), '2027-03-02T10:15:00.000Z')).toBeUndefined();
  });

  it('are free unless an appointment holds them; a cancelled one frees its slot', () => {
    expect(freeSlots(calendar(), [appointment()]).map((s) => s.startsAt)).toEqual(['2027-03-02T10:00:00.000Z', '2027-03-02T11:00:00.000Z', '2027-03-02T11:30:00.000Z']);
    expect(freeSlots(calendar(), [appointment({ status: 'cancelled', closedAt: '2027-03-01T10:00:00.000Z' })])).toHaveLength(4);
  });
});
