import { z } from 'zod';
import { START_INTERVALS_MIN, type ReservationUnit } from './entities.ts';

/**
 * The booking rules of a reservation unit that its admin edits (brief 2.3): how long a booking
 * may be and where it may start, how far ahead it may be made, how many one customer may hold,
 * how many people, and whether a handler decides. They govern the bookings still to be made; a
 * booking already made keeps its time. Buffers and whole-day letting are not among them: the
 * slot rows of bookings already made are drawn with them.
 */
export const UnitRules = z
  .object({
    minDurationMin: z.number().int().positive().max(7 * 24 * 60),
    maxDurationMin: z.number().int().positive().max(7 * 24 * 60),
    startIntervalMin: z.union(START_INTERVALS_MIN.map((m) => z.literal(m))),
    minDaysBefore: z.number().int().min(0).max(730),
    maxDaysBefore: z.number().int().positive().max(730).nullable(),
    maxReservationsPerUser: z.number().int().positive().max(1000).nullable(),
    minPersons: z.number().int().positive().max(100_000).nullable(),
    maxPersons: z.number().int().positive().max(100_000).nullable(),
    requiresHandling: z.boolean(),
    canApplyFreeOfCharge: z.boolean(),
  })
  .strict();
export type UnitRules = z.infer<typeof UnitRules>;

export const UNIT_RULE_FIELDS = Object.keys(UnitRules.shape) as (keyof UnitRules)[];

export const rulesOf = (u: ReservationUnit): UnitRules => Object.fromEntries(UNIT_RULE_FIELDS.map((f) => [f, u[f]])) as UnitRules;

export type UnitRuleProblem = 'duration_min_above_max' | 'duration_off_grid' | 'window_closes_before_opens' | 'persons_min_above_max';

/** What breaks the rules as a whole, each at the field to fix: the screen and the decider ask the same. */
export function unitRuleProblems(r: UnitRules): { field: keyof UnitRules; problem: UnitRuleProblem }[] {
  const out: { field: keyof UnitRules; problem: UnitRuleProblem }[] = [];
  if (r.minDurationMin > r.maxDurationMin) out.push({ field: 'minDurationMin', problem: 'duration_min_above_max' });
  for (const field of ['minDurationMin', 'maxDurationMin'] as const) {
    if (r[field] % r.startIntervalMin !== 0) out.push({ field, problem: 'duration_off_grid' });
  }
  if (r.maxDaysBefore !== null && r.maxDaysBefore < r.minDaysBefore) out.push({ field: 'maxDaysBefore', problem: 'window_closes_before_opens' });
  if (r.minPersons !== null && r.maxPersons !== null && r.minPersons > r.maxPersons) out.push({ field: 'minPersons', problem: 'persons_min_above_max' });
  return out;
}
