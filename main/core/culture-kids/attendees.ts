import type { AttendeeList, AttendeeRow } from '../../../domain/culture-kids/contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { CultureKidsRights } from './rights.ts';
import { ckRows, guardiansOf, records } from './rows.ts';
import { occurrenceView } from './program.ts';

/** An occurrence's children for check-in: seat holders by name, cancelled ones last. */
export function attendeeList(db: SqliteDatabase, rights: CultureKidsRights, occurrenceId: string): Result<AttendeeList> {
  const rows = ckRows(db);
  const occurrence = rows.occurrence(occurrenceId)?.record;
  if (!occurrence || !rights.on(occurrence.cohortId).admin) return fail('not_found', `The occurrence ${occurrenceId} is not in your cohorts.`);
  const event = rows.event(occurrence.eventId)?.record;
  if (!event) return fail('not_found', `The event of the occurrence ${occurrenceId} is not in the cache.`);
  const enrolments = rows.occurrenceEnrolments(occurrenceId);
  const view = occurrenceView(event, occurrence, rows.venue(occurrence.venueId)?.record, records(enrolments), records(rows.occurrenceSubscriptions(occurrenceId)));
  const list: AttendeeRow[] = enrolments.flatMap(({ record: e, pending }) => {
    const child = rows.child(e.childId)?.record;
    if (!child) return [];
    const guardians = guardiansOf(rows, child).map((g) => g.guardian);
    return [
      {
        enrolmentId: e.id,
        childId: child.id,
        firstName: child.firstName,
        lastName: child.lastName,
        guardianNames: guardians.map((g) => `${g.firstName} ${g.lastName}`).sort(),
        guardianLanguage: guardians[0]?.language ?? null,
        status: e.status,
        enrolledBy: e.enrolledBy,
        pending,
      },
    ];
  });
  const rank = (r: AttendeeRow) => (r.status === 'cancelled' ? 1 : 0);
  list.sort((a, b) => rank(a) - rank(b) || a.lastName.localeCompare(b.lastName, 'fi') || a.firstName.localeCompare(b.firstName, 'fi'));
  return ok({
    occurrence,
    eventName: event.name,
    venueName: view.venueName,
    counts: view.counts,
    checkInOpensAt: view.checkInOpensAt,
    checkInClosesAt: view.checkInClosesAt,
    rows: list,
  });
}
