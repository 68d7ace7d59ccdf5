import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BookingCommandPayload } from './commands.ts';
import { ReservationUnit, type Pricing } from './entities.ts';
import { reject, type BookingDecision } from './decide-result.ts';

/** What the caller loads to set a reservation unit's prices (central: the unit under a row lock). */
export interface PricesState {
  reservationUnit: Versioned<ReservationUnit> | null;
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
export function decideSetPrices(state: PricesState, p: BookingCommandPayload<'bookings.setPrices'>, ctx: CommandContext): BookingDecision {
  const current = state.reservationUnit;
  if (!current || current.record.id !== p.reservationUnitId) return reject('not_found', `The reservation unit ${p.reservationUnitId} does not exist.`);
  if (ctx.baseVersion !== null && ctx.baseVersion !== current.version) {
    return {
      ok: false,
      status: 'conflict',
      code: 'stale_version',
      message: `The reservation unit ${p.reservationUnitId} was changed by someone else (version ${current.version}, you saw ${ctx.baseVersion}).`,
      current: { reservationUnit: current.record, version: current.version },
    };
  }
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
