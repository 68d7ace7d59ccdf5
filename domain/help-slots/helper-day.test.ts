import { describe, expect, it } from 'vitest';
import { holdsSlot, slotsOf } from './helper-day.ts';

const day = (o: Partial<Parameters<typeof slotsOf>[0]> = {}) => ({ date: '2027-03-02', startTime: '12:00', endTime: '14:00', slotLengthMin: 30, ...o });

describe("a helper's day", () => {
  it('is cut into slots of its length in Helsinki time, winter and summer', () => {
    expect(slotsOf(day()).map((s) => s.startsAt)).toEqual(['2027-03-02T10:00:00.000Z', '2027-03-02T10:30:00.000Z', '2027-03-02T11:00:00.000Z', '2027-03-02T11:30:00.000Z']);
    expect(slotsOf(day({ slotLengthMin: 45 })).map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2027-03-02T10:00:00.000Z', '2027-03-02T10:45:00.000Z'],
      ['2027-03-02T10:45:00.000Z', '2027-03-02T11:30:00.000Z'],
    ]);
    expect(slotsOf(day({ date: '2027-07-01' }))[0]?.startsAt).toBe('2027-07-01T09:00:00.000Z');
  });

  it('has no slots when its hours do not read as times', () => {
    expect(slotsOf(day({ startTime: 'noon' }))).toEqual([]);
    expect(slotsOf(day({ endTime: '25:00' }))).toEqual([]);
  });

  it('counts a slot held by every appointment but a cancelled one', () => {
    expect(['booked', 'reminded', 'done', 'no_show', 'cancelled'].filter((status) => holdsSlot({ status }))).toEqual(['booked', 'reminded', 'done', 'no_show']);
  });
});
