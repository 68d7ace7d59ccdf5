import type { CultureKidsCommandPayload as P, CultureKidsCommandType } from '../../domain/culture-kids/commands.ts';
import type { CultureKidsCommandStates } from '../../domain/culture-kids/decide.ts';
import type { EnrolTarget, FreedSeatState } from '../../domain/culture-kids/decide-enrolment.ts';
import type { Enrolment } from '../../domain/culture-kids/entities.ts';
import { childrenWithActiveGuardian } from '../../domain/culture-kids/free-spot.ts';
import type { Queryable } from '../db/db.ts';
import { records, rowById, rowsBy } from './rows.ts';

/** A command's state and the cohort whose rights it needs (null: nothing found, the decider says so). */
export interface Loaded {
  cohortId: string | null;
  state: unknown;
}

const rec = async <T>(p: Promise<{ record: T } | null>): Promise<T | null> => (await p)?.record ?? null;

async function activeChildren(tx: Queryable, childIds: readonly string[]): Promise<Set<string>> {
  const links = records(await rowsBy(tx, 'ck_guardianship', 'child_id', childIds));
  const guardians = records(await rowsBy(tx, 'ck_guardian', 'id', links.map((l) => `${l.guardianId}@${l.cohortId}`)));
  return childrenWithActiveGuardian(links, guardians);
}

/** The occurrence row-locked first: two commands on one occurrence's seats run one after the other. */
async function target(tx: Queryable, eventId: string, occurrenceId: string | null): Promise<EnrolTarget> {
  const occurrence = occurrenceId === null ? null : await rec(rowById(tx, 'ck_occurrence', occurrenceId, true));
  const event = await rec(rowById(tx, 'ck_event', occurrence?.eventId ?? eventId));
  const cohort = event ? await rec(rowById(tx, 'ck_cohort', event.cohortId)) : null;
  const group = event?.eventGroupId ? await rec(rowById(tx, 'ck_event_group', event.eventGroupId)) : null;
  const groupEventIds = event?.eventGroupId ? records(await rowsBy(tx, 'ck_event', 'event_group_id', [event.eventGroupId])).map((e) => e.id) : event ? [event.id] : [];
  const occurrenceEnrolments = occurrence ? records(await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [occurrence.id])) : [];
  const freeCodes = event?.ticketingMode === 'external' ? (await rowsBy(tx, 'ck_ticket_code', 'event_id', [event.id], true)).filter((c) => c.record.childId === null).sort((a, b) => a.record.importedAt.localeCompare(b.record.importedAt) || a.record.id.localeCompare(b.record.id)) : [];
  return { cohort, event, group, occurrence, occurrenceEnrolments, freeCodes, groupEventIds };
}

async function freed(tx: Queryable, enrolment: Enrolment | undefined): Promise<FreedSeatState | null> {
  if (!enrolment?.occurrenceId) return null;
  const occurrence = await rec(rowById(tx, 'ck_occurrence', enrolment.occurrenceId, true));
  const event = await rec(rowById(tx, 'ck_event', enrolment.eventId));
  if (!occurrence || !event) return null;
  const subscriptions = await rowsBy(tx, 'ck_free_spot_subscription', 'occurrence_id', [occurrence.id], true);
  return {
    event,
    occurrence,
    occurrenceEnrolments: records(await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [occurrence.id])),
    subscriptions,
    activeChildIds: await activeChildren(tx, subscriptions.map((s) => s.record.childId)),
  };
}

async function childFacts(tx: Queryable, childId: string) {
  const child = await rec(rowById(tx, 'ck_child', childId));
  return {
    child,
    childEnrolments: records(await rowsBy(tx, 'ck_enrolment', 'child_id', [childId])),
    childSubscriptions: records(await rowsBy(tx, 'ck_free_spot_subscription', 'child_id', [childId])),
  };
}

async function occurrenceOf(tx: Queryable, occurrenceId: string) {
  const occurrence = await rowById(tx, 'ck_occurrence', occurrenceId, true);
  const event = occurrence ? await rec(rowById(tx, 'ck_event', occurrence.record.eventId)) : null;
  return { occurrence, event };
}

type Loaders = { [T in CultureKidsCommandType]: (tx: Queryable, p: P<T>) => Promise<{ cohortId: string | null; state: CultureKidsCommandStates[T] }> };

export const LOADERS: Loaders = {
  async 'cultureKids.enrol'(tx, p) {
    const t = await target(tx, p.eventId, p.occurrenceId);
    return { cohortId: t.event?.cohortId ?? null, state: { ...t, ...(await childFacts(tx, p.childId)) } };
  },
  async 'cultureKids.cancelEnrolment'(tx, p) {
    const enrolment = await rowById(tx, 'ck_enrolment', p.enrolmentId, true);
    return { cohortId: enrolment?.record.cohortId ?? null, state: { enrolment, freed: await freed(tx, enrolment?.record) } };
  },
  async 'cultureKids.moveEnrolment'(tx, p) {
    const enrolment = await rowById(tx, 'ck_enrolment', p.enrolmentId, true);
    // Both occurrences locked in id order: two moves between them cannot deadlock.
    const [first] = [enrolment?.record.occurrenceId ?? '', p.toOccurrenceId].sort();
    if (first === p.toOccurrenceId) await rowById(tx, 'ck_occurrence', p.toOccurrenceId, true);
    const from = await freed(tx, enrolment?.record);
    const to = await target(tx, enrolment?.record.eventId ?? '', p.toOccurrenceId);
    const facts = enrolment ? await childFacts(tx, enrolment.record.childId) : { child: null, childEnrolments: [], childSubscriptions: [] };
    return { cohortId: enrolment?.record.cohortId ?? null, state: { enrolment, freed: from, target: to, ...facts } };
  },
  async 'cultureKids.subscribeFreeSpot'(tx, p) {
    const { occurrence, event } = await occurrenceOf(tx, p.occurrenceId);
    const facts = await childFacts(tx, p.childId);
    return {
      cohortId: event?.cohortId ?? null,
      state: {
        ...facts,
        event,
        occurrence: occurrence?.record ?? null,
        occurrenceEnrolments: occurrence ? records(await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [p.occurrenceId])) : [],
        childHasActiveGuardian: (await activeChildren(tx, [p.childId])).has(p.childId),
      },
    };
  },
  async 'cultureKids.unsubscribeFreeSpot'(tx, p) {
    const child = await rec(rowById(tx, 'ck_child', p.childId));
    return { cohortId: child?.cohortId ?? null, state: { childSubscriptions: records(await rowsBy(tx, 'ck_free_spot_subscription', 'child_id', [p.childId], true)) } };
  },
  async 'cultureKids.unsubscribeAll'(tx, p) {
    const guardianRows = await rowsBy(tx, 'ck_guardian', 'guardian_id', [p.guardianId], true);
    const links = records(await rowsBy(tx, 'ck_guardianship', 'guardian_id', [p.guardianId]));
    const subscriptions = records(await rowsBy(tx, 'ck_free_spot_subscription', 'child_id', links.map((l) => l.childId), true));
    // Every cohort the guardian is in must be the user's: checked by the handler on each.
    return { cohortId: guardianRows.map((g) => g.record.cohortId).join('\n') || null, state: { guardianRows, subscriptions } };
  },
  async 'cultureKids.markAttendance'(tx, p) {
    const enrolment = await rowById(tx, 'ck_enrolment', p.enrolmentId, true);
    const occurrence = enrolment?.record.occurrenceId ? await rec(rowById(tx, 'ck_occurrence', enrolment.record.occurrenceId)) : null;
    const event = enrolment ? await rec(rowById(tx, 'ck_event', enrolment.record.eventId)) : null;
    return { cohortId: enrolment?.record.cohortId ?? null, state: { event, occurrence, enrolments: enrolment ? [enrolment] : [] } };
  },
  async 'cultureKids.markAttendanceBulk'(tx, p) {
    const { occurrence, event } = await occurrenceOf(tx, p.occurrenceId);
    const enrolments = occurrence ? await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [p.occurrenceId], true) : [];
    return { cohortId: event?.cohortId ?? null, state: { event, occurrence: occurrence?.record ?? null, enrolments } };
  },
  async 'cultureKids.publishEvent'(tx, p) {
    const event = await rowById(tx, 'ck_event', p.eventId, true);
    const cohort = event ? await rec(rowById(tx, 'ck_cohort', event.record.cohortId)) : null;
    return { cohortId: event?.record.cohortId ?? null, state: { cohort, event, occurrences: records(await rowsBy(tx, 'ck_occurrence', 'event_id', [p.eventId])) } };
  },
  async 'cultureKids.publishGroup'(tx, p) {
    const group = await rowById(tx, 'ck_event_group', p.eventGroupId, true);
    const events = group ? await rowsBy(tx, 'ck_event', 'event_group_id', [group.record.id], true) : [];
    return { cohortId: group?.record.cohortId ?? null, state: { group, events, occurrences: records(await rowsBy(tx, 'ck_occurrence', 'event_id', events.map((e) => e.record.id))) } };
  },
  async 'cultureKids.importTicketCodes'(tx, p) {
    const event = await rec(rowById(tx, 'ck_event', p.eventId, true));
    return { cohortId: event?.cohortId ?? null, state: { event, codes: records(await rowsBy(tx, 'ck_ticket_code', 'event_id', [p.eventId])) } };
  },
  async 'cultureKids.eraseChild'(tx, p) {
    const child = await rowById(tx, 'ck_child', p.childId, true);
    if (!child) return { cohortId: null, state: { child: null, notes: null, enrolments: [], subscriptions: [], guardianships: [], guardians: [], contacts: [], siblings: [], startsAt: new Map() } };
    const c = child.record;
    const guardianships = records(await rowsBy(tx, 'ck_guardianship', 'child_id', [c.id]));
    const guardianIds = guardianships.map((g) => g.guardianId);
    const rowIds = guardianIds.map((g) => `${g}@${c.cohortId}`);
    const enrolments = await rowsBy(tx, 'ck_enrolment', 'child_id', [c.id], true);
    const occurrences = records(await rowsBy(tx, 'ck_occurrence', 'id', enrolments.flatMap((e) => (e.record.occurrenceId ? [e.record.occurrenceId] : []))));
    const otherLinks = records(await rowsBy(tx, 'ck_guardianship', 'guardian_id', guardianIds));
    return {
      cohortId: c.cohortId,
      state: {
        child,
        notes: (await rowsBy(tx, 'ck_child_notes', 'child_id', [c.id], true))[0] ?? null,
        enrolments,
        subscriptions: records(await rowsBy(tx, 'ck_free_spot_subscription', 'child_id', [c.id])),
        guardianships,
        guardians: (await rowsBy(tx, 'ck_guardian', 'id', rowIds, true)).filter((g) => g.record.cohortId === c.cohortId),
        contacts: (await rowsBy(tx, 'ck_guardian_contact', 'guardian_id', guardianIds, true)).filter((x) => x.record.cohortId === c.cohortId),
        siblings: records(await rowsBy(tx, 'ck_child', 'id', otherLinks.map((l) => l.childId))).filter((s) => s.id !== c.id),
        startsAt: new Map(occurrences.map((o) => [o.id, o.startsAt])),
      },
    };
  },
  async 'cultureKids.createVenue'(tx, p) {
    return { cohortId: p.cohortId, state: { cohort: await rec(rowById(tx, 'ck_cohort', p.cohortId)) } };
  },
  async 'cultureKids.updateVenue'(tx, p) {
    const venue = await rowById(tx, 'ck_venue', p.venueId, true);
    return { cohortId: venue?.record.cohortId ?? null, state: { venue } };
  },
  async 'cultureKids.copyVenues'(tx, p) {
    const from = await rec(rowById(tx, 'ck_cohort', p.fromCohortId));
    const to = await rec(rowById(tx, 'ck_cohort', p.toCohortId, true));
    // Reading the source cohort's venues is an admin's right there too (checked on both).
    return { cohortId: `${p.toCohortId}\n${p.fromCohortId}`, state: { from, to, venues: records(await rowsBy(tx, 'ck_venue', 'cohort_id', [p.fromCohortId, p.toCohortId])) } };
  },
  async 'cultureKids.createEventGroup'(tx, p) {
    return { cohortId: p.cohortId, state: { cohort: await rec(rowById(tx, 'ck_cohort', p.cohortId)) } };
  },
  async 'cultureKids.updateEventGroup'(tx, p) {
    const group = await rowById(tx, 'ck_event_group', p.eventGroupId, true);
    return { cohortId: group?.record.cohortId ?? null, state: { group } };
  },
  async 'cultureKids.createEvent'(tx, p) {
    return { cohortId: p.cohortId, state: { cohort: await rec(rowById(tx, 'ck_cohort', p.cohortId)), group: p.eventGroupId ? await rec(rowById(tx, 'ck_event_group', p.eventGroupId)) : null } };
  },
  async 'cultureKids.updateEvent'(tx, p) {
    const event = await rowById(tx, 'ck_event', p.eventId, true);
    const occurrences = event ? records(await rowsBy(tx, 'ck_occurrence', 'event_id', [p.eventId], true)) : [];
    return {
      cohortId: event?.record.cohortId ?? null,
      state: {
        event,
        cohort: event ? await rec(rowById(tx, 'ck_cohort', event.record.cohortId)) : null,
        group: p.eventGroupId ? await rec(rowById(tx, 'ck_event_group', p.eventGroupId)) : null,
        occurrences,
        enrolments: records(await rowsBy(tx, 'ck_enrolment', 'occurrence_id', occurrences.map((o) => o.id))),
      },
    };
  },
  async 'cultureKids.setEventReady'(tx, p) {
    const event = await rowById(tx, 'ck_event', p.eventId, true);
    return { cohortId: event?.record.cohortId ?? null, state: { event } };
  },
  async 'cultureKids.createOccurrence'(tx, p) {
    const event = await rec(rowById(tx, 'ck_event', p.eventId, true));
    return { cohortId: event?.cohortId ?? null, state: { event, venue: await rec(rowById(tx, 'ck_venue', p.venueId)), siblings: records(await rowsBy(tx, 'ck_occurrence', 'event_id', [p.eventId])) } };
  },
  async 'cultureKids.updateOccurrence'(tx, p) {
    const { occurrence, event } = await occurrenceOf(tx, p.occurrenceId);
    const subscriptions = occurrence ? await rowsBy(tx, 'ck_free_spot_subscription', 'occurrence_id', [p.occurrenceId], true) : [];
    return {
      cohortId: event?.cohortId ?? null,
      state: {
        occurrence,
        event,
        venue: await rec(rowById(tx, 'ck_venue', p.venueId)),
        siblings: event ? records(await rowsBy(tx, 'ck_occurrence', 'event_id', [event.id])) : [],
        enrolments: occurrence ? records(await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [p.occurrenceId])) : [],
        subscriptions,
        activeChildIds: await activeChildren(tx, subscriptions.map((s) => s.record.childId)),
      },
    };
  },
  async 'cultureKids.cancelOccurrence'(tx, p) {
    const { occurrence, event } = await occurrenceOf(tx, p.occurrenceId);
    return {
      cohortId: event?.cohortId ?? null,
      state: {
        occurrence,
        enrolments: occurrence ? await rowsBy(tx, 'ck_enrolment', 'occurrence_id', [p.occurrenceId], true) : [],
        subscriptions: occurrence ? records(await rowsBy(tx, 'ck_free_spot_subscription', 'occurrence_id', [p.occurrenceId])) : [],
      },
    };
  },
  async 'cultureKids.sendMessage'() {
    // Loaded by the handler: it needs the user's rights and the recipients (central/culture-kids/recipients.ts).
    throw new Error('sendMessage is loaded by the handler.');
  },
};

