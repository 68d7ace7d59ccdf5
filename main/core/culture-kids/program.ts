import type { CohortOption, CohortProgram, EventView, OccurrenceView, TicketCodeStatus } from '../../../domain/culture-kids/contract.ts';
import type { Enrolment, Event, FreeSpotSubscription, Occurrence, Venue } from '../../../domain/culture-kids/entities.ts';
import { checkInWindow } from '../../../domain/culture-kids/check-in.ts';
import { occurrenceCounts } from '../../../domain/culture-kids/statistics.ts';
import { codeCounts } from '../../../domain/culture-kids/ticket-codes.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { CultureKidsRights } from './rights.ts';
import { ckRows, records } from './rows.ts';

const NO_NAME = { fi: '', sv: '', en: '' };

/** The cohorts in the cache the user holds any Culture Kids right on, newest first. */
export function listCohorts(db: SqliteDatabase, rights: CultureKidsRights): CohortOption[] {
  const rows = ckRows(db);
  return rows.cohorts().flatMap(({ record: c }) => {
    const r = rights.on(c.id);
    if (!Object.values(r).some(Boolean)) return [];
    return [{ id: c.id, year: c.year, name: c.name, enrolmentLimit: c.enrolmentLimit, singleEventsAllowed: c.singleEventsAllowed, rights: r, childCount: rows.childCount(c.id) }];
  });
}

export function occurrenceView(event: Event, occurrence: Occurrence, venue: Venue | undefined, enrolments: readonly Enrolment[], subscriptions: readonly FreeSpotSubscription[]): OccurrenceView {
  const counts = occurrenceCounts(event, occurrence, enrolments, subscriptions);
  const window = checkInWindow(event, occurrence);
  return {
    occurrence,
    venueName: venue?.name ?? NO_NAME,
    counts,
    remaining: Math.max(0, counts.capacity - counts.seatsTaken),
    checkInOpensAt: window.opensAt,
    checkInClosesAt: window.closesAt,
  };
}

/** A cohort's program: venues, groups, events with their occurrences and counts (no names of children). */
export function cohortProgram(db: SqliteDatabase, rights: CultureKidsRights, cohortId: string): Result<CohortProgram> {
  const rows = ckRows(db);
  const cohort = rows.cohort(cohortId)?.record;
  if (!cohort || !rights.on(cohortId).admin) return fail('not_found', `The cohort ${cohortId} is not one of yours.`);
  const venues = records(rows.venues(cohortId));
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const enrolments = records(rows.cohortEnrolments(cohortId));
  const subscriptions = records(rows.cohortSubscriptions(cohortId));
  const occurrences = records(rows.cohortOccurrences(cohortId));
  const codes = records(rows.cohortCodes(cohortId));
  const events = rows.events(cohortId);
  const eventViews: EventView[] = events
    .map(({ record: event, pending }) => {
      const views = occurrences.filter((o) => o.eventId === event.id).map((o) => occurrenceView(event, o, venueById.get(o.venueId), enrolments, subscriptions));
      const live = views.filter((v) => v.occurrence.cancelledAt === null);
      const own = codes.filter((c) => c.eventId === event.id);
      return {
        event,
        occurrences: views,
        capacity: live.reduce((n, v) => n + v.counts.capacity, 0),
        enrolled: views.reduce((n, v) => n + v.counts.enrolled + v.counts.attended + v.counts.noShow, 0),
        attended: views.reduce((n, v) => n + v.counts.attended, 0),
        codes: event.ticketingMode === 'external' ? { free: own.filter((c) => c.childId === null).length, used: own.filter((c) => c.childId !== null).length } : null,
        pending,
      };
    })
    .sort((a, b) => a.event.name.fi.localeCompare(b.event.name.fi, 'fi'));
  return ok({
    cohort,
    rights: rights.on(cohortId),
    venues,
    eventGroups: rows.groups(cohortId).map((g) => ({ ...g.record, eventIds: events.filter((e) => e.record.eventGroupId === g.record.id).map((e) => e.record.id), pending: g.pending })),
    events: eventViews,
  });
}

/** Free and used codes of each external event of the cohort, with the low warning. */
export function ticketCodeStatus(db: SqliteDatabase, rights: CultureKidsRights, cohortId: string): Result<TicketCodeStatus[]> {
  if (!rights.on(cohortId).admin) return fail('not_found', `The cohort ${cohortId} is not one of yours.`);
  const rows = ckRows(db);
  const codes = records(rows.cohortCodes(cohortId));
  return ok(
    records(rows.events(cohortId))
      .filter((e) => e.ticketingMode === 'external')
      .map((e) => ({ eventId: e.id, eventName: e.name, ...codeCounts(codes.filter((c) => c.eventId === e.id)) })),
  );
}
