import { describe, expect, it } from 'vitest';
import { clockFor, fittedRange, itemsIn, isOpen, moveFocus, parseClock, placement, slotStarts, spanBetween, visibleRange, type CalendarLane } from './time-grid.ts';

const lane = (over: Partial<CalendarLane> = {}): CalendarLane => ({ id: 'a', label: 'A', date: '2026-12-07', open: [{ beginMin: 540, endMin: 1200 }], items: [], ...over });
const item = (beginMin: number, endMin: number) => ({ id: `i${beginMin}`, beginMin, endMin, bufferBeforeMin: 15, bufferAfterMin: 15, tone: 'confirmed' as const, label: 'x', description: '', marker: null, pending: false });

describe('the calendar grid', () => {
  it('cuts a range into slots', () => {
    expect(slotStarts({ beginMin: 480, endMin: 600 }, 30)).toEqual([480, 510, 540, 570]);
  });

  it('shows at least the minimum hours, widened on whole hours to what is open or booked', () => {
    expect(visibleRange([lane()], { beginMin: 480, endMin: 1200 })).toEqual({ beginMin: 480, endMin: 1200 });
    expect(visibleRange([lane({ open: [{ beginMin: 420, endMin: 1290 }] })], { beginMin: 480, endMin: 1200 })).toEqual({ beginMin: 420, endMin: 1320 });
    expect(visibleRange([lane({ items: [item(1380, 1440)] })], { beginMin: 480, endMin: 1200 })).toEqual({ beginMin: 480, endMin: 1440 });
    expect(visibleRange([lane({ open: [] })], { beginMin: 480, endMin: 1200 })).toEqual({ beginMin: 480, endMin: 1200 });
  });

  it('fits a calendar of short slots to the hours its lanes are open or booked in, on whole hours', () => {
    const office = { beginMin: 540, endMin: 1020 };
    // Two-hour shifts at noon: 12–14, not 9–17 with the half-hour slots a quarter as wide.
    expect(fittedRange([lane({ open: [{ beginMin: 720, endMin: 840 }] }), lane({ id: 'b', open: [{ beginMin: 750, endMin: 840 }] })], office)).toEqual({ beginMin: 720, endMin: 840 });
    // A booking left outside the shifts (a shift shortened after it was booked) still shows.
    expect(fittedRange([lane({ open: [{ beginMin: 720, endMin: 840 }], items: [item(870, 900)] })], office)).toEqual({ beginMin: 720, endMin: 900 });
    // Nothing open or booked this week: the office hours, an empty grid to look at.
    expect(fittedRange([lane({ open: [] })], office)).toEqual(office);
    expect(fittedRange([], office)).toEqual(office);
  });

  it('finds the items in a slot by their own time, not their buffers', () => {
    const l = lane({ items: [item(600, 660), item(675, 700)] });
    expect(itemsIn(l, { beginMin: 600, endMin: 630 }).map((i) => i.id)).toEqual(['i600']);
    expect(itemsIn(l, { beginMin: 630, endMin: 660 }).map((i) => i.id)).toEqual(['i600']);
    expect(itemsIn(l, { beginMin: 660, endMin: 690 }).map((i) => i.id)).toEqual(['i675']);
    expect(itemsIn(l, { beginMin: 570, endMin: 600 })).toEqual([]);
  });

  it('tells open slots from closed ones', () => {
    expect(isOpen(lane(), { beginMin: 540, endMin: 570 })).toBe(true);
    expect(isOpen(lane(), { beginMin: 510, endMin: 540 })).toBe(false);
    expect(isOpen(lane({ open: [] }), { beginMin: 600, endMin: 630 })).toBe(false);
  });

  it('selects from an anchor to a focus in either direction, both slots included', () => {
    expect(spanBetween(600, 660, 30)).toEqual({ beginMin: 600, endMin: 690 });
    expect(spanBetween(660, 600, 30)).toEqual({ beginMin: 600, endMin: 690 });
  });

  it('places an interval as percentages, clipped to the range', () => {
    expect(placement({ beginMin: 600, endMin: 660 }, { beginMin: 480, endMin: 1200 })).toEqual({ left: (120 / 720) * 100, width: (60 / 720) * 100 });
    expect(placement({ beginMin: 0, endMin: 500 }, { beginMin: 480, endMin: 1200 })?.left).toBe(0);
    expect(placement({ beginMin: 0, endMin: 400 }, { beginMin: 480, endMin: 1200 })).toBeNull();
  });

  it('moves the focus with the arrows and stays inside', () => {
    expect(moveFocus({ lane: 0, slot: 0 }, 'ArrowLeft', 3, 10)).toEqual({ lane: 0, slot: 0 });
    expect(moveFocus({ lane: 0, slot: 0 }, 'ArrowDown', 3, 10)).toEqual({ lane: 1, slot: 0 });
    expect(moveFocus({ lane: 2, slot: 4 }, 'ArrowDown', 3, 10)).toEqual({ lane: 2, slot: 4 });
    expect(moveFocus({ lane: 1, slot: 4 }, 'End', 3, 10)).toEqual({ lane: 1, slot: 9 });
    expect(moveFocus({ lane: 1, slot: 4 }, 'a', 3, 10)).toBeNull();
  });

  it('reads typed times in the Finnish and the international way', () => {
    expect(parseClock('9')).toBe(540);
    expect(parseClock('9.30')).toBe(570);
    expect(parseClock('09:30')).toBe(570);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24.30')).toBeNull();
    expect(parseClock('9.75')).toBeNull();
    expect(parseClock('nine')).toBeNull();
    expect(clockFor(570, 'fi')).toBe('09.30');
    expect(clockFor(570, 'en')).toBe('09:30');
    expect(clockFor(570, 'sv')).toBe('09.30');
  });
});
