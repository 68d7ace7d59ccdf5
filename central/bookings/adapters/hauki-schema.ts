import { z } from 'zod';
import { isCalendarDate } from '../../../domain/wall-clock.ts';

/**
 * The part of Hauki's `GET /v1/date_period/` answer the adapter reads (City-of-Helsinki/hauki,
 * `hours/serializers.py`; the recorded sample `hauki_test_import_hauki_periods.json`). Fields it
 * does not read (names, origins, timestamps) may be anything; those it reads must be well formed.
 */

/** Hauki's `State` enum; `no_opening_hours` is named in the brief (2.7) and accepted too. */
export const HAUKI_STATES = [
  'open',
  'closed',
  'undefined',
  'self_service',
  'with_key',
  'with_reservation',
  'open_and_reservable',
  'with_key_and_reservation',
  'enter_only',
  'exit_only',
  'weather_permitting',
  'not_in_use',
  'maintenance',
  'reserved',
  'by_appointment',
  'no_opening_hours',
] as const;
export type HaukiState = (typeof HAUKI_STATES)[number];

/**
 * A time span in one of these means the place is open: Hauki's own `State.open_states()`, which
 * are all its states but these (and `no_opening_hours`, which Hauki does not know).
 */
const NOT_OPEN: readonly HaukiState[] = ['closed', 'undefined', 'exit_only', 'not_in_use', 'maintenance', 'no_opening_hours'];
export const OPEN_STATES: readonly HaukiState[] = HAUKI_STATES.filter((s) => !NOT_OPEN.includes(s));

/** The states Varaamo counts as reservable (brief 2.7). */
export const RESERVABLE_STATES: readonly HaukiState[] = ['open_and_reservable', 'with_reservation', 'with_key_and_reservation'];

const date = z.string().refine(isCalendarDate, 'a date YYYY-MM-DD');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'a time HH:MM or HH:MM:SS');
const state = z.enum(HAUKI_STATES);

const RULE_CONTEXTS = ['period', 'year', 'month'] as const;
const RULE_SUBJECTS = ['day', 'week', 'month', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

const rule = z.object({
  context: z.enum(RULE_CONTEXTS),
  subject: z.enum(RULE_SUBJECTS),
  start: z.number().int().nullish(),
  frequency_ordinal: z.number().int().positive().nullish(),
  frequency_modifier: z.enum(['even', 'odd']).nullish(),
});
export type HaukiRule = z.infer<typeof rule>;

const timeSpan = z.object({
  start_time: time.nullish(),
  end_time: time.nullish(),
  end_time_on_next_day: z.boolean().nullish(),
  full_day: z.boolean().nullish(),
  weekdays: z.array(z.number().int().min(1).max(7)).nullish(),
  resource_state: state.nullish(),
});
export type HaukiTimeSpan = z.infer<typeof timeSpan>;

const timeSpanGroup = z.object({
  time_spans: z.array(timeSpan),
  rules: z.array(rule).default([]),
  is_removed: z.boolean().nullish(),
});

export const haukiDatePeriod = z.object({
  id: z.number().int(),
  resource: z.number().int(),
  start_date: date.nullish(),
  end_date: date.nullish(),
  resource_state: state.nullish(),
  override: z.boolean().nullish(),
  time_span_groups: z.array(timeSpanGroup).default([]),
});
export type HaukiDatePeriod = z.infer<typeof haukiDatePeriod>;

/** The list endpoint answers a bare array, or a DRF page when pagination is on. */
export const haukiDatePeriodPage = z.union([
  z.array(haukiDatePeriod),
  z.object({ results: z.array(haukiDatePeriod), next: z.string().nullish() }),
]);
