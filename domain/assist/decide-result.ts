import type { ErrorCode } from '../errors.ts';
import type { AssistEntityName, AssistEntityRecord } from './entities.ts';
import type { AssistErrorCode } from './errors.ts';

/**
 * What every Assistance decider answers: the rows to write and the notices the central enqueues
 * in the same transaction, or a refusal with a stable code. Nothing of the workspace is deleted:
 * notes and contacts are erased by writing the row again (retention.ts).
 */
export type AssistPut = { [E in AssistEntityName]: { entity: E; record: AssistEntityRecord[E]; version: number } }[AssistEntityName];

export type AssistNotice =
  /** The notification outbox schedules the reminder (issue 9, item 3). */
  | { kind: 'appointment_booked' | 'appointment_cancelled'; appointmentId: string }
  /** A kiosk's call for staff: shown in the staff queue at once. */
  | { kind: 'help_requested'; requestId: string; servicePointId: string };

export type AssistCode = AssistErrorCode | ErrorCode;

export type AssistDecision =
  | { ok: true; puts: AssistPut[]; notices: AssistNotice[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: AssistCode; message: string; current?: unknown };

export const refuse = (r: { code: AssistCode; message: string }, status: 'rejected' | 'conflict' = 'rejected'): AssistDecision => ({ ok: false, status, code: r.code, message: r.message });

export const accept = (puts: AssistPut[], notices: AssistNotice[] = []): AssistDecision => ({ ok: true, puts, notices });

export const notFound = (what: string): AssistDecision => refuse({ code: 'not_found', message: `${what} does not exist.` });

/** `now` as the records hold instants: UTC. */
export const utc = (iso: string): string => new Date(iso).toISOString();

/** A versioned row the command saw is stale: someone changed it since. */
export function stale(what: string, version: number, seen: number | null): AssistDecision | null {
  if (seen === null || seen === version) return null;
  return { ok: false, status: 'conflict', code: 'stale_version', message: `${what} was changed by someone else (version ${version}, you saw ${seen}).` };
}
