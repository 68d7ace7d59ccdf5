import type { AppError } from '../../../../../domain/result.ts';

/** How far a bulk run has come: commands queued of all it carries. */
export interface BulkProgress {
  done: number;
  total: number;
}

/** One command the desk refused, named as the handler knows it (a reference, a customer and place). */
export interface BulkRefusal {
  key: string;
  label: string;
  error: AppError;
}

/** What a bulk run did: how many were queued, which were refused and why, and whether it was stopped. */
export interface BulkOutcome {
  done: number;
  refused: readonly BulkRefusal[];
  stopped: boolean;
}

/** Why the send button is off: a run is going, there is nothing to send, or the due date is not one the central takes. */
export type SendBlock = 'busy' | 'nothing' | 'dueDate';

/** The first reason the send button is off, in the order the handler should hear them; null: it is on. */
export function sendBlock({ busy, count, dueDate }: { busy: boolean; count: number; dueDate: string | null }): SendBlock | null {
  if (busy) return 'busy';
  if (count === 0) return 'nothing';
  if (dueDate === null) return 'dueDate';
  return null;
}
