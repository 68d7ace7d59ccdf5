import type { QueueTicket } from './entities.ts';
import type { AssistErrorCode } from './errors.ts';
import { TICKET_NUMBER_MAX, type TicketStatus } from './vocabulary.ts';

/**
 * The walk-in queue of one service point (brief assistance 1.7): what each staff action may start
 * from and where it leads. A ticket is called from waiting, called again (recall) while nobody
 * has come, served, finished, marked a no-show, or transferred to another service point's queue.
 */
export type QueueAction = 'call' | 'recall' | 'no_show' | 'start' | 'finish' | 'transfer';

export const QUEUE_TRANSITIONS: Readonly<Record<QueueAction, { from: readonly TicketStatus[]; to: TicketStatus }>> = {
  call: { from: ['waiting'], to: 'called' },
  recall: { from: ['called'], to: 'called' },
  no_show: { from: ['called'], to: 'no_show' },
  start: { from: ['called'], to: 'in_service' },
  finish: { from: ['in_service'], to: 'done' },
  transfer: { from: ['waiting', 'called', 'in_service'], to: 'transferred' },
};

export interface QueueRefusal {
  code: AssistErrorCode;
  message: string;
}

export function transitionRefusal(status: TicketStatus, action: QueueAction): QueueRefusal | null {
  if (QUEUE_TRANSITIONS[action].from.includes(status)) return null;
  return { code: 'as_ticket_transition', message: `A ticket that is ${status} cannot be given "${action}".` };
}

/** The next free number of a service point's day, or null when the day's numbers are used up. */
export function nextTicketNumber(ticketsOfDay: readonly Pick<QueueTicket, 'number'>[]): number | null {
  const next = ticketsOfDay.reduce((max, t) => Math.max(max, t.number), 0) + 1;
  return next <= TICKET_NUMBER_MAX ? next : null;
}

/** "D012": the point's letter and the number in three digits, as called out and displayed. */
export function ticketLabel(prefix: string, number: number): string {
  return `${prefix}${String(number).padStart(3, '0')}`;
}

/** The call order is shared with the kiosk (domain/help-queue); the desk's callers keep this name. */
export { waitingInOrder } from '../help-queue/call-order.ts';

/** The ticket a helper is busy with (called or being served), if any. */
export function ticketInHand<T extends Pick<QueueTicket, 'status' | 'helperId' | 'id'>>(tickets: readonly T[], helperId: string, except?: string): T | undefined {
  return tickets.find((t) => t.helperId === helperId && t.id !== except && (t.status === 'called' || t.status === 'in_service'));
}
