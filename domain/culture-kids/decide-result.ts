import type { ErrorCode } from '../errors.ts';
import type { CultureKidsEntityName, CultureKidsEntityRecord } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';

/**
 * What every Culture Kids decider answers: the rows to write, the rows to delete (only queue
 * places: everything statistics count is kept), and the notices the central enqueues in the same
 * transaction (docs/decisions.md 22), or a refusal with a stable code.
 */
export type CultureKidsPut = { [E in CultureKidsEntityName]: { entity: E; record: CultureKidsEntityRecord[E]; version: number } }[CultureKidsEntityName];

export interface CultureKidsDelete {
  entity: 'ck_free_spot_subscription';
  id: string;
}

export type CultureKidsNotice =
  | { kind: 'enrolment_confirmed' | 'enrolment_cancelled' | 'enrolment_moved'; enrolmentId: string }
  | { kind: 'free_spot'; subscriptionId: string; occurrenceId: string }
  /** Invitations go to the cohort's consenting, active guardians (recipients.ts "invited"). */
  | { kind: 'event_published'; eventId: string; cohortId: string }
  | { kind: 'event_group_published'; eventGroupId: string; cohortId: string }
  /** A published occurrence got a new time or venue: its enrolled families are told. */
  | { kind: 'occurrence_changed'; occurrenceId: string }
  /** Staff cancelled an occurrence: its enrolled families are told. */
  | { kind: 'occurrence_cancelled'; occurrenceId: string }
  /** The message went out: the central queues one delivery per frozen recipient. */
  | { kind: 'message_sent'; messageId: string };

export type CultureKidsDecision =
  | { ok: true; puts: CultureKidsPut[]; deletes: CultureKidsDelete[]; notices: CultureKidsNotice[]; skipped?: string[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

export const refuse = (r: Refusal | { code: ErrorCode; message: string }, status: 'rejected' | 'conflict' = 'rejected'): CultureKidsDecision => ({ ok: false, status, code: r.code, message: r.message });

export const accept = (puts: CultureKidsPut[], deletes: CultureKidsDelete[] = [], notices: CultureKidsNotice[] = []): CultureKidsDecision => ({ ok: true, puts, deletes, notices });

export const notFound = (what: string): CultureKidsDecision => refuse({ code: 'not_found', message: `${what} does not exist.` });

/** `now` as the records hold instants: UTC. */
export const utc = (iso: string): string => new Date(iso).toISOString();

/** A versioned row the command saw is stale: someone changed it since. */
export function stale(what: string, version: number, seen: number | null): CultureKidsDecision | null {
  if (seen === null || seen === version) return null;
  return { ok: false, status: 'conflict', code: 'stale_version', message: `${what} was changed by someone else (version ${version}, you saw ${seen}).` };
}
