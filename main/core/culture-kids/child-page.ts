import type { ChildDetail, FreeSpotPlace, GuardianView } from '../../../domain/culture-kids/contract.ts';
import { helsinkiPostalArea } from '../../../domain/culture-kids/postal-codes.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { CultureKidsRights } from './rights.ts';
import { ckRows, guardiansOf, type CkRows } from './rows.ts';

/**
 * A child's page: guardians (contacts and notes only with "view families" on the child's cohort),
 * and the participation history with every status. A child of a cohort the user does not
 * administer is answered as not found, as if the cache did not hold it.
 */
export function childPage(db: SqliteDatabase, rights: CultureKidsRights, id: string): Result<ChildDetail> {
  const rows = ckRows(db);
  const row = rows.child(id);
  if (!row || !rights.on(row.record.cohortId).admin) return fail('not_found', `The child ${id} is not in your cohorts.`);
  const child = row.record;
  const cohortRights = rights.on(child.cohortId);
  const families = cohortRights.viewFamilies;
  const guardians: GuardianView[] = guardiansOf(rows, child).map(({ link, guardian: g }) => {
    const contact = families ? rows.contacts(g.guardianId).find((c) => c.record.cohortId === child.cohortId)?.record : undefined;
    return {
      id: g.id,
      guardianId: g.guardianId,
      firstName: g.firstName,
      lastName: g.lastName,
      language: g.language,
      homeLanguages: g.homeLanguages,
      acceptsCommunication: g.acceptsCommunication,
      active: g.active,
      relationship: link.relationship,
      contact: contact ? { email: contact.email, phone: contact.phone } : null,
    };
  });
  const participation = rows
    .childEnrolments(id)
    .map((e) => {
      const occurrence = e.record.occurrenceId ? rows.occurrence(e.record.occurrenceId)?.record : undefined;
      const venue = occurrence ? rows.venue(occurrence.venueId)?.record : undefined;
      return {
        enrolment: e.record,
        eventName: rows.event(e.record.eventId)?.record.name ?? { fi: '', sv: '', en: '' },
        occurrenceStartsAt: occurrence?.startsAt ?? null,
        venueName: venue?.name ?? null,
        pending: e.pending,
      };
    })
    .sort((a, b) => (b.occurrenceStartsAt ?? b.enrolment.createdAt).localeCompare(a.occurrenceStartsAt ?? a.enrolment.createdAt));
  return ok({
    child,
    cohortYear: rows.cohort(child.cohortId)?.record.year ?? child.birthYear,
    postalArea: helsinkiPostalArea(child.postalCode)?.area ?? null,
    rights: cohortRights,
    guardians,
    notes: families ? (rows.notes(id)[0]?.record.notes ?? null) : null,
    participation,
    freeSpots: freeSpotPlaces(rows, id),
    pending: row.pending,
  });
}

function freeSpotPlaces(rows: CkRows, childId: string): FreeSpotPlace[] {
  return rows
    .childSubscriptions(childId)
    .map(({ record: s, pending }) => {
      const occurrence = rows.occurrence(s.occurrenceId)?.record;
      const venue = occurrence ? rows.venue(occurrence.venueId)?.record : undefined;
      return {
        occurrenceId: s.occurrenceId,
        eventName: rows.event(s.eventId)?.record.name ?? { fi: '', sv: '', en: '' },
        occurrenceStartsAt: occurrence?.startsAt ?? '',
        venueName: venue?.name ?? null,
        since: s.createdAt,
        notifiedAt: s.notifiedAt,
        pending,
      };
    })
    .sort((a, b) => a.occurrenceStartsAt.localeCompare(b.occurrenceStartsAt));
}
