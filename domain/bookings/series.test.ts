import { describe, expect, it } from 'vitest';
import { buildRelationIndex } from '../space-holds/related-units.ts';
import {
  createSeries,
  planReschedule,
  previewSeries,
  seriesOccurrences,
  type Occurrence,
  type OpeningHours,
  type SeriesMember,
  type SeriesPattern,
  type SeriesPreviewInput,
} from './series.ts';
import { SPACES, booking, unit } from './structure.test-support.ts';
import { addDays } from '../wall-clock.ts';

const weekly: SeriesPattern = { beginDate: '2027-03-01', endDate: '2027-03-31', weekdays: ['TUESDAY'], recurrenceInDays: 7, beginTime: '17:00', endTime: '18:30' };

function occurrences(pattern: SeriesPattern): Occurrence[] {
  const result = seriesOccurrences(pattern);
  if (!result.ok) throw new Error(result.problem);
  return result.occurrences;
}

const dates = (pattern: SeriesPattern) => occurrences(pattern).map((o) => o.date);

describe('the occurrences of a recurring series (issue 7, point 6)', () => {
  it('books weekly on the chosen weekday', () => {
    expect(dates(weekly)).toEqual(['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']);
  });

  it('includes the end date', () => {
    expect(dates({ ...weekly, endDate: '2027-03-30' }).at(-1)).toBe('2027-03-30');
    expect(dates({ ...weekly, endDate: '2027-03-29' }).at(-1)).toBe('2027-03-23');
    expect(dates({ ...weekly, beginDate: '2027-03-30', endDate: '2027-03-30' })).toEqual(['2027-03-30']);
  });

  it('books every N weeks on several weekdays, counting weeks from the begin date’s week and never before the begin date', () => {
    const fortnightly = { ...weekly, beginDate: '2027-03-03', weekdays: ['MONDAY', 'WEDNESDAY'] as const, recurrenceInDays: 14 };
    // Week of 1 March counts (its Monday lies before the begin date), then the week of 15 March, then 29 March.
    expect(dates(fortnightly)).toEqual(['2027-03-03', '2027-03-15', '2027-03-17', '2027-03-29', '2027-03-31']);
    expect(dates({ ...weekly, recurrenceInDays: 21 })).toEqual(['2027-03-02', '2027-03-23']);
  });

  it('keeps the wall-clock time across the change to summer time and back', () => {
    const spring = occurrences({ ...weekly, beginDate: '2027-03-20', endDate: '2027-04-05', weekdays: ['SATURDAY', 'MONDAY'] });
    expect(spring.map((o) => [o.date, o.beginsAt, o.endsAt])).toEqual([
      ['2027-03-20', '2027-03-20T15:00:00.000Z', '2027-03-20T16:30:00.000Z'],
      ['2027-03-22', '2027-03-22T15:00:00.000Z', '2027-03-22T16:30:00.000Z'],
      ['2027-03-27', '2027-03-27T15:00:00.000Z', '2027-03-27T16:30:00.000Z'],
      ['2027-03-29', '2027-03-29T14:00:00.000Z', '2027-03-29T15:30:00.000Z'],
      ['2027-04-03', '2027-04-03T14:00:00.000Z', '2027-04-03T15:30:00.000Z'],
      ['2027-04-05', '2027-04-05T14:00:00.000Z', '2027-04-05T15:30:00.000Z'],
    ]);
    const autumn = occurrences({ ...weekly, beginDate: '2027-10-24', endDate: '2027-11-07', weekdays: ['SUNDAY'] });
    expect(autumn.map((o) => o.beginsAt)).toEqual(['2027-10-24T14:00:00.000Z', '2027-10-31T15:00:00.000Z', '2027-11-07T15:00:00.000Z']);
  });

  it('places a night occurrence in the spring gap or the doubled autumn hour by the wall-clock rule', () => {
    const night = { ...weekly, weekdays: ['SUNDAY'] as const, beginTime: '03:30', endTime: '05:00' };
    expect(occurrences({ ...night, beginDate: '2027-03-28', endDate: '2027-03-28' })[0]).toEqual({ date: '2027-03-28', beginsAt: '2027-03-28T01:30:00.000Z', endsAt: '2027-03-28T02:00:00.000Z' });
    expect(occurrences({ ...night, beginDate: '2027-10-31', endDate: '2027-10-31' })[0]).toEqual({ date: '2027-10-31', beginsAt: '2027-10-31T00:30:00.000Z', endsAt: '2027-10-31T03:00:00.000Z' });
    // Wholly inside the gap: it keeps its length after the gap.
    const inGap = occurrences({ ...night, beginDate: '2027-03-28', endDate: '2027-03-28', beginTime: '03:15', endTime: '03:45' })[0]!;
    expect([inGap.beginsAt, inGap.endsAt]).toEqual(['2027-03-28T01:15:00.000Z', '2027-03-28T01:45:00.000Z']);
    // Beginning in the gap, ending at its end: moved forward, it would end before it begins; it keeps its length.
    const intoGap = occurrences({ ...night, beginDate: '2027-03-28', endDate: '2027-03-28', beginTime: '03:30', endTime: '04:00' })[0]!;
    expect([intoGap.beginsAt, intoGap.endsAt]).toEqual(['2027-03-28T01:30:00.000Z', '2027-03-28T02:00:00.000Z']);
  });

  it('refuses patterns that cannot be booked, each with its reason', () => {
    const problem = (p: Partial<SeriesPattern>) => {
      const r = seriesOccurrences({ ...weekly, ...p });
      return r.ok ? null : r.problem;
    };
    expect(problem({ beginDate: '2027-02-30' })).toBe('bad_date');
    expect(problem({ endDate: '2027-02-28' })).toBe('end_date_before_begin_date');
    expect(problem({ endDate: addDays('2027-03-01', 731) })).toBe('series_too_long');
    expect(problem({ endDate: addDays('2027-03-01', 730) })).toBeNull();
    expect(problem({ weekdays: [] })).toBe('no_weekdays');
    expect(problem({ recurrenceInDays: 10 })).toBe('bad_recurrence');
    expect(problem({ recurrenceInDays: 0 })).toBe('bad_recurrence');
    expect(problem({ beginTime: '7:00' })).toBe('bad_time');
    expect(problem({ beginTime: '24:00', endTime: '24:00' })).toBe('bad_time');
    expect(problem({ endTime: '17:00' })).toBe('end_time_not_after_begin_time');
    expect(problem({ endTime: '24:00' })).toBeNull();
    // Only weekdays that never fall inside the range.
    expect(problem({ beginDate: '2027-03-03', endDate: '2027-03-05', weekdays: ['MONDAY'] })).toBe('no_occurrences');
  });
});

const relations = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferBeforeMin: 30 }), unit('u-part1', ['part1'])]);
const EVERY_DAY_8_TO_20: OpeningHours = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [addDays('2027-03-01', i), [{ begin: '08:00', end: '20:00' }]]));

function input(more: Partial<SeriesPreviewInput> = {}): SeriesPreviewInput {
  return {
    occurrences: occurrences(weekly),
    booking: { reservationUnitId: 'u-part1', type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null },
    existing: [],
    relations,
    openingHours: EVERY_DAY_8_TO_20,
    ...more,
  };
}

/** The hall, booked 16:00–17:30 on 16 March (winter time): it overlaps that occurrence. */
const clash = { ...booking('u-hall', '2027-03-16', '16:00', '17:30'), beginsAt: '2027-03-16T14:00:00.000Z', endsAt: '2027-03-16T15:30:00.000Z' };

describe('the preview and creation of a series', () => {
  it('marks every occurrence ok when nothing is in the way', () => {
    expect(previewSeries(input()).map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('marks a conflicting occurrence with why it is blocked', () => {
    const preview = previewSeries(input({ existing: [clash] }));
    expect(preview.map((o) => o.status)).toEqual(['ok', 'ok', 'conflict', 'ok', 'ok']);
    expect(preview[2]!.blockers).toMatchObject([{ reservationId: clash.id, reservationUnitId: 'u-hall', relation: 'space', cause: { kind: 'time' } }]);
  });

  it('marks an occurrence outside opening hours, and one on a closed day', () => {
    const hours = { ...EVERY_DAY_8_TO_20, '2027-03-09': [{ begin: '08:00', end: '18:00' }], '2027-03-23': [] };
    expect(previewSeries(input({ openingHours: hours })).map((o) => o.status)).toEqual(['ok', 'outside_opening_hours', 'ok', 'outside_opening_hours', 'ok']);
    // Two intervals that together cover the time do not make one open stretch.
    const split = { ...EVERY_DAY_8_TO_20, '2027-03-02': [{ begin: '08:00', end: '17:30' }, { begin: '17:30', end: '20:00' }] };
    expect(previewSeries(input({ openingHours: split }))[0]!.status).toBe('outside_opening_hours');
  });

  it('lets buffers run outside opening hours: an occurrence at opening time with a buffer before is ok', () => {
    const atOpening = occurrences({ ...weekly, beginTime: '08:00', endTime: '09:00' });
    const preview = previewSeries(input({ occurrences: atOpening, booking: { reservationUnitId: 'u-hall', type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null } }));
    expect(preview.every((o) => o.status === 'ok')).toBe(true);
  });

  it('does not check opening hours when told not to (staff bookings may skip them)', () => {
    expect(previewSeries(input({ openingHours: null, occurrences: occurrences({ ...weekly, beginTime: '22:00', endTime: '23:00' }) })).every((o) => o.status === 'ok')).toBe(true);
  });

  it('skips chosen dates', () => {
    expect(previewSeries(input({ existing: [clash], skipDates: ['2027-03-16'] })).map((o) => o.status)).toEqual(['ok', 'ok', 'skipped', 'ok', 'ok']);
  });

  it('creates all or nothing: a refusal lists every occurrence that cannot be booked', () => {
    const hours = { ...EVERY_DAY_8_TO_20, '2027-03-23': [] };
    const refused = createSeries(input({ existing: [clash], openingHours: hours }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refused.map((o) => [o.date, o.status])).toEqual([
      ['2027-03-16', 'conflict'],
      ['2027-03-23', 'outside_opening_hours'],
    ]);
  });

  it('creates every occurrence but the skipped ones once nothing is refused', () => {
    const created = createSeries(input({ existing: [clash], skipDates: ['2027-03-16'] }));
    expect(created).toEqual({ ok: true, occurrences: occurrences(weekly).filter((o) => o.date !== '2027-03-16') });
  });

  it('marks occurrences that would collide with each other: round the clock on consecutive days with buffers', () => {
    const roundTheClock = occurrences({ ...weekly, beginDate: '2027-03-01', endDate: '2027-03-07', weekdays: ['MONDAY', 'TUESDAY', 'THURSDAY'], beginTime: '00:00', endTime: '24:00' });
    const preview = previewSeries(input({ occurrences: roundTheClock, openingHours: null, booking: { reservationUnitId: 'u-hall', type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null } }));
    // The hall's 30-minute buffer before reaches back into the day before; Thursday follows a free Wednesday.
    expect(preview.map((o) => [o.date, o.status, o.clashesWith])).toEqual([
      ['2027-03-01', 'conflict', ['2027-03-02']],
      ['2027-03-02', 'conflict', ['2027-03-01']],
      ['2027-03-04', 'ok', []],
    ]);
    // Skipping one of them settles it; without buffers (part 1) they only touch.
    const hall = { reservationUnitId: 'u-hall', type: 'STAFF' as const, bufferBeforeMin: null, bufferAfterMin: null };
    expect(previewSeries(input({ occurrences: roundTheClock, openingHours: null, booking: hall, skipDates: ['2027-03-02'] })).map((o) => o.status)).toEqual(['ok', 'skipped', 'ok']);
    expect(previewSeries(input({ occurrences: roundTheClock, openingHours: null })).map((o) => o.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('does not let the reservations a reschedule replaces block their replacements', () => {
    expect(previewSeries(input({ existing: [clash], replacing: [clash.id] })).every((o) => o.status === 'ok')).toBe(true);
  });
});

describe('rescheduling a series from a date on', () => {
  const current = occurrences(weekly);
  const members: SeriesMember[] = current.map((o, i) => ({ id: `m${i}`, beginsAt: o.beginsAt, endsAt: o.endsAt, state: 'CONFIRMED' }));
  const later = occurrences({ ...weekly, beginTime: '18:00', endTime: '19:30' });
  const ids = (list: { id: string }[]) => list.map((m) => m.id);

  it('changes only the occurrences from the date on', () => {
    const r = planReschedule(members, later, '2027-03-16', Date.parse('2027-03-01T10:00:00Z'));
    expect(r.ok && { keep: ids(r.plan.keep), replace: ids(r.plan.replace), create: r.plan.create.map((o) => o.date) }).toEqual({
      keep: ['m0', 'm1'],
      replace: ['m2', 'm3', 'm4'],
      create: ['2027-03-16', '2027-03-23', '2027-03-30'],
    });
  });

  it('changes only the future when the date given is in the past', () => {
    const r = planReschedule(members, later, '2027-03-01', Date.parse('2027-03-10T10:00:00Z'));
    expect(r.ok && [ids(r.plan.replace), r.plan.create.map((o) => o.date)]).toEqual([
      ['m2', 'm3', 'm4'],
      ['2027-03-16', '2027-03-23', '2027-03-30'],
    ]);
  });

  it('keeps today’s occurrence once it has started, and books nothing new on its day', () => {
    // 16 March 17:15 in Helsinki: the 17:00 occurrence runs.
    const r = planReschedule(members, later, '2027-03-01', Date.parse('2027-03-16T15:15:00Z'));
    expect(r.ok && [ids(r.plan.keep), ids(r.plan.replace), r.plan.create.map((o) => o.date)]).toEqual([
      ['m0', 'm1', 'm2'],
      ['m3', 'm4'],
      ['2027-03-23', '2027-03-30'],
    ]);
  });

  it('changes today’s occurrence when it has not started yet', () => {
    const r = planReschedule(members, later, '2027-03-01', Date.parse('2027-03-16T14:00:00Z'));
    expect(r.ok && [ids(r.plan.replace), r.plan.create.map((o) => o.date)]).toEqual([
      ['m2', 'm3', 'm4'],
      ['2027-03-16', '2027-03-23', '2027-03-30'],
    ]);
  });

  it('leaves denied and cancelled occurrences as they are', () => {
    const withDenied = members.map((m) => (m.id === 'm3' ? { ...m, state: 'DENIED' as const } : m));
    const r = planReschedule(withDenied, later, '2027-03-01', Date.parse('2027-03-01T10:00:00Z'));
    expect(r.ok && [ids(r.plan.keep), ids(r.plan.replace)]).toEqual([['m3'], ['m0', 'm1', 'm2', 'm4']]);
  });

  it('refuses a series whose occurrences have all begun', () => {
    expect(planReschedule(members, later, '2027-03-01', Date.parse('2027-03-30T15:00:00Z'))).toEqual({ ok: false, problem: 'series_in_past' });
  });
});
