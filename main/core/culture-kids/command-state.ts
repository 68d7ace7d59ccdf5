import type { CultureKidsCommandPayload, CultureKidsCommandType } from '../../../domain/culture-kids/commands.ts';
import type { CultureKidsCommandStates } from '../../../domain/culture-kids/decide.ts';
import type { EnrolTarget, FreedSeatState } from '../../../domain/culture-kids/decide-enrolment.ts';
import type { Child, Enrolment } from '../../../domain/culture-kids/entities.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { ckRows, guardiansOf, records, type CkRows } from './rows.ts';

const versioned = <T>(r: { record: T; version: number } | null) => (r ? { record: r.record, version: r.version } : null);

/** Where an enrolment would go: the occurrence (or, external, the event), its group and free codes. */
function targetOf(rows: CkRows, eventId: string | null, occurrenceId: string | null): EnrolTarget {
  const occurrence = occurrenceId === null ? null : (rows.occurrence(occurrenceId)?.record ?? null);
  const event = rows.event(eventId ?? occurrence?.eventId ?? '')?.record ?? null;
  const group = event?.eventGroupId ? (rows.group(event.eventGroupId)?.record ?? null) : null;
  return {
    cohort: event ? (rows.cohort(event.cohortId)?.record ?? null) : null,
    event,
    group,
    occurrence,
    occurrenceEnrolments: occurrence ? records(rows.occurrenceEnrolments(occurrence.id)) : [],
    freeCodes: event ? rows.eventCodes(event.id).filter((c) => c.record.childId === null).map((c) => ({ record: c.record, version: c.version })) : [],
    groupEventIds: event ? (group ? records(rows.groupEvents(group.id)).map((e) => e.id) : [event.id]) : [],
  };
}

/** Whether the child has a guardian who is active (a free-spot notice reaches someone). */
const hasActiveGuardian = (rows: CkRows, child: Child) => guardiansOf(rows, child).some((g) => g.guardian.active && g.guardian.erasedAt === null);

function childFacts(rows: CkRows, childId: string) {
  return { child: rows.child(childId)?.record ?? null, childEnrolments: records(rows.childEnrolments(childId)), childSubscriptions: records(rows.childSubscriptions(childId)) };
}

/** The queue of the occurrence an enrolment holds a seat on (null for an external event's code). */
function freedSeat(rows: CkRows, enrolment: Enrolment | null): FreedSeatState | null {
  if (!enrolment?.occurrenceId) return null;
  const occurrence = rows.occurrence(enrolment.occurrenceId)?.record;
  const event = rows.event(enrolment.eventId)?.record;
  if (!occurrence || !event) return null;
  const subscriptions = rows.occurrenceSubscriptions(occurrence.id).map((s) => ({ record: s.record, version: s.version }));
  const activeChildIds = new Set<string>();
  for (const s of subscriptions) {
    const child = rows.child(s.record.childId)?.record;
    if (child && hasActiveGuardian(rows, child)) activeChildIds.add(child.id);
  }
  return { event, occurrence, occurrenceEnrolments: records(rows.occurrenceEnrolments(occurrence.id)), subscriptions, activeChildIds };
}

function attendanceState(rows: CkRows, occurrenceId: string | null, enrolmentIds: readonly string[]) {
  const occurrence = occurrenceId ? (rows.occurrence(occurrenceId)?.record ?? null) : null;
  return {
    occurrence,
    event: occurrence ? (rows.event(occurrence.eventId)?.record ?? null) : null,
    enrolments: enrolmentIds.flatMap((id) => {
      const e = versioned(rows.enrolment(id));
      return e ? [e] : [];
    }),
  };
}

type Loader<T extends CultureKidsCommandType> = (rows: CkRows, payload: CultureKidsCommandPayload<T>) => CultureKidsCommandStates[T];

/**
 * The local state each Culture Kids decider needs, read from the cache as it is now (optimistic
 * rows included): the same facts the central loads under its row locks, so a command the desk
 * accepts offline is the one the central would accept with the same data.
 */
const LOADERS: { [T in CultureKidsCommandType]: Loader<T> } = {
  'cultureKids.enrol': (rows, p) => ({ ...targetOf(rows, p.eventId, p.occurrenceId), ...childFacts(rows, p.childId) }),
  'cultureKids.cancelEnrolment': (rows, p) => {
    const enrolment = versioned(rows.enrolment(p.enrolmentId));
    return { enrolment, freed: freedSeat(rows, enrolment?.record ?? null) };
  },
  'cultureKids.moveEnrolment': (rows, p) => {
    const enrolment = versioned(rows.enrolment(p.enrolmentId));
    const childId = enrolment?.record.childId ?? '';
    return { enrolment, freed: freedSeat(rows, enrolment?.record ?? null), ...childFacts(rows, childId), target: targetOf(rows, null, p.toOccurrenceId) };
  },
  'cultureKids.subscribeFreeSpot': (rows, p) => {
    const occurrence = rows.occurrence(p.occurrenceId)?.record ?? null;
    const facts = childFacts(rows, p.childId);
    return {
      ...facts,
      occurrence,
      event: occurrence ? (rows.event(occurrence.eventId)?.record ?? null) : null,
      occurrenceEnrolments: occurrence ? records(rows.occurrenceEnrolments(occurrence.id)) : [],
      childHasActiveGuardian: facts.child ? hasActiveGuardian(rows, facts.child) : false,
    };
  },
  'cultureKids.unsubscribeFreeSpot': (rows, p) => ({ childSubscriptions: records(rows.childSubscriptions(p.childId)) }),
  'cultureKids.unsubscribeAll': (rows, p) => ({
    guardianRows: rows.guardianRows(p.guardianId).map((g) => ({ record: g.record, version: g.version })),
    subscriptions: records(rows.guardianGuardianships(p.guardianId)).flatMap((link) => records(rows.childSubscriptions(link.childId))),
  }),
  'cultureKids.markAttendance': (rows, p) => attendanceState(rows, rows.enrolment(p.enrolmentId)?.record.occurrenceId ?? null, [p.enrolmentId]),
  'cultureKids.markAttendanceBulk': (rows, p) => attendanceState(rows, p.occurrenceId, p.marks.map((m) => m.enrolmentId)),
  'cultureKids.publishEvent': (rows, p) => {
    const event = versioned(rows.event(p.eventId));
    return { event, cohort: event ? (rows.cohort(event.record.cohortId)?.record ?? null) : null, occurrences: records(rows.eventOccurrences(p.eventId)) };
  },
  'cultureKids.publishGroup': (rows, p) => {
    const events = rows.groupEvents(p.eventGroupId).map((e) => ({ record: e.record, version: e.version }));
    return { group: versioned(rows.group(p.eventGroupId)), events, occurrences: events.flatMap((e) => records(rows.eventOccurrences(e.record.id))) };
  },
  'cultureKids.importTicketCodes': (rows, p) => ({ event: rows.event(p.eventId)?.record ?? null, codes: records(rows.eventCodes(p.eventId)) }),
  'cultureKids.eraseChild': (rows, p) => {
    const child = versioned(rows.child(p.childId));
    const enrolments = rows.childEnrolments(p.childId).map((e) => ({ record: e.record, version: e.version }));
    const guardianships = records(rows.childGuardianships(p.childId));
    const cohortId = child?.record.cohortId ?? '';
    const guardians = guardianships.flatMap((l) => rows.guardianRows(l.guardianId).filter((g) => g.record.cohortId === cohortId).map((g) => ({ record: g.record, version: g.version })));
    const startsAt = new Map<string, string>();
    for (const e of enrolments) {
      const o = e.record.occurrenceId ? rows.occurrence(e.record.occurrenceId)?.record : undefined;
      if (o) startsAt.set(o.id, o.startsAt);
    }
    return {
      child,
      notes: versioned(rows.notes(p.childId)[0] ?? null),
      enrolments,
      subscriptions: records(rows.childSubscriptions(p.childId)),
      guardianships,
      guardians,
      contacts: guardianships.flatMap((l) => rows.contacts(l.guardianId).filter((c) => c.record.cohortId === cohortId).map((c) => ({ record: c.record, version: c.version }))),
      siblings: child ? records(rows.familyChildren(child.record.familyId)).filter((c) => c.id !== p.childId) : [],
      startsAt,
    };
  },
};

export function loadCultureKidsState<T extends CultureKidsCommandType>(db: SqliteDatabase, type: T, payload: CultureKidsCommandPayload<T>): CultureKidsCommandStates[T] {
  return (LOADERS[type] as Loader<T>)(ckRows(db), payload);
}
