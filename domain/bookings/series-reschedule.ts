import type { RelationIndex } from '../space-holds/related-units.ts';
import type { ReservationTiming, ReservationType } from './vocabulary.ts';
import { helsinkiDateOf, parseInstant } from '../wall-clock.ts';
import {
  planReschedule,
  previewSeries,
  seriesOccurrences,
  type Occurrence,
  type OccurrencePreview,
  type OpeningHours,
  type SeriesMember,
  type SeriesPatternProblem,
  type Weekday,
} from './series.ts';

/** A series' new pattern from a date on: the weeks are counted from that date's week. */
export interface ReschedulePattern {
  fromDate: string;
  endDate: string;
  beginTime: string;
  endTime: string;
  weekdays: readonly Weekday[];
  recurrenceInDays: number;
}

export interface RescheduleInput {
  members: readonly SeriesMember[];
  pattern: ReschedulePattern;
  skipDates: readonly string[];
  /** What every new occurrence books: the series' unit, type and buffers. */
  booking: { reservationUnitId: string; type: ReservationType; bufferBeforeMin: number | null; bufferAfterMin: number | null };
  existing: readonly ReservationTiming[];
  relations: RelationIndex;
  openingHours: OpeningHours | null;
  nowMs: number;
}

/**
 * What a reschedule does to each future occurrence. An occurrence whose day the new pattern keeps,
 * at the same length, moves (or stays, when its time is the new time): it keeps its reservation,
 * its history and a price already settled. Any other future occurrence is cancelled, and each new
 * date is booked.
 */
export interface RescheduleOutline {
  /** The new pattern's dates from the plan on, each with its status, as the preview shows them. */
  preview: OccurrencePreview[];
  /** The dates of the new pattern but the skipped ones, in order: what `reservationIds` pair with. */
  bookedDates: string[];
  moves: { member: SeriesMember; to: Occurrence }[];
  unchanged: SeriesMember[];
  cancels: SeriesMember[];
  creates: Occurrence[];
}

export type RescheduleResult = { ok: true; outline: RescheduleOutline } | { ok: false; problem: SeriesPatternProblem | 'series_in_past' };

const length = (o: { beginsAt: string; endsAt: string }) => parseInstant(o.endsAt) - parseInstant(o.beginsAt);

/**
 * The reschedule's outline, or why the pattern cannot be used. The conflict check sets the
 * replaced occurrences aside (they give their time to the new ones) and judges the new dates
 * against everything else; a date in conflict or outside opening hours shows in `preview` with
 * its status, for the caller to refuse or the handler to skip.
 */
export function outlineReschedule(input: RescheduleInput): RescheduleResult {
  const { pattern } = input;
  const occurrences = seriesOccurrences({ beginDate: pattern.fromDate, endDate: pattern.endDate, weekdays: [...new Set(pattern.weekdays)], recurrenceInDays: pattern.recurrenceInDays, beginTime: pattern.beginTime, endTime: pattern.endTime });
  if (!occurrences.ok) return occurrences;
  const planned = planReschedule(input.members, occurrences.occurrences, pattern.fromDate, input.nowMs);
  if (!planned.ok) return planned;
  const { replace, create } = planned.plan;
  const skipped = new Set(input.skipDates);
  const preview = previewSeries({
    occurrences: create,
    booking: input.booking,
    existing: input.existing,
    relations: input.relations,
    openingHours: input.openingHours,
    skipDates: input.skipDates,
    replacing: replace.map((m) => m.id),
  });

  const byDate = new Map<string, SeriesMember[]>();
  for (const m of replace) {
    const date = helsinkiDateOf(parseInstant(m.beginsAt));
    byDate.set(date, [...(byDate.get(date) ?? []), m]);
  }
  const taken = new Set<string>();
  const outline: RescheduleOutline = {
    preview,
    bookedDates: occurrences.occurrences.filter((o) => !skipped.has(o.date)).map((o) => o.date),
    moves: [],
    unchanged: [],
    cancels: [],
    creates: [],
  };
  for (const o of preview) {
    if (o.status === 'skipped') continue;
    const member = byDate.get(o.date)?.find((m) => !taken.has(m.id) && length(m) === length(o));
    if (!member) {
      outline.creates.push({ date: o.date, beginsAt: o.beginsAt, endsAt: o.endsAt });
      continue;
    }
    taken.add(member.id);
    if (parseInstant(member.beginsAt) === parseInstant(o.beginsAt)) outline.unchanged.push(member);
    else outline.moves.push({ member, to: { date: o.date, beginsAt: o.beginsAt, endsAt: o.endsAt } });
  }
  outline.cancels = replace.filter((m) => !taken.has(m.id));
  return { ok: true, outline };
}

/**
 * The buffers a reschedule's new occurrences book: those of the series' latest occurrence (a
 * staff series copies them when booked), or the unit's own (null) when it has none.
 */
export function rescheduledBuffers(members: readonly { beginsAt: string; bufferBeforeMin: number | null; bufferAfterMin: number | null }[]) {
  const latest = latestOccurrence(members);
  return { bufferBeforeMin: latest?.bufferBeforeMin ?? null, bufferAfterMin: latest?.bufferAfterMin ?? null };
}

/** The occurrence that begins last: the one a reschedule copies what it keeps from. */
export function latestOccurrence<T extends { beginsAt: string }>(members: readonly T[]): T | undefined {
  return members.reduce<T | undefined>((last, m) => (last === undefined || parseInstant(m.beginsAt) > parseInstant(last.beginsAt) ? m : last), undefined);
}
