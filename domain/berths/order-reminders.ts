import { addDays, daysBetween } from '../wall-clock.ts';
import type { OrderStatus } from './order-machine.ts';

/**
 * Which offered orders get a payment reminder today, and which have expired (brief 4.6). Days
 * are Helsinki calendar days (YYYY-MM-DD), so a night when the clocks turn is a day like any
 * other. Paper-invoice customers get no digital messages and are handled by staff by hand, so
 * neither rule touches their orders.
 */
export const REMINDER_DAYS = [7, 3, 1] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

export interface WaitingOrder {
  orderId: string;
  status: OrderStatus;
  dueDate: string | null;
  /** The day the offer went out; a reminder never comes on or before it. */
  offeredOn: string | null;
  paperInvoice: boolean;
  /** Reminders already sent for this order. */
  sent: readonly number[];
}

/**
 * The reminder an order is due today, or null. Each threshold goes once, on its day or, if that
 * day was missed, on a later day until the next one is due: a day late is better than never, and
 * only the most urgent is sent. A threshold whose day came before the offer was sent is skipped:
 * the offer itself told the customer then. Nothing is sent on or after the due date.
 */
export function reminderDue(order: WaitingOrder, today: string): ReminderDays | null {
  if (order.status !== 'offered' || order.dueDate === null || order.paperInvoice) return null;
  const left = daysBetween(today, order.dueDate);
  if (left < 1) return null;
  // The most urgent threshold reached: 1 before 3 before 7.
  const reached = [...REMINDER_DAYS].reverse().find((d) => left <= d);
  if (reached === undefined || order.sent.includes(reached)) return null;
  if (order.offeredOn !== null && order.offeredOn >= addDays(order.dueDate, -reached)) return null;
  return reached;
}

export function remindersDue(orders: readonly WaitingOrder[], today: string): { orderId: string; daysBefore: ReminderDays }[] {
  return orders.flatMap((o) => {
    const daysBefore = reminderDue(o, today);
    return daysBefore === null ? [] : [{ orderId: o.orderId, daysBefore }];
  });
}

/**
 * An offered order expires the day after its due date: the customer has the whole due day to
 * pay (the offer page takes payments until then), and the berth is free again the next morning.
 */
export function isOrderExpired(order: Pick<WaitingOrder, 'status' | 'dueDate' | 'paperInvoice'>, today: string): boolean {
  return order.status === 'offered' && order.dueDate !== null && !order.paperInvoice && order.dueDate < today;
}

/** Whether the customer may still pay today: the same day boundary as expiry, seen from the page. */
export function isPayableOn(order: Pick<WaitingOrder, 'status' | 'dueDate'>, today: string): boolean {
  return order.status === 'offered' && order.dueDate !== null && order.dueDate >= today;
}
