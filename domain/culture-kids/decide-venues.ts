import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Cohort, Venue } from './entities.ts';
import { accept, notFound, refuse, stale, type CultureKidsDecision } from './decide-result.ts';
import { copyVenues } from './venues.ts';

export interface CreateVenueState {
  cohort: Cohort | null;
}

export function decideCreateVenue(s: CreateVenueState, p: CultureKidsCommandPayload<'cultureKids.createVenue'>): CultureKidsDecision {
  if (!s.cohort) return notFound(`The cohort ${p.cohortId}`);
  const { venueId, cohortId, ...fields } = p;
  return accept([{ entity: 'ck_venue', record: { ...fields, id: venueId, cohortId, copiedFromVenueId: null }, version: 1 }]);
}

export interface UpdateVenueState {
  venue: Versioned<Venue> | null;
}

export function decideUpdateVenue(s: UpdateVenueState, p: CultureKidsCommandPayload<'cultureKids.updateVenue'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.venue) return notFound(`The venue ${p.venueId}`);
  const outdated = stale(`The venue ${p.venueId}`, s.venue.version, ctx.baseVersion);
  if (outdated) return outdated;
  const { venueId, ...fields } = p;
  const old = s.venue.record;
  return accept([{ entity: 'ck_venue', record: { ...fields, id: venueId, cohortId: old.cohortId, copiedFromVenueId: old.copiedFromVenueId }, version: s.venue.version + 1 }]);
}

export interface CopyVenuesState {
  from: Cohort | null;
  to: Cohort | null;
  /** The venues of both cohorts. */
  venues: readonly Venue[];
}

/** A copy's id is the command's id and its source's, so the desk and the central derive the same. */
export const copiedVenueId = (commandId: string, sourceId: string): string => `${commandId}:${sourceId}`;

export function decideCopyVenues(s: CopyVenuesState, p: CultureKidsCommandPayload<'cultureKids.copyVenues'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.from) return notFound(`The cohort ${p.fromCohortId}`);
  if (!s.to) return notFound(`The cohort ${p.toCohortId}`);
  const already = new Set(s.venues.filter((v) => v.cohortId === p.toCohortId).map((v) => v.copiedFromVenueId));
  const sources = s.venues.filter((v) => v.cohortId === p.fromCohortId && !already.has(v.id));
  const copies = copyVenues(sources, p.toCohortId, (v) => copiedVenueId(ctx.commandId, v.id));
  if (copies.length === 0) return refuse({ code: 'ck_venues_nothing_to_copy', message: `The cohort ${s.from.year} has no venues that are not in ${s.to.year} already.` });
  return accept(copies.map((record) => ({ entity: 'ck_venue' as const, record, version: 1 })));
}
