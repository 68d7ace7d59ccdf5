import { buildConflictIndex } from './conflict-index.ts';
import { checkSlot, type Blocker, type ProposedSlot } from './conflicts.ts';
import type { RelationIndex } from '../space-holds/related-units.ts';
import type { ReservationState, ReservationTiming, ReservationType } from './vocabulary.ts';
import { BLOCKING_STATES } from './vocabulary.ts';
import {
  addDays,
  daysBetween,
  fromWallClock,
  helsinkiDateOf,
  isCalendarDate,
  isoWeekday,
  parseInstant,
  parseTimeOfDay,
  toIsoInstant,
  toWallClock,
} from '../wall-clock.ts';

/**
 * Recurring series booked by staff (brief 2.5, 4.7): on chosen weekdays, every N weeks, from a
 * begin date to an end date that is itself included, at a Helsinki wall-clock time that stays
 * the same across the daylight-saving change (a 17:00 booking is at 17:00 in both seasons, so
 * its UTC instant moves by an hour).
 *
 * Weeks are counted from the Monday of the begin date's week, and every chosen weekday of a
 * counted week is booked (fortnightly on Monday and Wednesday means both days of the same
 * weeks), never a day before the begin date. A series spans at most 730 days, as far as Hauki's
 * opening hours reach.
 */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_SERIES_DAYS = 730;

export interface SeriesPattern {
  beginDate: string;
  /** Included. */
  endDate: string;
  weekdays: readonly Weekday[];
  /** 7, 14, 21, … (Varaamo's recurrence_in_days). */
  recurrenceInDays: number;
  /** Helsinki wall-clock `HH:MM`; the end may be `24:00`. */
  beginTime: string;
  endTime: string;
}

export interface Occurrence {
  /** The Helsinki date the occurrence begins on. */
  date: string;
  beginsAt: string;
  endsAt: string;
}

export type SeriesPatternProblem =
  | 'bad_date'
  | 'end_date_before_begin_date'
  | 'series_too_long'
  | 'no_weekdays'
  | 'bad_recurrence'
  | 'bad_time'
  | 'end_time_not_after_begin_time'
  | 'no_occurrences';

export type Occurrences = { ok: true; occurrences: Occurrence[] } | { ok: false; problem: SeriesPatternProblem };

export function seriesOccurrences(pattern: SeriesPattern): Occurrences {
  const fail = (problem: SeriesPatternProblem): Occurrences => ({ ok: false, problem });
  if (!isCalendarDate(pattern.beginDate) || !isCalendarDate(pattern.endDate)) return fail('bad_date');
  const span = daysBetween(pattern.beginDate, pattern.endDate);
  if (span < 0) return fail('end_date_before_begin_date');
  if (span > MAX_SERIES_DAYS) return fail('series_too_long');
  if (!pattern.weekdays.length || pattern.weekdays.some((d) => !WEEKDAYS.includes(d))) return fail('no_weekdays');
  const { recurrenceInDays } = pattern;
  if (!Number.isInteger(recurrenceInDays) || recurrenceInDays < 7 || recurrenceInDays % 7 !== 0) return fail('bad_recurrence');
  const begin = parseTimeOfDay(pattern.beginTime);
  const end = parseTimeOfDay(pattern.endTime);
  if (begin === null || end === null || begin === 24 * 60) return fail('bad_time');
  if (end <= begin) return fail('end_time_not_after_begin_time');

  const isoDays = new Set(pattern.weekdays.map((d) => WEEKDAYS.indexOf(d) + 1));
  const firstMonday = addDays(pattern.beginDate, 1 - isoWeekday(pattern.beginDate));
  const everyWeeks = recurrenceInDays / 7;
  const occurrences: Occurrence[] = [];
  for (let date = pattern.beginDate; date <= pattern.endDate; date = addDays(date, 1)) {
    if (!isoDays.has(isoWeekday(date))) continue;
    if (Math.floor(daysBetween(firstMonday, date) / 7) % everyWeeks !== 0) continue;
    occurrences.push(occurrenceOn(date, begin, end));
  }
  return occurrences.length ? { ok: true, occurrences } : fail('no_occurrences');
}

/**
 * One occurrence at its wall-clock times. A begin in the spring gap moves forward with the gap
 * (see wall-clock.ts); should that put it at or after the end, the occurrence keeps its length.
 */
function occurrenceOn(date: string, beginMinutes: number, endMinutes: number): Occurrence {
  const begin = fromWallClock(date, beginMinutes);
  let end = fromWallClock(date, endMinutes);
  if (end <= begin) end = begin + (endMinutes - beginMinutes) * 60_000;
  return { date, beginsAt: toIsoInstant(begin), endsAt: toIsoInstant(end) };
}

/** Open intervals per Helsinki date in wall-clock `HH:MM` (end may be `24:00`); a missing date is closed. */
export type OpeningHours = Readonly<Record<string, readonly { begin: string; end: string }[]>>;

export type OccurrenceStatus = 'ok' | 'conflict' | 'outside_opening_hours' | 'skipped';

export interface OccurrencePreview extends Occurrence {
  status: OccurrenceStatus;
  /** Why a conflicting occurrence is blocked (empty otherwise). */
  blockers: Blocker[];
  /**
   * The dates of the series' own occurrences it would collide with: only a series booked round
   * the clock on consecutive days with buffers can, and it conflicts then too.
   */
  clashesWith: string[];
}

export interface SeriesPreviewInput {
  occurrences: readonly Occurrence[];
  /** What every occurrence books. */
  booking: { reservationUnitId: string; type: ReservationType; bufferBeforeMin: number | null; bufferAfterMin: number | null };
  existing: readonly ReservationTiming[];
  relations: RelationIndex;
  /** Null when opening hours are not checked (staff bookings may skip them, brief 4.7). */
  openingHours: OpeningHours | null;
  skipDates?: readonly string[];
  /** Reservations the new occurrences replace (a reschedule): they block nothing. */
  replacing?: readonly string[];
}

/**
 * Each occurrence marked ok, conflicting (with every blocker and why), outside opening hours, or
 * skipped. A conflict is told before closed hours: it is the one staff cannot override. Opening
 * hours are checked on the booking's own time; buffers may run outside them.
 */
export function previewSeries(input: SeriesPreviewInput): OccurrencePreview[] {
  const replacing = new Set(input.replacing ?? []);
  const existing = replacing.size ? input.existing.filter((r) => !replacing.has(r.id)) : input.existing;
  const index = buildConflictIndex(existing, input.relations);
  const skip = new Set(input.skipDates ?? []);
  const booked = input.occurrences.filter((o) => !skip.has(o.date));
  const place = new Map(booked.map((o, i) => [o, i]));
  const slotOf = (o: Occurrence): ProposedSlot => ({ id: null, ...input.booking, beginsAt: o.beginsAt, endsAt: o.endsAt });
  const asReservation = (o: Occurrence): ReservationTiming => ({ ...slotOf(o), id: o.date, state: 'CONFIRMED' });
  return input.occurrences.map((o) => {
    if (skip.has(o.date)) return { ...o, status: 'skipped', blockers: [], clashesWith: [] };
    const { blockers } = index.check(slotOf(o));
    // Occurrences come in date order, each within its own day: with buffers shorter than a day
    // only the neighbours can reach each other.
    const i = place.get(o)!;
    const neighbours = [booked[i - 1], booked[i + 1]].filter((n) => n !== undefined).map(asReservation);
    const clashesWith = checkSlot(slotOf(o), neighbours, input.relations).blockers.map((b) => b.reservationId);
    if (blockers.length || clashesWith.length) return { ...o, status: 'conflict', blockers, clashesWith };
    if (input.openingHours && !withinOpeningHours(o, input.openingHours)) return { ...o, status: 'outside_opening_hours', blockers, clashesWith };
    return { ...o, status: 'ok', blockers, clashesWith };
  });
}

function withinOpeningHours(o: Occurrence, hours: OpeningHours): boolean {
  const begin = toWallClock(parseInstant(o.beginsAt));
  const end = toWallClock(parseInstant(o.endsAt));
  const endMinutes = end.minutes + daysBetween(begin.date, end.date) * 24 * 60;
  return (hours[begin.date] ?? []).some((open) => {
    const from = parseTimeOfDay(open.begin);
    const to = parseTimeOfDay(open.end);
    return from !== null && to !== null && from <= begin.minutes && endMinutes <= to;
  });
}

export type SeriesCreation = { ok: true; occurrences: Occurrence[] } | { ok: false; refused: OccurrencePreview[] };

/** All or nothing: every unskipped occurrence is booked, or none and the refusal lists those that cannot be. */
export function createSeries(input: SeriesPreviewInput): SeriesCreation {
  const preview = previewSeries(input);
  const refused = preview.filter((o) => o.status === 'conflict' || o.status === 'outside_opening_hours');
  if (refused.length) return { ok: false, refused };
  return { ok: true, occurrences: preview.filter((o) => o.status === 'ok').map(({ date, beginsAt, endsAt }) => ({ date, beginsAt, endsAt })) };
}

export interface SeriesMember {
  id: string;
  beginsAt: string;
  endsAt: string;
  state: ReservationState;
}

export interface ReschedulePlan {
  /** Past, started, and no longer blocking occurrences: left as they are. */
  keep: SeriesMember[];
  /** Future occurrences the new pattern replaces. */
  replace: SeriesMember[];
  /** The new pattern's occurrences to book (preview them with `replacing` = the replaced ids). */
  create: Occurrence[];
}

export type Reschedule = { ok: true; plan: ReschedulePlan } | { ok: false; problem: 'series_in_past' };

/**
 * Rescheduling from a date on changes only the future (brief 4.7, pain point 8): an occurrence
 * that has begun, today's included while it runs, is kept, and the new pattern books nothing on
 * its day. Denied and cancelled occurrences stay as records. A series with nothing left to begin
 * cannot be rescheduled.
 */
export function planReschedule(members: readonly SeriesMember[], newOccurrences: readonly Occurrence[], fromDate: string, nowMs: number): Reschedule {
  if (!members.some((m) => parseInstant(m.beginsAt) > nowMs)) return { ok: false, problem: 'series_in_past' };
  const today = helsinkiDateOf(nowMs);
  const from = fromDate > today ? fromDate : today;
  const blocking = new Set<ReservationState>(BLOCKING_STATES);
  const keep: SeriesMember[] = [];
  const replace: SeriesMember[] = [];
  for (const m of members) {
    const changes = blocking.has(m.state) && helsinkiDateOf(parseInstant(m.beginsAt)) >= from && parseInstant(m.beginsAt) > nowMs;
    (changes ? replace : keep).push(m);
  }
  const startedDays = new Set(
    keep.filter((m) => blocking.has(m.state) && parseInstant(m.beginsAt) <= nowMs).map((m) => helsinkiDateOf(parseInstant(m.beginsAt))),
  );
  const create = newOccurrences.filter((o) => o.date >= from && parseInstant(o.beginsAt) > nowMs && !startedDays.has(o.date));
  return { ok: true, plan: { keep, replace, create } };
}
