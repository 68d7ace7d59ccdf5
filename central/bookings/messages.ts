import type { Reservation, ReservationEvent } from '../../domain/bookings/entities.ts';
import { NotificationInput, type NotificationLanguage } from '../notifications/message.ts';
import type { BookingStructure } from './structure.ts';

/**
 * The messages a command's decisions send (issue 7 point 8): one per customer and kind, listing
 * every booking of theirs the command decided (a series ended at once is one message). Only
 * events that say so send anything (NORMAL and SEASONAL bookings; BEHALF, STAFF and BLOCKED
 * none), and only to an address that can receive mail.
 */
const TEMPLATES: Partial<Record<ReservationEvent['kind'], string>> = {
  approved: 'bookings.approved',
  denied: 'bookings.denied',
  cancelled: 'bookings.cancelled',
};

const LOCALES: Record<NotificationLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

function when(r: Reservation, language: NotificationLanguage): string {
  const locale = LOCALES[language];
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit' });
  const begin = new Date(r.beginsAt);
  const end = new Date(r.endsAt);
  const sameDay = day.format(begin) === day.format(end);
  return sameDay ? `${day.format(begin)} ${time.format(begin)}–${time.format(end)}` : `${day.format(begin)} ${time.format(begin)} – ${day.format(end)} ${time.format(end)}`;
}

const price = (cents: number, language: NotificationLanguage) =>
  new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR' }).format(cents / 100);

export function decisionMessages(reservations: readonly Reservation[], events: readonly ReservationEvent[], structure: BookingStructure): NotificationInput[] {
  const byId = new Map(reservations.map((r) => [r.id, r]));
  const groups = new Map<string, { template: string; kind: ReservationEvent['kind']; list: Reservation[] }>();
  for (const e of events) {
    const template = TEMPLATES[e.kind];
    const r = byId.get(e.reservationId);
    if (!template || !e.notifyCustomer || !r) continue;
    const key = `${e.kind}|${r.reserveeEmail}|${r.reserveeLanguage}|${r.reservationUnitId}`;
    const group = groups.get(key) ?? { template, kind: e.kind, list: [] };
    group.list.push(r);
    groups.set(key, group);
  }
  const messages: NotificationInput[] = [];
  for (const { template, kind, list } of groups.values()) {
    const first = list[0]!;
    const language = first.reserveeLanguage;
    const ru = structure.reservationUnits.get(first.reservationUnitId);
    const unit = structure.units.get(first.unitId);
    const place = [ru?.name[language], unit?.name[language]].filter(Boolean).join(', ');
    const params: Record<string, string> = {
      name: first.reserveeFirstName || first.reserveeOrganisation || '',
      place,
      when: list.map((r) => when(r, language)).join('\n'),
    };
    if (kind === 'approved') params.price = price(list.reduce((sum, r) => sum + r.priceCents, 0), language);
    if (kind === 'denied') params.reason = structure.denyReasons.find((d) => d.id === first.denyReasonId)?.reason[language] ?? '';
    const message: NotificationInput = { channel: 'email', recipient: first.reserveeEmail, language, template, params, workspace: 'bookings', entityId: first.id };
    // A booking without a usable address (a phone-only walk-in) is decided all the same.
    if (NotificationInput.safeParse(message).success) messages.push(message);
  }
  return messages;
}
