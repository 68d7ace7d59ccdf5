import { describe, expect, it } from 'vitest';
import { fromWallClock, toIsoInstant } from '../../../domain/wall-clock.ts';
import { freeSpans, type SpanUnit } from './free-spans.ts';

const DAY = '2026-12-03';
const at = (hhmm: string, date = DAY) => toIsoInstant(fromWallClock(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))));
const UNIT: SpanUnit = { minDurationMin: 60, startIntervalMin: 30, bufferBeforeMin: 0, bufferAfterMin: 0 };
const OPEN = [{ begin: '08:00', end: '20:00' }];
const EARLIER = Date.parse(at('00:00', '2026-12-02'));

describe('free times of a space at the kiosk', () => {
  it('is the opening hours minus the bookings with their buffers', () => {
    const bookings = [{ beginsAt: at('10:00'), endsAt: at('12:00'), state: 'CONFIRMED', bufferBeforeMin: 15, bufferAfterMin: 30 }];
    expect(freeSpans(UNIT, DAY, OPEN, bookings, '2026-12-02', EARLIER)).toEqual([
      { beginsAt: at('08:00'), endsAt: at('09:45') },
      { beginsAt: at('12:30'), endsAt: at('20:00') },
    ]);
  });

  it('ignores cancelled and denied bookings and counts ones waiting for handling', () => {
    const bookings = [
      { beginsAt: at('08:00'), endsAt: at('12:00'), state: 'CANCELLED' },
      { beginsAt: at('14:00'), endsAt: at('20:00'), state: 'REQUIRES_HANDLING' },
    ];
    expect(freeSpans(UNIT, DAY, OPEN, bookings, '2026-12-02', EARLIER)).toEqual([{ beginsAt: at('08:00'), endsAt: at('14:00') }]);
  });

  it('starts today on the start grid after now and drops gaps shorter than the minimum duration', () => {
    const now = Date.parse(at('13:10'));
    const bookings = [{ beginsAt: at('14:30'), endsAt: at('19:30'), state: 'CONFIRMED' }];
    // 13:30-14:30 is one hour: kept; 19:30-20:00 is half an hour: dropped.
    expect(freeSpans(UNIT, DAY, OPEN, bookings, DAY, now)).toEqual([{ beginsAt: at('13:30'), endsAt: at('14:30') }]);
  });

  it('shows nothing on a closed day, outside the booking window, or on a whole-day unit already booked', () => {
    expect(freeSpans(UNIT, DAY, [], [], '2026-12-02', EARLIER)).toEqual([]);
    expect(freeSpans({ ...UNIT, minDaysBefore: 2 }, DAY, OPEN, [], '2026-12-02', EARLIER)).toEqual([]);
    expect(freeSpans({ ...UNIT, maxDaysBefore: 0 }, DAY, OPEN, [], '2026-12-02', EARLIER)).toEqual([]);
    expect(freeSpans({ ...UNIT, blockWholeDay: true }, DAY, OPEN, [{ beginsAt: at('09:00'), endsAt: at('10:00'), state: 'CONFIRMED' }], '2026-12-02', EARLIER)).toEqual([]);
  });

  it('counts blocked time without buffers on either side', () => {
    const unit = { ...UNIT, bufferBeforeMin: 60, bufferAfterMin: 60 };
    const bookings = [{ beginsAt: at('12:00'), endsAt: at('13:00'), state: 'CONFIRMED', type: 'BLOCKED', bufferBeforeMin: 30, bufferAfterMin: 30 }];
    expect(freeSpans(unit, DAY, OPEN, bookings, '2026-12-02', EARLIER)).toEqual([
      { beginsAt: at('08:00'), endsAt: at('12:00') },
      { beginsAt: at('13:00'), endsAt: at('20:00') },
    ]);
  });

  it("keeps a new booking's own buffers clear of an existing one", () => {
    const unit = { ...UNIT, bufferBeforeMin: 60, bufferAfterMin: 60 };
    const bookings = [{ beginsAt: at('12:00'), endsAt: at('13:00'), state: 'CONFIRMED', bufferBeforeMin: 0, bufferAfterMin: 0 }];
    expect(freeSpans(unit, DAY, OPEN, bookings, '2026-12-02', EARLIER)).toEqual([
      { beginsAt: at('08:00'), endsAt: at('11:00') },
      { beginsAt: at('14:00'), endsAt: at('20:00') },
    ]);
  });
});
