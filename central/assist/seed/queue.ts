import type { QueueTicket } from '../../../domain/assist/entities.ts';
import { ticketLabel } from '../../../domain/assist/queue.ts';
import { toIsoInstant } from '../../../domain/wall-clock.ts';
import { nameUuid } from '../../stable-ids.ts';
import { SERVICE_POINTS } from './service-points.ts';

/** Customers waiting at the seed moment: a queue at Oodi, a shorter one at Kallio and Itäkeskus. */
const WAITING: Readonly<Record<string, number>> = { 'sp-oodi': 4, 'sp-kallio': 2, 'sp-itis': 1 };

export function generateTodaysQueue(now: Date, today: string): QueueTicket[] {
  return SERVICE_POINTS.flatMap((point) =>
    Array.from({ length: WAITING[point.id] ?? 0 }, (_, i): QueueTicket => {
      const number = i + 1;
      const queuedAt = toIsoInstant(now.getTime() - (WAITING[point.id]! - i) * 4 * 60_000);
      return {
        id: nameUuid(`as-ticket:${today}:${point.id}:${number}`),
        servicePointId: point.id,
        serviceDate: today,
        number,
        label: ticketLabel(point.ticketPrefix, number),
        source: i % 2 === 0 ? 'desk' : 'kiosk',
        topicHint: i === 0 ? 'strong_auth' : null,
        language: i === 1 ? 'en' : null,
        status: 'waiting',
        issuedAt: queuedAt,
        queuedAt,
        calledAt: null,
        recallCount: 0,
        helperId: null,
        serviceStartedAt: null,
        closedAt: null,
        transferredFromTicketId: null,
        transferredToTicketId: null,
      };
    }),
  );
}
