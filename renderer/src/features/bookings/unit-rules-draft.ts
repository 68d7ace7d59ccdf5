import { START_INTERVALS_MIN } from '../../../../domain/bookings/entities.ts';
import { unitRuleProblems, type UnitRules } from '../../../../domain/bookings/unit-rules.ts';

/** The typed rules: numbers as text (empty = no limit where the rule may have none). */
export type RulesDraft = { [K in keyof UnitRules]: UnitRules[K] extends boolean ? boolean : string };

type NumberField = 'minDurationMin' | 'maxDurationMin' | 'minDaysBefore' | 'maxDaysBefore' | 'maxReservationsPerUser' | 'minPersons' | 'maxPersons';
/** Which numbers may be left empty ("no limit"), and the least each may be. */
const NUMBERS: Record<NumberField, { optional: boolean; least: number; most: number }> = {
  minDurationMin: { optional: false, least: 1, most: 7 * 24 * 60 },
  maxDurationMin: { optional: false, least: 1, most: 7 * 24 * 60 },
  minDaysBefore: { optional: false, least: 0, most: 730 },
  maxDaysBefore: { optional: true, least: 1, most: 730 },
  maxReservationsPerUser: { optional: true, least: 1, most: 1000 },
  minPersons: { optional: true, least: 1, most: 100_000 },
  maxPersons: { optional: true, least: 1, most: 100_000 },
};

export function rulesDraft(r: UnitRules): RulesDraft {
  const text = (n: number | null) => (n === null ? '' : String(n));
  return {
    minDurationMin: text(r.minDurationMin),
    maxDurationMin: text(r.maxDurationMin),
    startIntervalMin: text(r.startIntervalMin),
    minDaysBefore: text(r.minDaysBefore),
    maxDaysBefore: text(r.maxDaysBefore),
    maxReservationsPerUser: text(r.maxReservationsPerUser),
    minPersons: text(r.minPersons),
    maxPersons: text(r.maxPersons),
    requiresHandling: r.requiresHandling,
    canApplyFreeOfCharge: r.canApplyFreeOfCharge,
  };
}

/**
 * The rules the fields say, or a translation key for each field that does not read: a whole
 * number in its range (empty where the rule may have no limit), then the rules that tie fields
 * together, as the central checks them.
 */
export function readRulesDraft(d: RulesDraft): { ok: true; rules: UnitRules } | { ok: false; errors: Partial<Record<keyof UnitRules, string>> } {
  const errors: Partial<Record<keyof UnitRules, string>> = {};
  const numbers = {} as Record<NumberField, number | null>;
  for (const [field, spec] of Object.entries(NUMBERS) as [NumberField, (typeof NUMBERS)[NumberField]][]) {
    const text = d[field].trim();
    if (text === '' && spec.optional) {
      numbers[field] = null;
      continue;
    }
    const n = /^\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n < spec.least || n > spec.most) errors[field] = spec.optional ? 'bookings.rules.numberOrEmpty' : 'bookings.rules.number';
    else numbers[field] = n;
  }
  const interval = Number(d.startIntervalMin) as UnitRules['startIntervalMin'];
  if (!(START_INTERVALS_MIN as readonly number[]).includes(interval)) errors.startIntervalMin = 'bookings.rules.number';
  if (Object.keys(errors).length) return { ok: false, errors };
  const rules: UnitRules = {
    minDurationMin: numbers.minDurationMin!,
    maxDurationMin: numbers.maxDurationMin!,
    startIntervalMin: interval,
    minDaysBefore: numbers.minDaysBefore!,
    maxDaysBefore: numbers.maxDaysBefore,
    maxReservationsPerUser: numbers.maxReservationsPerUser,
    minPersons: numbers.minPersons,
    maxPersons: numbers.maxPersons,
    requiresHandling: d.requiresHandling,
    canApplyFreeOfCharge: d.canApplyFreeOfCharge,
  };
  for (const p of unitRuleProblems(rules)) errors[p.field] ??= `bookings.rules.problems.${p.problem}`;
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, rules };
}
