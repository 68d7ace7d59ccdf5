import { addDays, DEFAULT_DUE_DAYS, seasonEnd, seasonStart } from './seasons.ts';

/**
 * When an offer may fall due. The customer needs time to read the offer and pay (the reminders go
 * out 7, 3 and 1 day before the due date), so the earliest due date is a week from today; an
 * offer for a season not yet begun is due at the latest when the season starts. An offer made
 * for a season already under way (a berth freed in summer) may run two weeks, within the season.
 * Days are Helsinki calendar days, YYYY-MM-DD; `today` is the deciding side's own today.
 */
export const MIN_DUE_DAYS = 7;

export interface DueDateWindow {
  earliest: string;
  latest: string;
}

/** The allowed due dates, both ends included; null when the season leaves no room at all. */
export function dueDateWindow(today: string, season: number): DueDateWindow | null {
  const earliest = addDays(today, MIN_DUE_DAYS);
  const start = seasonStart(season);
  const end = seasonEnd(season);
  const soon = addDays(today, DEFAULT_DUE_DAYS);
  const latest = earliest <= start ? start : soon < end ? soon : end;
  return earliest <= latest ? { earliest, latest } : null;
}

export type DueDateProblem =
  | { kind: 'too_soon'; earliest: string; latest: string }
  | { kind: 'too_late'; earliest: string; latest: string }
  | { kind: 'no_window' };

/** Why a due date cannot be used for an offer in this season, or null when it can. */
export function dueDateProblem(dueDate: string, today: string, season: number): DueDateProblem | null {
  const window = dueDateWindow(today, season);
  if (!window) return { kind: 'no_window' };
  if (dueDate < window.earliest) return { kind: 'too_soon', ...window };
  if (dueDate > window.latest) return { kind: 'too_late', ...window };
  return null;
}

/** The due date a new offer starts with: two weeks from today, kept inside the window. */
export function defaultDueDate(today: string, season: number): string | null {
  const window = dueDateWindow(today, season);
  if (!window) return null;
  const wanted = addDays(today, DEFAULT_DUE_DAYS);
  return wanted > window.latest ? window.latest : wanted;
}
