import { parseInstant } from '../wall-clock.ts';

/**
 * How long walk-in helps take, for the wait estimate: the median of the latest finished helps,
 * or a default before anyone was helped. The desk estimates from its tickets; the central stamps
 * a service point's median on its kiosks' rows, whose public ticket rows carry no help times.
 */

/** With no help time seen yet, a help is assumed to take this long. */
export const DEFAULT_HELP_MIN = 10;
/** The median is taken over this many latest help times. */
export const ROLLING_WINDOW = 20;

const MINUTE_MS = 60_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface FinishedHelp {
  status: string;
  serviceStartedAt: string | null;
  closedAt: string | null;
}

/** The help times in minutes of the latest finished tickets, newest first, at most ROLLING_WINDOW. */
export function recentHelpMinutes(tickets: readonly FinishedHelp[]): number[] {
  return tickets
    .filter((t): t is FinishedHelp & { serviceStartedAt: string; closedAt: string } => t.status === 'done' && t.serviceStartedAt !== null && t.closedAt !== null)
    .sort((a, b) => b.closedAt.localeCompare(a.closedAt))
    .slice(0, ROLLING_WINDOW)
    .map((t) => (parseInstant(t.closedAt) - parseInstant(t.serviceStartedAt)) / MINUTE_MS);
}

/** The rolling median help time in minutes; null before anyone was helped. */
export function medianHelpMinutes(tickets: readonly FinishedHelp[]): number | null {
  return median(recentHelpMinutes(tickets));
}

/** The wait, in whole minutes, of one with `ahead` others before it, `helpers` helping at a time. */
export function waitFor(ahead: number, helpMin: number, helpers = 1): number {
  return Math.ceil((ahead * helpMin) / Math.max(1, helpers));
}
