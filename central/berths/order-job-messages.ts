import type { Customer, Harbour, Pier, Berth } from '../../domain/berths/entities.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { daysBetween } from '../../domain/wall-clock.ts';
import { NotificationInput } from '../notifications/message.ts';
import { formatEuro } from '../payments/money.ts';
import { formatDay } from './customer-page/dates.ts';
import { customerName } from './customer-page/offer-store.ts';

const PIER = { fi: 'laituri', sv: 'brygga', en: 'pier' } as const;
const BERTH = { fi: 'paikka', sv: 'plats', en: 'berth' } as const;

export interface OrderContact {
  order: BerthOrder;
  customer: Customer | null;
  berth: Berth;
  pier: Pier;
  harbour: Harbour;
}

/** "Pajalahden venesatama, laituri A, paikka 12" in the order's language. */
function berthText({ order, berth, pier, harbour }: OrderContact): string {
  const l = order.language;
  return [harbour.name[l], pier.identifier ? `${PIER[l]} ${pier.identifier}` : null, `${BERTH[l]} ${berth.number}`].filter(Boolean).join(', ');
}


/**
 * The e-mail and the text message of one order's notice, to whichever contact the customer has
 * that can be written to: a malformed address is left out, not allowed to fail the whole run.
 */
function messages(c: OrderContact, template: string, params: Record<string, string | number>): NotificationInput[] {
  if (!c.customer) return [];
  const base = { language: c.order.language, template, params, workspace: 'berths', entityId: c.order.id };
  const candidates: NotificationInput[] = [
    { ...base, channel: 'email', recipient: c.customer.email.trim() },
    { ...base, channel: 'sms', recipient: c.customer.phone.replace(/[\s-]/g, '') },
  ];
  return candidates.filter((m) => NotificationInput.safeParse(m).success);
}

export function reminderMessages(c: OrderContact, today: string, link: string): NotificationInput[] {
  const { order } = c;
  if (!order.dueDate) return [];
  return messages(c, 'berths.offer_reminder', {
    name: customerName(c.customer),
    berth: berthText(c),
    amount: formatEuro(order.totalCents, order.language),
    dueDate: formatDay(order.dueDate, order.language),
    daysLeft: daysBetween(today, order.dueDate),
    link,
  });
}

export function expiredMessages(c: OrderContact): NotificationInput[] {
  const { order } = c;
  return messages(c, 'berths.offer_expired', {
    name: customerName(c.customer),
    berth: berthText(c),
    dueDate: order.dueDate ? formatDay(order.dueDate, order.language) : '',
  });
}
