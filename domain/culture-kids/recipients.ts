import type { Child, Enrolment, FreeSpotSubscription, Guardian, Guardianship, Occurrence } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { holdsSeat } from './capacity.ts';
import type { RecipientSelection } from './vocabulary.ts';

/**
 * Who a message goes to (brief culture-kids 1.13, 4 "Messaging"): one cohort, a segment, optionally
 * narrowed to an event and its occurrences. Deactivated guardians, guardians who have not accepted
 * communication and erased children are always left out. The answer is guardian row ids; the
 * count shown before sending is its length, and it is computed again when the message is sent.
 */
export interface RecipientQuery {
  selection: RecipientSelection;
  eventId: string | null;
  occurrenceIds: readonly string[];
}

export interface RecipientFacts {
  children: readonly Child[];
  guardians: readonly Guardian[];
  guardianships: readonly Guardianship[];
  enrolments: readonly Enrolment[];
  occurrences: readonly Occurrence[];
  subscriptions: readonly FreeSpotSubscription[];
  /** The children the cohort's open invitations still reach (invitations.ts). */
  invitedChildIds: ReadonlySet<string>;
}

/** The query itself: sending to everyone needs its own permission; "invited" is not narrowed. */
export function recipientQueryRefusal(q: RecipientQuery, mayMessageAll: boolean, occurrences: readonly Occurrence[]): Refusal | null {
  if (q.selection === 'all' && !mayMessageAll) return { code: 'ck_message_all_not_permitted', message: 'Sending to every family of the cohort needs the permission to message all.' };
  if ((q.selection === 'all' || q.selection === 'invited') && (q.eventId !== null || q.occurrenceIds.length > 0)) {
    return { code: 'ck_message_selection_not_narrowable', message: `"${q.selection}" goes to the whole cohort: it is not narrowed to events or occurrences.` };
  }
  if (q.occurrenceIds.length > 0 && (q.eventId === null || q.occurrenceIds.some((id) => occurrences.find((o) => o.id === id)?.eventId !== q.eventId))) {
    return { code: 'ck_message_occurrence_mismatch', message: 'Occurrences are chosen within one event, and each must be that event\'s.' };
  }
  return null;
}

function childrenOf(q: RecipientQuery, f: RecipientFacts, now: string): Set<string> {
  const nowMs = Date.parse(now);
  const startOf = new Map(f.occurrences.map((o) => [o.id, Date.parse(o.startsAt)]));
  const narrowed = (e: { eventId: string; occurrenceId: string | null }) =>
    (q.eventId === null || e.eventId === q.eventId) && (q.occurrenceIds.length === 0 || (e.occurrenceId !== null && q.occurrenceIds.includes(e.occurrenceId)));
  switch (q.selection) {
    case 'all':
      return new Set(f.children.map((c) => c.id));
    case 'invited':
      return new Set(f.invitedChildIds);
    case 'enrolled':
      // Upcoming enrolments; an external event's code counts while the event lasts.
      return new Set(f.enrolments.filter((e) => e.status === 'enrolled' && narrowed(e) && (e.occurrenceId === null || (startOf.get(e.occurrenceId) ?? 0) > nowMs)).map((e) => e.childId));
    case 'attended':
      return new Set(f.enrolments.filter((e) => e.status === 'attended' && narrowed(e)).map((e) => e.childId));
    case 'free_spot':
      return new Set(f.subscriptions.filter((s) => narrowed(s)).map((s) => s.childId));
  }
}

/** The guardian rows (one per guardian in this cohort) the message goes to, sorted. */
export function selectRecipients(q: RecipientQuery, f: RecipientFacts, now: string): string[] {
  const erased = new Set(f.children.filter((c) => c.erasedAt !== null).map((c) => c.id));
  const kids = childrenOf(q, f, now);
  const reachable = new Map(f.guardians.filter((g) => g.active && g.acceptsCommunication && g.erasedAt === null).map((g) => [g.guardianId, g.id]));
  const out = new Set<string>();
  for (const link of f.guardianships) {
    if (!kids.has(link.childId) || erased.has(link.childId)) continue;
    const row = reachable.get(link.guardianId);
    if (row) out.add(row);
  }
  return [...out].sort();
}

/** The children an invitation still reaches: under the yearly limit and not yet in every open event. */
export function invitedChildren(children: readonly Child[], enrolments: readonly Enrolment[], openEventIds: readonly string[], limit: number, year: number): Set<string> {
  const byChild = new Map<string, Enrolment[]>();
  for (const e of enrolments) if (holdsSeat(e)) byChild.set(e.childId, [...(byChild.get(e.childId) ?? []), e]);
  const out = new Set<string>();
  for (const c of children) {
    const own = byChild.get(c.id) ?? [];
    if (c.erasedAt !== null || own.filter((e) => e.countsForYear === year).length >= limit) continue;
    if (openEventIds.some((id) => !own.some((e) => e.eventId === id))) out.add(c.id);
  }
  return out;
}
