import type { Enrolment, Occurrence } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { SELF_CANCEL_HOURS_BEFORE } from './vocabulary.ts';

/**
 * Who may still cancel an enrolment. A family cancels itself until the cutoff (48 hours before the
 * start); staff, on a family's behalf and with a reason, until the start. Nobody cancels an
 * enrolment whose occurrence has begun: it is history, and attendance is marked on it instead.
 */
export type Canceller = 'family' | 'staff';

export function cancellationRefusal(enrolment: Pick<Enrolment, 'id' | 'status'>, occurrence: Pick<Occurrence, 'startsAt'> | null, by: Canceller, now: string): Refusal | null {
  if (enrolment.status !== 'enrolled') return { code: 'ck_enrolment_not_active', message: `The enrolment ${enrolment.id} is ${enrolment.status}: it cannot be cancelled.` };
  // An external event's code is the family's to use in the ticket system: it is never handed back.
  if (!occurrence) return { code: 'ck_enrolment_not_active', message: `The enrolment ${enrolment.id} is a ticket code of an external event: it cannot be cancelled here.` };
  const start = Date.parse(occurrence.startsAt);
  const nowMs = Date.parse(now);
  if (start <= nowMs) return { code: 'ck_enrolment_past', message: `The occurrence began at ${occurrence.startsAt}: its enrolments cannot be cancelled.` };
  if (by === 'family' && start - nowMs < SELF_CANCEL_HOURS_BEFORE * 3_600_000) {
    return { code: 'ck_cancel_too_late', message: `A family can cancel until ${SELF_CANCEL_HOURS_BEFORE} hours before the start (${occurrence.startsAt}).` };
  }
  return null;
}

/** The last moment a family may cancel itself, for the screens to show. */
export function selfCancelCutoff(occurrence: Pick<Occurrence, 'startsAt'>): string {
  return new Date(Date.parse(occurrence.startsAt) - SELF_CANCEL_HOURS_BEFORE * 3_600_000).toISOString();
}
