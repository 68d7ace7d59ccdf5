import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BookingCommandPayload } from './commands.ts';
import { ReservationUnit, type Pricing } from './entities.ts';
import { reject, staleVersion, type BookingDecision } from './decide-result.ts';
import { rulesOf, UNIT_RULE_FIELDS, unitRuleProblems } from './unit-rules.ts';

/** What the caller loads to change a reservation unit (central: the unit under a row lock). */
export interface ReservationUnitState {
  reservationUnit: Versioned<ReservationUnit> | null;
}

/** The unit the command names, or its refusal: there is none, or it changed since the admin saw it. */
function unitGuard(state: ReservationUnitState, id: string, ctx: CommandContext): { current: Versioned<ReservationUnit> } | { decision: BookingDecision } {
  const current = state.reservationUnit;
  if (!current || current.record.id !== id) return { decision: reject('not_found', `The reservation unit ${id} does not exist.`) };
  const stale = staleVersion('reservationUnit', id, current, ctx);
  return stale ? { decision: stale } : { current };
}

const PRICE_FIELDS = ['begins', 'priceUnit', 'highestPriceCents', 'lowestPriceCents', 'vatPercent', 'paymentType'] as const;
const sameList = (a: readonly Pricing[], b: readonly Pricing[]) => a.length === b.length && a.every((x, i) => PRICE_FIELDS.every((f) => x[f] === b[i]![f]));

const byBegin = (list: readonly Pricing[]) => [...list].sort((a, b) => a.begins.localeCompare(b.begins));

/** Prices that have begun on or before `today`: the ones bookings of past days were priced by. */
export const begunPrices = (list: readonly Pricing[], today: string) => byBegin(list).filter((p) => p.begins <= today);

/**
 * A reservation unit's price list (brief 4.5 "future price changes wait for their date"). The
 * prices that have begun stay exactly as they were, whatever the list says; every other price
 * begins after today; the list as a whole keeps the unit's rules. Bookings already made keep
 * their own price, as they always do.
 */
export function decideSetPrices(state: ReservationUnitState, p: BookingCommandPayload<'bookings.setPrices'>, ctx: CommandContext): BookingDecision {
  const g = unitGuard(state, p.reservationUnitId, ctx);
  if ('decision' in g) return g.decision;
  const { current } = g;
  const begun = begunPrices(current.record.pricings, ctx.today);
  const kept = begunPrices(p.pricings, ctx.today);
  if (!sameList(kept, begun)) {
    return reject('pricing_begun_changed', `A price that has begun (on or before ${ctx.today}) cannot be changed or removed: ${begun.map((x) => x.begins).join(', ') || 'none has begun'}.`);
  }
  const next = byBegin(p.pricings);
  if (sameList(next, byBegin(current.record.pricings))) return reject('pricing_invalid', 'The price list is as it was: nothing to save.');
  const checked = ReservationUnit.safeParse({ ...current.record, pricings: next });
  if (!checked.success) return reject('pricing_invalid', checked.error.issues.map((i) => i.message).join(' '));
  return { ok: true, puts: [{ entity: 'reservation_unit', version: current.version + 1, record: checked.data }] };
}

/**
 * A reservation unit's booking rules (brief 2.3), as its admin leaves them: they must hold
 * together (`unitRuleProblems`, which the dialog asks too) and change something. They govern
 * bookings still to be made.
 */
export function decideSetUnitRules(state: ReservationUnitState, p: BookingCommandPayload<'bookings.setUnitRules'>, ctx: CommandContext): BookingDecision {
  const g = unitGuard(state, p.reservationUnitId, ctx);
  if ('decision' in g) return g.decision;
  const { current } = g;
  const problems = unitRuleProblems(p.rules);
  if (problems.length) return reject('unit_rules_invalid', `The rules contradict each other: ${problems.map((x) => `${x.field} ${x.problem}`).join(', ')}.`, { problems });
  const before = rulesOf(current.record);
  if (UNIT_RULE_FIELDS.every((f) => before[f] === p.rules[f])) return reject('unit_rules_invalid', 'The rules are as they were: nothing to save.', { problems: [] });
  const checked = ReservationUnit.safeParse({ ...current.record, ...p.rules });
  if (!checked.success) return reject('unit_rules_invalid', checked.error.issues.map((i) => i.message).join(' '), { problems: [] });
  return { ok: true, puts: [{ entity: 'reservation_unit', version: current.version + 1, record: checked.data }] };
}
