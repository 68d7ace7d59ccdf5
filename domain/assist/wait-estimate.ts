import { waitingInOrder } from '../help-queue/call-order.ts';
import { DEFAULT_HELP_MIN } from '../help-queue/help-time.ts';
import { parseInstant } from '../wall-clock.ts';
import type { QueueTicket } from './entities.ts';
import { ROLLING_WINDOW, SOFT_CAP_EARLY_MIN, SOFT_CAP_MIN } from './vocabulary.ts';

const MINUTE_MS = 60_000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The help times in minutes of the latest finished tickets, newest first, at most ROLLING_WINDOW. */
export function recentHelpMinutes(tickets: readonly QueueTicket[]): number[] {
  return tickets
    .filter((t): t is QueueTicket & { serviceStartedAt: string; closedAt: string } => t.status === 'done' && t.serviceStartedAt !== null && t.closedAt !== null)
    .sort((a, b) => b.closedAt.localeCompare(a.closedAt))
    .slice(0, ROLLING_WINDOW)
    .map((t) => (parseInstant(t.closedAt) - parseInstant(t.serviceStartedAt)) / MINUTE_MS);
}

export interface QueueEstimate {
  waiting: number;
  /** The rolling median help time, or the default before anyone was helped. */
  helpMin: number;
  /** The wait a ticket taken now is expected to have, in whole minutes. */
  estimateMin: number;
}

/**
 * The live wait estimate of a queue: everyone waiting is helped in turn, `helpers` at a time,
 * each taking the rolling median of recent help times. Rough on purpose; it is shown as "about".
 */
export function estimateWait(tickets: readonly QueueTicket[], helpers: number): QueueEstimate {
  const waiting = waitingInOrder(tickets).length;
  const helpMin = median(recentHelpMinutes(tickets)) ?? DEFAULT_HELP_MIN;
  return { waiting, helpMin, estimateMin: Math.ceil((waiting * helpMin) / Math.max(1, helpers)) };
}

/** The expected wait of each waiting ticket, by id (for the display and the ticket itself). */
export function estimatePerTicket(tickets: readonly QueueTicket[], helpers: number): Map<string, number> {
  const { helpMin } = estimateWait(tickets, helpers);
  return new Map(waitingInOrder(tickets).map((t, ahead) => [t.id, Math.ceil((ahead * helpMin) / Math.max(1, helpers))]));
}

export type SoftCap = 'none' | 'approaching' | 'over';

/**
 * The soft 30-minute cap (the Kemi practice): only when others are waiting is the helper told
 * that the help nears or passes it, with "book a follow-up" offered. Never enforced.
 */
export function softCap(serviceStartedAt: string, now: string, othersWaiting: number): SoftCap {
  if (othersWaiting === 0) return 'none';
  const minutes = (parseInstant(now) - parseInstant(serviceStartedAt)) / MINUTE_MS;
  if (minutes >= SOFT_CAP_MIN) return 'over';
  return minutes >= SOFT_CAP_EARLY_MIN ? 'approaching' : 'none';
}
