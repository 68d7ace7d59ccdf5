import type { ParsedInput } from '../../../domain/contract.ts';
import type { ReschedulePreview } from '../../../domain/bookings/contract.ts';
import type { RescheduleSeriesState } from '../../../domain/bookings/decide.ts';
import type { Reservation, ReservationSeries } from '../../../domain/bookings/entities.ts';
import { outlineReschedule, rescheduledBuffers } from '../../../domain/bookings/series-reschedule.ts';
import { seriesOccurrences } from '../../../domain/bookings/series.ts';
import { isStaffCreatedType } from '../../../domain/bookings/vocabulary.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { addDays, helsinkiDateOf, parseInstant, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';
import { hoursOf } from './preview-series.ts';
import { labelBlockers } from './blocker-labels.ts';
import type { BookingRights } from './rights.ts';
import { loadRelations, loadReservationUnit } from './structure.ts';
import { relatedBookings } from './timeline.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  series: db.prepare<[string], VersionedData>('SELECT version, data FROM reservation_series WHERE id = ?'),
  members: db.prepare<[string], VersionedData>('SELECT version, data FROM reservation WHERE series_id = ? ORDER BY begins_ms, id'),
}));

/** The series, its occurrences and the bookings around the new pattern's dates, as the cache holds them now. */
export function rescheduleState(db: SqliteDatabase, p: { seriesId: string; fromDate: string; endDate: string }): RescheduleSeriesState & { existing: readonly Reservation[] } {
  const s = statements(db);
  const series = parseRow<ReservationSeries>(s.series.get(p.seriesId));
  const members = s.members.all(p.seriesId).map((r) => parseRow<Reservation>(r)!);
  const unit = series ? loadReservationUnit(db, series.record.reservationUnitId) : null;
  const relations = loadRelations(db);
  const existing = unit && p.endDate >= p.fromDate ? relatedBookings(db, relations, unit.id, startOfHelsinkiDay(p.fromDate), startOfHelsinkiDay(addDays(p.endDate, 1))) : [];
  return { series, members, reservationUnit: unit, existing, relations };
}

/**
 * What the new pattern would do, date by date: the rule the decider runs, on the cache as it is,
 * with the opening hours told (staff may book outside them) and the occurrences that would stop.
 */
export function previewReschedule(db: SqliteDatabase, rights: BookingRights, input: ParsedInput<'bookings.previewReschedule'>, now: number): Result<ReschedulePreview> {
  const state = rescheduleState(db, input);
  const series = state.series?.record;
  if (!series || !state.reservationUnit) return fail('not_found', `The series ${input.seriesId} does not exist.`);
  if (!rights.may('bookings.reservations.read', series.unitId)) return fail('forbidden', 'Your roles do not cover this unit.');
  const type = series.type;
  if (!isStaffCreatedType(type)) return fail('series_not_staff_made', 'Only a series booked by staff can be rescheduled here.');
  const members = state.members.map((m) => m.record);
  const occurrences = seriesOccurrences({ ...input, beginDate: input.fromDate, weekdays: [...new Set(input.weekdays)] });
  const result = outlineReschedule({
    members,
    pattern: input,
    skipDates: input.skipDates,
    booking: { reservationUnitId: state.reservationUnit.id, type, ...rescheduledBuffers(members) },
    existing: state.existing,
    relations: state.relations,
    openingHours: occurrences.ok ? hoursOf(db, state.reservationUnit, occurrences.occurrences.map((o) => o.date)) : null,
    nowMs: now,
  });
  if (!result.ok) {
    if (result.problem === 'series_in_past') return fail('series_in_past', 'The series has no occurrence still to begin.');
    return fail('series_pattern_invalid', `The series pattern cannot be booked: ${result.problem}.`, { problem: result.problem });
  }
  const { outline } = result;
  const change = new Map<string, 'new' | 'moved' | 'unchanged'>();
  for (const o of outline.creates) change.set(o.date, 'new');
  for (const m of outline.moves) change.set(m.to.date, 'moved');
  for (const m of outline.unchanged) change.set(helsinkiDateOf(parseInstant(m.beginsAt)), 'unchanged');
  return ok({
    occurrences: outline.preview.map((o) => ({ ...o, blockers: labelBlockers(db, state.existing, o.blockers), change: o.status === 'skipped' ? null : (change.get(o.date) ?? null) })),
    cancelled: outline.cancels.map((m) => ({ id: m.id, date: helsinkiDateOf(parseInstant(m.beginsAt)), beginsAt: m.beginsAt, endsAt: m.endsAt })),
  });
}
