import { z } from 'zod';
import { StorableText } from '../text.ts';
import { IsoDate, Uuid } from './record-primitives.ts';
import type { Berth, Boat } from './entities.ts';
import { widthFits } from './matching.ts';
import { defaultBerthLeaseDates, offerSeason, seasonEnd, seasonStart, type LeaseDates } from './seasons.ts';

/** Why the lease is made without an application ("large vessel", "correction"…): required, kept on the lease. */
export const LEASE_REASON_MAX = 500;

/**
 * A berth lease a handler makes directly for a customer, without an application (a large vessel
 * that never queues, a correction). What the renderer sends; the desk adds the new ids.
 */
export const CreateLeaseInput = z
  .object({
    customerId: Uuid,
    /** The customer's boat on the berth, when known. */
    boatId: Uuid.nullable(),
    berthId: Uuid,
    season: z.number().int().min(2000).max(2100),
    startDate: IsoDate,
    endDate: IsoDate,
    reason: StorableText.trim().min(1, 'A reason is required.').max(LEASE_REASON_MAX),
    /** The handler confirmed a berth shorter than the boat. */
    acceptShorter: z.boolean().default(false),
  })
  .strict();

/** The command as it travels: the lease's and its order's ids are the client's, like an offer's. */
export const CreateLeasePayload = CreateLeaseInput.extend({ leaseId: Uuid, orderId: Uuid, acceptShorter: z.boolean() }).strict();
export type CreateLeasePayload = z.infer<typeof CreateLeasePayload>;

/** The seasons a lease may be made for on this day: the one offers are for now and the next. */
export function leaseSeasons(today: string): readonly number[] {
  const season = offerSeason(today);
  return [season, season + 1];
}

/** The form's defaults: the season offers are for, from today (or the season's start) to 14.9. */
export function createLeaseDefaults(today: string, season: number = offerSeason(today)): LeaseDates & { season: number } {
  return { season, ...defaultBerthLeaseDates(today, season) };
}

export type LeaseDatesProblem =
  | { kind: 'season_closed'; seasons: readonly number[] }
  | { kind: 'end_not_after_start' }
  | { kind: 'outside_season'; earliest: string; latest: string };

/** Whether the dates make a lease of the season: a season still open, the end after the start, both within 10.6.–14.9. */
export function leaseDatesProblem(d: { season: number; startDate: string; endDate: string }, today: string): LeaseDatesProblem | null {
  const seasons = leaseSeasons(today);
  if (!seasons.includes(d.season)) return { kind: 'season_closed', seasons };
  if (d.endDate <= d.startDate) return { kind: 'end_not_after_start' };
  const earliest = seasonStart(d.season);
  const latest = seasonEnd(d.season);
  if (d.startDate < earliest || d.endDate > latest) return { kind: 'outside_season', earliest, latest };
  return null;
}

/** How a berth fits the boat, by the allocation rules: narrower is refused, shorter needs the handler's word. */
export type BerthFit = 'fits' | 'too_narrow' | 'too_short';
export function berthFit(berth: Pick<Berth, 'width' | 'length'>, boat: Pick<Boat, 'width' | 'length'> | null): BerthFit {
  if (!boat) return 'fits';
  if (!widthFits(berth, boat.width)) return 'too_narrow';
  return berth.length + 1e-9 < boat.length ? 'too_short' : 'fits';
}
