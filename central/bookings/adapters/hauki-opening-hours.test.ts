import { describe, expect, it } from 'vitest';
import { openingHoursFromPeriods } from './hauki-opening-hours.ts';
import { UnsupportedRuleError } from './hauki-rules.ts';
import type { HaukiDatePeriod, HaukiRule, HaukiTimeSpan } from './hauki-schema.ts';

let nextId = 100;
function period(fields: Partial<HaukiDatePeriod> & { spans?: HaukiTimeSpan[]; rules?: HaukiRule[] }): HaukiDatePeriod {
  const { spans, rules, ...rest } = fields;
  return {
    id: nextId++,
    resource: 1,
    start_date: null,
    end_date: null,
    resource_state: 'undefined',
    override: false,
    time_span_groups: spans ? [{ time_spans: spans, rules: rules ?? [], is_removed: false }] : [],
    ...rest,
  };
}
const open = (start: string, end: string, more: Partial<HaukiTimeSpan> = {}): HaukiTimeSpan => ({ start_time: start, end_time: end, resource_state: 'open', ...more });
const day = (periods: HaukiDatePeriod[], date: string) => openingHoursFromPeriods(periods, 1, date, date).days[0]!;
const shown = (periods: HaukiDatePeriod[], date: string) => day(periods, date).intervals.map((i) => `${i.start}-${i.end}${i.endsNextDay ? '+1' : ''} ${i.state}`);
const openDates = (periods: HaukiDatePeriod[], from: string, to: string) =>
  openingHoursFromPeriods(periods, 1, from, to)
    .days.filter((d) => !d.closed)
    .map((d) => d.date);

describe('Hauki periods to daily opening hours', () => {
  const summer = period({ start_date: '2020-06-01', end_date: '2020-08-31', spans: [open('10:00', '18:00')] });
  const shortSummer = period({ start_date: '2020-06-15', end_date: '2020-07-15', override: true, spans: [open('10:00', '16:00')] });
  const midsummer = period({ start_date: '2020-06-19', end_date: '2020-06-21', override: true, resource_state: 'closed' });

  it('lets an override period replace the normal ones, and the shortest override win', () => {
    const periods = [summer, shortSummer, midsummer];
    expect(shown(periods, '2020-06-10')).toEqual(['10:00-18:00 open']);
    expect(shown(periods, '2020-06-16')).toEqual(['10:00-16:00 open']);
    expect(day(periods, '2020-06-20')).toMatchObject({ closed: true, noHours: false });
    expect(shown(periods, '2020-07-20')).toEqual(['10:00-18:00 open']);
  });

  it('gives a tie between override periods of one length to the one Hauki lists first', () => {
    const closedDay = period({ start_date: '2020-06-10', end_date: '2020-06-10', override: true, resource_state: 'closed' });
    const eventDay = period({ start_date: '2020-06-10', end_date: '2020-06-10', override: true, spans: [open('12:00', '14:00')] });
    expect(day([summer, closedDay, eventDay], '2020-06-10').closed).toBe(true);
    expect(shown([summer, eventDay, closedDay], '2020-06-10')).toEqual(['12:00-14:00 open']);
  });

  it('combines overlapping spans of one state from several normal periods, and keeps other states apart', () => {
    const morning = period({ spans: [open('08:00', '12:00'), open('16:00', '17:00', { resource_state: 'self_service' })] });
    const noon = period({ spans: [open('11:00', '15:00'), open('15:00', '15:30')] });
    expect(shown([morning, noon], '2021-03-03')).toEqual(['08:00-15:30 open', '16:00-17:00 self_service']);
  });

  it('reads spans past midnight, whole days, missing times and a span state left undefined', () => {
    const late = period({ spans: [open('22:00', '02:00', { end_time_on_next_day: true })] });
    expect(day([late], '2021-03-05').intervals).toEqual([{ start: '22:00', end: '02:00', endsNextDay: true, state: 'open', reservable: false }]);
    const allDay = period({ resource_state: 'with_key', spans: [{ full_day: true, start_time: null, end_time: null, resource_state: 'undefined' }] });
    expect(shown([allDay], '2021-03-05')).toEqual(['00:00-24:00 with_key']);
    expect(shown([period({ spans: [{ start_time: '18:00', end_time: null, resource_state: 'open' }] })], '2021-03-05')).toEqual(['18:00-24:00 open']);
  });

  it('marks the states Varaamo books in as reservable', () => {
    const evening = period({ spans: [open('08:00', '16:00'), open('16:00', '21:00', { resource_state: 'open_and_reservable' }), open('21:00', '22:00', { resource_state: 'with_key_and_reservation' })] });
    expect(day([evening], '2021-03-05').intervals.map((i) => [i.start, i.reservable])).toEqual([
      ['08:00', false],
      ['16:00', true],
      ['21:00', true],
    ]);
  });

  it('counts only open states as open, and a period without spans or state as no hours', () => {
    const maintenance = period({ spans: [open('08:00', '16:00', { resource_state: 'maintenance' })] });
    expect(day([maintenance], '2021-03-05')).toMatchObject({ closed: true, noHours: false, intervals: [] });
    expect(day([period({})], '2021-03-05')).toMatchObject({ closed: true, noHours: true });
    const removed = { ...summer, time_span_groups: summer.time_span_groups.map((g) => ({ ...g, is_removed: true })) };
    expect(day([removed], '2020-06-10')).toMatchObject({ closed: true, noHours: true });
  });

  it('applies time spans on their weekdays only', () => {
    const weekdays = period({ spans: [open('09:00', '17:00', { weekdays: [1, 2, 3, 4, 5] }), open('11:00', '15:00', { weekdays: [6] })] });
    expect(openDates([weekdays], '2021-03-01', '2021-03-07')).toEqual(['2021-03-01', '2021-03-02', '2021-03-03', '2021-03-04', '2021-03-05', '2021-03-06']);
    expect(shown([weekdays], '2021-03-06')).toEqual(['11:00-15:00 open']);
  });

  describe('rules', () => {
    const withRule = (rule: Partial<HaukiRule> & Pick<HaukiRule, 'context' | 'subject'>, bounds: Partial<HaukiDatePeriod> = {}) => [period({ ...bounds, spans: [open('10:00', '12:00')], rules: [rule] })];

    it('every even ISO week of the year', () => {
      const dates = openDates(withRule({ context: 'year', subject: 'week', frequency_modifier: 'even' }), '2021-03-01', '2021-03-21');
      expect(dates).toEqual(['2021-03-08', '2021-03-09', '2021-03-10', '2021-03-11', '2021-03-12', '2021-03-13', '2021-03-14']);
    });

    it('the first Monday and the last day of each month', () => {
      expect(openDates(withRule({ context: 'month', subject: 'mon', start: 1 }), '2021-03-01', '2021-05-31')).toEqual(['2021-03-01', '2021-04-05', '2021-05-03']);
      expect(openDates(withRule({ context: 'month', subject: 'day', start: -1 }), '2021-01-15', '2021-03-15')).toEqual(['2021-01-31', '2021-02-28']);
    });

    it('every third day of the period from its second day, and every other week of the period', () => {
      const bounds = { start_date: '2021-03-01', end_date: '2021-03-10' };
      expect(openDates(withRule({ context: 'period', subject: 'day', start: 2, frequency_ordinal: 3 }, bounds), '2021-03-01', '2021-03-31')).toEqual(['2021-03-02', '2021-03-05', '2021-03-08']);
      const weeks = openDates(withRule({ context: 'period', subject: 'week', start: 1, frequency_ordinal: 2 }, { start_date: '2021-03-03', end_date: '2021-03-31' }), '2021-03-01', '2021-03-31');
      expect(weeks[0]).toBe('2021-03-03');
      expect(weeks).toContain('2021-03-21');
      expect(weeks).not.toContain('2021-03-08');
      expect(weeks).toContain('2021-03-15');
    });

    it('every second Saturday of the year, counting from the first', () => {
      expect(openDates(withRule({ context: 'year', subject: 'sat', start: 1, frequency_ordinal: 2 }), '2021-01-01', '2021-01-31')).toEqual(['2021-01-02', '2021-01-16', '2021-01-30']);
    });

    it('all rules of a group must select a date', () => {
      const periods = [period({ spans: [open('10:00', '12:00')], rules: [{ context: 'month', subject: 'day', start: 1 }, { context: 'year', subject: 'mon' }] })];
      expect(openDates(periods, '2021-01-01', '2021-12-31')).toEqual(['2021-02-01', '2021-03-01', '2021-11-01']);
    });

    it('refuses a rule Hauki cannot compute', () => {
      expect(() => openingHoursFromPeriods(withRule({ context: 'month', subject: 'month' }), 1, '2021-01-01', '2021-01-02')).toThrow(UnsupportedRuleError);
    });
  });
});
