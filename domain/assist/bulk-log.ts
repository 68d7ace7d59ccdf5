import { parseInstant } from '../wall-clock.ts';
import type { AssistErrorCode } from './errors.ts';
import { personalDataIn } from './personal-data.ts';
import type { DurationBucket } from './vocabulary.ts';

/**
 * A batch of sessions logged after a busy drop-in hour (issue 9, item 2). The batch is taken whole
 * or not at all, and every problem is named by its row, so the helper fixes them in one go.
 */
export interface BulkProblem {
  /** The row of the batch, from 0; null for the batch as a whole. */
  index: number | null;
  code: AssistErrorCode;
  message: string;
}

export interface BulkRow {
  sessionId: string;
  note: string | null;
}

/** The hour of a bulk log starts on the hour and has begun. */
export function bulkHourProblem(hourStartedAt: string, now: string): BulkProblem | null {
  const at = parseInstant(hourStartedAt);
  if (at % 3_600_000 !== 0) return { index: null, code: 'as_session_times', message: 'A bulk log is for an hour starting on the hour.' };
  if (at > parseInstant(now)) return { index: null, code: 'as_session_in_future', message: 'The hour has not begun yet.' };
  return null;
}

/** A note is refused when it looks like personal data (personal-data.ts). */
export function noteProblem(note: string | null, index: number | null): BulkProblem | null {
  const kinds = note === null ? [] : personalDataIn(note);
  return kinds.length ? { index, code: 'as_note_personal_data', message: `The note looks like it holds personal data (${kinds.join(', ')}). Leave it out.` } : null;
}

export function bulkProblems(hourStartedAt: string, rows: readonly BulkRow[], loggedIds: ReadonlySet<string>, now: string): BulkProblem[] {
  const problems: BulkProblem[] = [];
  const hour = bulkHourProblem(hourStartedAt, now);
  if (hour) problems.push(hour);
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (seen.has(row.sessionId) || loggedIds.has(row.sessionId)) problems.push({ index, code: 'as_session_duplicate', message: "The session is logged already, or twice in the batch." });
    seen.add(row.sessionId);
    const note = noteProblem(row.note, index);
    if (note) problems.push(note);
  });
  return problems;
}

/** The bucket of a timed session's length. */
export function durationBucket(minutes: number): DurationBucket {
  if (minutes < 5) return 'under_5';
  if (minutes < 15) return '5_15';
  if (minutes < 30) return '15_30';
  if (minutes < 60) return '30_60';
  return 'over_60';
}
