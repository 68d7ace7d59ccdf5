import type { Child, Cohort, Enrolment, Event, EventGroup, Occurrence } from './entities.ts';
import type { CultureKidsErrorCode } from './errors.ts';
import { holdsSeat, needsNewSeat, occurrenceCapacity, seatsTaken } from './capacity.ts';
import { countsForYear, participationsInYear } from './yearly-limit.ts';

/**
 * Whether a child may be enrolled: the checks run in one fixed order, the same on the central and
 * in the desk, so the refusal shown is the same on both sides. First the request itself (an
 * erased child, an occurrence that is not the event's, a cancelled occurrence), then eligibility
 * in the order of ENROLMENT_CHECK_ORDER. Kukkuu asks about the group and the yearly limit before
 * whether the child is already in this very event; we name the most specific refusal first
 * (this event, then its group, then the limit), in the order issue 8 lists them.
 */
export interface EnrolmentFacts {
  child: Child;
  cohort: Cohort;
  event: Event;
  group: EventGroup | null;
  /** Internal events: the chosen occurrence; external events: null. */
  occurrence: Occurrence | null;
  /** Every enrolment of the child, any status. */
  childEnrolments: readonly Enrolment[];
  /** Every enrolment of the chosen occurrence, any status (internal events). */
  occurrenceEnrolments: readonly Enrolment[];
  /** Free codes of the event (external events). */
  freeCodes: number;
  /** The enrolment a move replaces: it does not count against the child. */
  replacing?: string | null;
}

export interface Refusal {
  code: CultureKidsErrorCode;
  message: string;
}

type Check = (f: EnrolmentFacts, nowMs: number) => string | null;

const isPublished = (f: EnrolmentFacts) => f.event.publishedAt !== null && (f.group === null || f.group.publishedAt !== null);
const activeElsewhere = (f: EnrolmentFacts) => f.childEnrolments.filter((e) => holdsSeat(e) && e.id !== f.replacing);

/** The eligibility checks, in the order they run. */
export const ENROLMENT_CHECKS: readonly (readonly [CultureKidsErrorCode, Check])[] = [
  ['ck_event_not_published', (f) => (isPublished(f) ? null : `The event ${f.event.id}${f.group ? ` or its group ${f.group.id}` : ''} is not published.`)],
  ['ck_wrong_cohort', (f) => (f.child.cohortId === f.event.cohortId ? null : `The child belongs to cohort ${f.child.cohortId}, the event to ${f.event.cohortId}.`)],
  ['ck_already_enrolled', (f) => (activeElsewhere(f).some((e) => e.eventId === f.event.id) ? `The child is already enrolled in the event ${f.event.id}.` : null)],
  [
    'ck_group_already_taken',
    (f) => {
      const taken = f.event.eventGroupId !== null && activeElsewhere(f).find((e) => e.eventGroupId === f.event.eventGroupId);
      return taken ? `The child already takes part in the event ${taken.eventId} of the same group: one event per group.` : null;
    },
  ],
  [
    'ck_yearly_limit_reached',
    (f) => {
      const year = countsForYear(f.event, f.occurrence);
      const used = participationsInYear(f.childEnrolments, year, f.replacing ?? null);
      return used < f.cohort.enrolmentLimit ? null : `The child has taken part ${used} times in ${year}; the cohort's limit is ${f.cohort.enrolmentLimit} a year.`;
    },
  ],
  [
    'ck_occurrence_full',
    (f) => {
      if (!f.occurrence) return null;
      const others = f.occurrenceEnrolments.filter((e) => e.id !== f.replacing);
      const capacity = occurrenceCapacity(f.event, f.occurrence);
      if (!needsNewSeat(f.event, others, f.child.familyId) || seatsTaken(f.event, others) < capacity) return null;
      return `The occurrence ${f.occurrence.id} is full (${capacity} ${f.event.ticketKind === 'family' ? 'families' : 'children'}).`;
    },
  ],
  ['ck_occurrence_past', (f, now) => (!f.occurrence || Date.parse(f.occurrence.startsAt) > now ? null : `The occurrence ${f.occurrence.id} began at ${f.occurrence.startsAt}.`)],
  ['ck_ticket_codes_run_out', (f) => (f.event.ticketingMode === 'internal' || f.freeCodes > 0 ? null : `The event ${f.event.id} has no free ticket codes left.`)],
];

export const ENROLMENT_CHECK_ORDER: readonly CultureKidsErrorCode[] = ENROLMENT_CHECKS.map(([code]) => code);

/** The request itself: something other than eligibility is wrong. */
function requestRefusal(f: EnrolmentFacts): Refusal | null {
  if (f.child.erasedAt !== null) return { code: 'ck_child_erased', message: `The child ${f.child.id} was erased from the registry.` };
  const internal = f.event.ticketingMode === 'internal';
  if (internal !== (f.occurrence !== null) || (f.occurrence && f.occurrence.eventId !== f.event.id)) {
    return { code: 'ck_occurrence_mismatch', message: internal ? `Choose an occurrence of the event ${f.event.id}.` : `The event ${f.event.id} is ticketed externally: it has no occurrences to enrol in.` };
  }
  if (f.occurrence?.cancelledAt) return { code: 'ck_occurrence_cancelled', message: `The occurrence ${f.occurrence.id} was cancelled.` };
  return null;
}

/** The first refusal, or null when the child may be enrolled. `now` is ISO 8601. */
export function enrolmentRefusal(f: EnrolmentFacts, now: string): Refusal | null {
  const request = requestRefusal(f);
  if (request) return request;
  const nowMs = Date.parse(now);
  for (const [code, check] of ENROLMENT_CHECKS) {
    const message = check(f, nowMs);
    if (message !== null) return { code, message };
  }
  return null;
}
