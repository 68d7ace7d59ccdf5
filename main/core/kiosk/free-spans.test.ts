import { describe, expect, it } from 'vitest';
import { fromWallClock, toIsoInstant } from '../../../domain/wall-clock.ts';
import { buildRelationIndex, type SpaceNode } from '../../../domain/space-holds/related-units.ts';
import { freeSpans, linksOf, type SpanBooking, type SpanUnit } from './free-spans.ts';

const DAY = '2026-12-03';
const at = (hhmm: string, date = DAY) => toIsoInstant(fromWallClock(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))));
const UNIT: SpanUnit = { id: 'ru-hall', spaceIds: ['hall'], minDurationMin: 60, startIntervalMin: 30, bufferBeforeMin: 0, bufferAfterMin: 0 };
const OPEN = [{ begin: '08:00', end: '20:00' }];
const EARLIER = Date.parse(at('00:00', '2026-12-02'));

/** A hall with two parts, and a studio elsewhere that shares the hall's piano. */
const SPACES: SpaceNode[] = [
  { id: 'hall', parentId: null },
  { id: 'part1', parentId: 'hall' },
  { id: 'part2', parentId: 'hall' },
  { id: 'studio', parentId: null },
];
type Booking = Omit<SpanBooking, 'reservationUnitId'> & { reservationUnitId?: string };

/** The unit's free times on DAY, seen the day before, among `others` units. */
function free(unit: SpanUnit, bookings: readonly Booking[], others: readonly SpanUnit[] = [], today = '2026-12-02', now = EARLIER) {
  const relations = buildRelationIndex(SPACES, [unit, ...others].map(linksOf));
  return freeSpans(unit, DAY, OPEN, bookings.map((b) => ({ reservationUnitId: unit.id, ...b })), relations, today, now);
}

describe('free times of a space at the kiosk', () => {
  it('is the opening hours minus the bookings with their buffers', () => {
    const bookings = [{ beginsAt: at('10:00'), endsAt: at('12:00'), state: 'CONFIRMED', bufferBeforeMin: 15, bufferAfterMin: 30 }];
    expect(free(UNIT, bookings)).toEqual([
      { beginsAt: at('08:00'), endsAt: at('09:45') },
      { beginsAt: at('12:30'), endsAt: at('20:00') },
    ]);
  });

  it('ignores cancelled and denied bookings and counts ones waiting for handling', () => {
    const bookings = [
      { beginsAt: at('08:00'), endsAt: at('12:00'), state: 'CANCELLED' },
      { beginsAt: at('14:00'), endsAt: at('20:00'), state: 'REQUIRES_HANDLING' },
    ];
    expect(free(UNIT, bookings)).toEqual([{ beginsAt: at('08:00'), endsAt: at('14:00') }]);
  });

  it('starts today on the start grid after now and drops gaps shorter than the minimum duration', () => {
    const now = Date.parse(at('13:10'));
    const bookings = [{ beginsAt: at('14:30'), endsAt: at('19:30'), state: 'CONFIRMED' }];
    // 13:30-14:30 is one hour: kept; 19:30-20:00 is half an hour: dropped.
    expect(free(UNIT, bookings, [], DAY, now)).toEqual([{ beginsAt: at('13:30'), endsAt: at('14:30') }]);
  });

  it('shows nothing on a closed day, outside the booking window, or on a whole-day unit already booked', () => {
    expect(freeSpans(UNIT, DAY, [], [], buildRelationIndex(SPACES, [linksOf(UNIT)]), '2026-12-02', EARLIER)).toEqual([]);
    expect(free({ ...UNIT, minDaysBefore: 2 }, [])).toEqual([]);
    expect(free({ ...UNIT, maxDaysBefore: 0 }, [])).toEqual([]);
    expect(free({ ...UNIT, blockWholeDay: true }, [{ beginsAt: at('09:00'), endsAt: at('10:00'), state: 'CONFIRMED' }])).toEqual([]);
  });

  it('leaves a whole-day unit the rest of a day whose only booking is blocked time', () => {
    expect(free({ ...UNIT, blockWholeDay: true }, [{ beginsAt: at('09:00'), endsAt: at('10:00'), state: 'CONFIRMED', type: 'BLOCKED' }])).toEqual([
      { beginsAt: at('08:00'), endsAt: at('09:00') },
      { beginsAt: at('10:00'), endsAt: at('20:00') },
    ]);
  });

  it('counts blocked time without buffers on either side', () => {
    const unit = { ...UNIT, bufferBeforeMin: 60, bufferAfterMin: 60 };
    const bookings = [{ beginsAt: at('12:00'), endsAt: at('13:00'), state: 'CONFIRMED', type: 'BLOCKED', bufferBeforeMin: 30, bufferAfterMin: 30 }];
    expect(free(unit, bookings)).toEqual([
      { beginsAt: at('08:00'), endsAt: at('12:00') },
      { beginsAt: at('13:00'), endsAt: at('20:00') },
    ]);
  });

  it("keeps a new booking's own buffers clear of an existing one", () => {
    const unit = { ...UNIT, bufferBeforeMin: 60, bufferAfterMin: 60 };
    const bookings = [{ beginsAt: at('12:00'), endsAt: at('13:00'), state: 'CONFIRMED', bufferBeforeMin: 0, bufferAfterMin: 0 }];
    expect(free(unit, bookings)).toEqual([
      { beginsAt: at('08:00'), endsAt: at('11:00') },
      { beginsAt: at('14:00'), endsAt: at('20:00') },
    ]);
  });

  describe('on related units', () => {
    const PART1: SpanUnit = { ...UNIT, id: 'ru-part1', spaceIds: ['part1'] };
    const PART2: SpanUnit = { ...UNIT, id: 'ru-part2', spaceIds: ['part2'] };
    const STUDIO: SpanUnit = { ...UNIT, id: 'ru-studio', spaceIds: ['studio'], resourceIds: ['piano'] };
    const HALL: SpanUnit = { ...UNIT, resourceIds: ['piano'] };
    const onHall = { reservationUnitId: HALL.id, beginsAt: at('10:00'), endsAt: at('12:00'), state: 'CONFIRMED' };
    const morningAndAfternoon = [
      { beginsAt: at('08:00'), endsAt: at('10:00') },
      { beginsAt: at('12:00'), endsAt: at('20:00') },
    ];

    it('counts a booking of the parent space against its part, and of a part against the parent', () => {
      expect(free(PART1, [onHall], [HALL, PART2, STUDIO])).toEqual(morningAndAfternoon);
      expect(free(HALL, [{ ...onHall, reservationUnitId: PART1.id }], [PART1, PART2, STUDIO])).toEqual(morningAndAfternoon);
    });

    it('counts a booking of a unit sharing a resource, and not one of a sibling space', () => {
      expect(free(STUDIO, [onHall], [HALL, PART1, PART2])).toEqual(morningAndAfternoon);
      expect(free(PART2, [{ ...onHall, reservationUnitId: PART1.id }], [HALL, PART1, STUDIO])).toEqual([{ beginsAt: at('08:00'), endsAt: at('20:00') }]);
      // Part 1 relates to the hall by space, the hall to the studio by the piano: part 1 and the studio do not relate.
      expect(free(STUDIO, [{ ...onHall, reservationUnitId: PART1.id }], [HALL, PART1, PART2])).toEqual([{ beginsAt: at('08:00'), endsAt: at('20:00') }]);
    });

    it("takes a related booking's buffers from its own unit, and a whole-day unit's booking takes the day", () => {
      const hallWithBuffers = { ...HALL, bufferBeforeMin: 30, bufferAfterMin: 60 };
      expect(free(PART1, [onHall], [hallWithBuffers])).toEqual([
        { beginsAt: at('08:00'), endsAt: at('09:30') },
        { beginsAt: at('13:00'), endsAt: at('20:00') },
      ]);
      expect(free(PART1, [onHall], [{ ...HALL, blockWholeDay: true }])).toEqual([]);
    });
  });
});
