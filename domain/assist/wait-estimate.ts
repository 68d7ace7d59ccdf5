import { waitingInOrder } from '../help-queue/call-order.ts';
import { DEFAULT_HELP_MIN, median, medianHelpMinutes, waitFor } from '../help-queue/help-time.ts';
import { parseInstant } from '../wall-clock.ts';
import type { QueueTicket } from './entities.ts';
import { SOFT_CAP_EARLY_MIN, SOFT_CAP_MIN } from './vocabulary.ts';

const MINUTE_MS = 60_000;

/** The median is shared with the dashboards' figures; the help-time rule itself lives in domain/help-queue. */
export { median };

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
  const helpMin = medianHelpMinutes(tickets) ?? DEFAULT_HELP_MIN;
  return { waiting, helpMin, estimateMin: waitFor(waiting, helpMin, helpers) };
}

/** The expected wait of each waiting ticket, by id (for the display and the ticket itself). */
export function estimatePerTicket(tickets: readonly QueueTicket[], helpers: number): Map<string, number> {
  const { helpMin } = estimateWait(tickets, helpers);
  return new Map(waitingInOrder(tickets).map((t, ahead) => [t.id, waitFor(ahead, helpMin, helpers)]));
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
