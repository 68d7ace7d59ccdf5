import type { Child, ChildNotes, Cohort, Enrolment, Event, EventGroup, FreeSpotSubscription, Guardian, GuardianContact, Guardianship, Message, Occurrence, TicketCode, Venue } from '../../../domain/culture-kids/entities.ts';
import type { EntityTableSpec, Sidecar } from '../cache/entity-table.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { finnishSortKey } from '../cache/search-text.ts';

/** Keeps one contentless FTS5 table of names in step with an entity's rows (rowid = the row's). */
function namesIndex<R extends { firstName: string; lastName: string }>(table: 'ck_child_fts' | 'ck_guardian_fts') {
  return (db: SqliteDatabase): Sidecar<R> => {
    const put = db.prepare(`INSERT OR REPLACE INTO ${table} (rowid, names) VALUES (?, ?)`);
    const del = db.prepare<[number | bigint]>(`DELETE FROM ${table} WHERE rowid = ?`);
    const clear = db.prepare(`DELETE FROM ${table}`);
    const names = (r: R) => `${r.firstName} ${r.lastName}`;
    return {
      // Most updates (a consent, an erasure's other fields) leave the names as they were.
      write(rowid, _id, r, previous) {
        if (!previous || names(previous) !== names(r)) put.run(rowid, names(r));
      },
      remove: (rowid) => void del.run(rowid),
      clear: () => void clear.run(),
    };
  };
}

const byCohort = <R extends { cohortId: string }>(entity: EntityTableSpec['entity'], table: string): EntityTableSpec<R> => ({
  entity,
  table,
  columns: ['cohort_id'],
  values: (r) => [r.cohortId],
});

const cohort: EntityTableSpec<Cohort> = { entity: 'ck_cohort', table: 'ck_cohort', columns: ['year'], values: (c) => [c.year] };
const event: EntityTableSpec<Event> = { entity: 'ck_event', table: 'ck_event', columns: ['cohort_id', 'event_group_id'], values: (e) => [e.cohortId, e.eventGroupId] };
const occurrence: EntityTableSpec<Occurrence> = {
  entity: 'ck_occurrence',
  table: 'ck_occurrence',
  columns: ['cohort_id', 'event_id', 'starts_ms'],
  values: (o) => [o.cohortId, o.eventId, Date.parse(o.startsAt)],
};
const ticketCode: EntityTableSpec<TicketCode> = {
  entity: 'ck_ticket_code',
  table: 'ck_ticket_code',
  columns: ['cohort_id', 'event_id', 'child_id'],
  values: (c) => [c.cohortId, c.eventId, c.childId],
};
const message: EntityTableSpec<Message> = { entity: 'ck_message', table: 'ck_message', columns: ['cohort_id', 'created_ms'], values: (m) => [m.cohortId, Date.parse(m.createdAt)] };
const child: EntityTableSpec<Child> = {
  entity: 'ck_child',
  table: 'ck_child',
  columns: ['cohort_id', 'family_id', 'birth_year', 'postal_code', 'created_ms', 'last_sort', 'first_sort'],
  values: (c) => [c.cohortId, c.familyId, c.birthYear, c.postalCode, Date.parse(c.createdAt), finnishSortKey(c.lastName), finnishSortKey(c.firstName)],
  sidecar: namesIndex<Child>('ck_child_fts'),
};
const guardian: EntityTableSpec<Guardian> = {
  entity: 'ck_guardian',
  table: 'ck_guardian',
  columns: ['cohort_id', 'guardian_id', 'home_languages'],
  values: (g) => [g.cohortId, g.guardianId, ` ${g.homeLanguages.join(' ')} `],
  sidecar: namesIndex<Guardian>('ck_guardian_fts'),
};
const guardianship: EntityTableSpec<Guardianship> = {
  entity: 'ck_guardianship',
  table: 'ck_guardianship',
  columns: ['cohort_id', 'child_id', 'guardian_id'],
  values: (g) => [g.cohortId, g.childId, g.guardianId],
};
const enrolment: EntityTableSpec<Enrolment> = {
  entity: 'ck_enrolment',
  table: 'ck_enrolment',
  columns: ['cohort_id', 'child_id', 'event_id', 'occurrence_id', 'status'],
  values: (e) => [e.cohortId, e.childId, e.eventId, e.occurrenceId, e.status],
};
const subscription: EntityTableSpec<FreeSpotSubscription> = {
  entity: 'ck_free_spot_subscription',
  table: 'ck_free_spot_subscription',
  columns: ['cohort_id', 'child_id', 'occurrence_id'],
  values: (s) => [s.cohortId, s.childId, s.occurrenceId],
};
const contact: EntityTableSpec<GuardianContact> = {
  entity: 'ck_guardian_contact',
  table: 'ck_guardian_contact',
  columns: ['cohort_id', 'guardian_id'],
  values: (c) => [c.cohortId, c.guardianId],
};
const notes: EntityTableSpec<ChildNotes> = { entity: 'ck_child_notes', table: 'ck_child_notes', columns: ['cohort_id', 'child_id'], values: (n) => [n.cohortId, n.childId] };

/** Every Culture Kids entity's table. */
export const CULTURE_KIDS_TABLES = [
  cohort,
  byCohort<Venue>('ck_venue', 'ck_venue'),
  byCohort<EventGroup>('ck_event_group', 'ck_event_group'),
  event,
  occurrence,
  ticketCode,
  message,
  child,
  guardian,
  guardianship,
  enrolment,
  subscription,
  contact,
  notes,
] as const satisfies readonly EntityTableSpec<never>[];
