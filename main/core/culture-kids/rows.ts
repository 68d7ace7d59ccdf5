import type { Child, ChildNotes, Cohort, Enrolment, Event, EventGroup, FreeSpotSubscription, Guardian, GuardianContact, Guardianship, Message, Occurrence, TicketCode, Venue } from '../../../domain/culture-kids/entities.ts';
import type { Versioned } from '../../../domain/sync/command-context.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';

/** A record as the cache holds it: its version and whether a local command changed it. */
export type Cached<T> = Versioned<T> & { pending: boolean };
type Row = VersionedData & { pending: number };

const cached = <T>(r: Row): Cached<T> => ({ record: JSON.parse(r.data) as T, version: r.version, pending: r.pending === 1 });
const COLS = 'version, data, pending';

const statements = preparedFor((db: SqliteDatabase) => {
  const one = (table: string) => db.prepare<[string], Row>(`SELECT ${COLS} FROM ${table} WHERE id = ?`);
  const many = (table: string, where: string, order = 'id') => db.prepare<[string], Row>(`SELECT ${COLS} FROM ${table} WHERE ${where} = ? ORDER BY ${order}`);
  return {
    cohort: one('ck_cohort'),
    cohorts: db.prepare<[], Row>(`SELECT ${COLS} FROM ck_cohort ORDER BY year DESC`),
    event: one('ck_event'),
    group: one('ck_event_group'),
    occurrence: one('ck_occurrence'),
    child: one('ck_child'),
    enrolment: one('ck_enrolment'),
    venue: one('ck_venue'),
    venues: many('ck_venue', 'cohort_id'),
    groups: many('ck_event_group', 'cohort_id'),
    events: many('ck_event', 'cohort_id'),
    groupEvents: many('ck_event', 'event_group_id'),
    cohortOccurrences: many('ck_occurrence', 'cohort_id', 'starts_ms, id'),
    eventOccurrences: many('ck_occurrence', 'event_id', 'starts_ms, id'),
    occurrenceEnrolments: many('ck_enrolment', 'occurrence_id'),
    eventEnrolments: many('ck_enrolment', 'event_id'),
    cohortEnrolments: many('ck_enrolment', 'cohort_id'),
    childEnrolments: many('ck_enrolment', 'child_id'),
    childSubscriptions: many('ck_free_spot_subscription', 'child_id'),
    occurrenceSubscriptions: many('ck_free_spot_subscription', 'occurrence_id'),
    cohortSubscriptions: many('ck_free_spot_subscription', 'cohort_id'),
    eventCodes: many('ck_ticket_code', 'event_id', 'rowid'),
    cohortCodes: many('ck_ticket_code', 'cohort_id', 'rowid'),
    childGuardianships: many('ck_guardianship', 'child_id'),
    guardianGuardianships: db.prepare<[string], Row>(`SELECT ${COLS} FROM ck_guardianship WHERE guardian_id = ? ORDER BY id`),
    guardianRows: many('ck_guardian', 'guardian_id'),
    cohortGuardians: many('ck_guardian', 'cohort_id'),
    cohortGuardianships: many('ck_guardianship', 'cohort_id'),
    cohortChildren: many('ck_child', 'cohort_id'),
    familyChildren: many('ck_child', 'family_id'),
    contacts: many('ck_guardian_contact', 'guardian_id'),
    notes: many('ck_child_notes', 'child_id'),
    messages: db.prepare<[string, number, number], Row>(`SELECT ${COLS} FROM ck_message WHERE cohort_id = ? ORDER BY created_ms DESC, id DESC LIMIT ? OFFSET ?`),
    messageCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM ck_message WHERE cohort_id = ?'),
    childCount: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM ck_child WHERE cohort_id = ?'),
  };
});

type Statements = ReturnType<typeof statements>;
type ManyKey = { [K in keyof Statements]: Statements[K] extends { all(id: string): Row[] } ? K : never }[keyof Statements];

/** Typed reads of the Culture Kids rows of the cache (optimistic rows included). */
export function ckRows(db: SqliteDatabase) {
  const s = statements(db);
  const get = <T>(stmt: { get(id: string): Row | undefined }, id: string): Cached<T> | null => {
    const r = stmt.get(id);
    return r ? cached<T>(r) : null;
  };
  const all = <T>(key: ManyKey, id: string): Cached<T>[] => (s[key] as { all(id: string): Row[] }).all(id).map((r) => cached<T>(r));
  return {
    cohort: (id: string) => get<Cohort>(s.cohort, id),
    cohorts: () => s.cohorts.all().map((r) => cached<Cohort>(r)),
    event: (id: string) => get<Event>(s.event, id),
    group: (id: string) => get<EventGroup>(s.group, id),
    occurrence: (id: string) => get<Occurrence>(s.occurrence, id),
    child: (id: string) => get<Child>(s.child, id),
    enrolment: (id: string) => get<Enrolment>(s.enrolment, id),
    venue: (id: string) => get<Venue>(s.venue, id),
    venues: (cohortId: string) => all<Venue>('venues', cohortId),
    groups: (cohortId: string) => all<EventGroup>('groups', cohortId),
    events: (cohortId: string) => all<Event>('events', cohortId),
    groupEvents: (groupId: string) => all<Event>('groupEvents', groupId),
    cohortOccurrences: (cohortId: string) => all<Occurrence>('cohortOccurrences', cohortId),
    eventOccurrences: (eventId: string) => all<Occurrence>('eventOccurrences', eventId),
    occurrenceEnrolments: (occurrenceId: string) => all<Enrolment>('occurrenceEnrolments', occurrenceId),
    eventEnrolments: (eventId: string) => all<Enrolment>('eventEnrolments', eventId),
    cohortEnrolments: (cohortId: string) => all<Enrolment>('cohortEnrolments', cohortId),
    childEnrolments: (childId: string) => all<Enrolment>('childEnrolments', childId),
    childSubscriptions: (childId: string) => all<FreeSpotSubscription>('childSubscriptions', childId),
    occurrenceSubscriptions: (occurrenceId: string) => all<FreeSpotSubscription>('occurrenceSubscriptions', occurrenceId),
    cohortSubscriptions: (cohortId: string) => all<FreeSpotSubscription>('cohortSubscriptions', cohortId),
    eventCodes: (eventId: string) => all<TicketCode>('eventCodes', eventId),
    cohortCodes: (cohortId: string) => all<TicketCode>('cohortCodes', cohortId),
    childGuardianships: (childId: string) => all<Guardianship>('childGuardianships', childId),
    guardianGuardianships: (guardianId: string) => all<Guardianship>('guardianGuardianships', guardianId),
    /** A guardian's rows, one per cohort they have children in. */
    guardianRows: (guardianId: string) => all<Guardian>('guardianRows', guardianId),
    cohortGuardians: (cohortId: string) => all<Guardian>('cohortGuardians', cohortId),
    cohortGuardianships: (cohortId: string) => all<Guardianship>('cohortGuardianships', cohortId),
    cohortChildren: (cohortId: string) => all<Child>('cohortChildren', cohortId),
    familyChildren: (familyId: string) => all<Child>('familyChildren', familyId),
    contacts: (guardianId: string) => all<GuardianContact>('contacts', guardianId),
    notes: (childId: string) => all<ChildNotes>('notes', childId),
    messages: (cohortId: string, limit: number, offset: number) => s.messages.all(cohortId, limit, offset).map((r) => cached<Message>(r)),
    messageCount: (cohortId: string) => s.messageCount.get(cohortId)!.n,
    childCount: (cohortId: string) => s.childCount.get(cohortId)!.n,
  };
}
export type CkRows = ReturnType<typeof ckRows>;

export const records = <T>(rows: readonly Cached<T>[]): T[] => rows.map((r) => r.record);

/** The child's guardians in the child's cohort (the guardian row of that cohort), in link order. */
export function guardiansOf(rows: CkRows, child: Child): { link: Guardianship; guardian: Guardian }[] {
  const out: { link: Guardianship; guardian: Guardian }[] = [];
  for (const link of records(rows.childGuardianships(child.id))) {
    const guardian = rows.guardianRows(link.guardianId).find((g) => g.record.cohortId === child.cohortId)?.record;
    if (guardian) out.push({ link, guardian });
  }
  return out;
}
