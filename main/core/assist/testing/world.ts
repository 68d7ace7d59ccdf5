import type { Change, StaffUser } from '../../../../domain/sync/protocol.ts';
import { appointment, calendar, called, point, session, ticket } from '../../../../domain/assist/fixtures.test-support.ts';
import type { HelpRequest } from '../../../../domain/assist/entities.ts';

/** 2027-03-01 12:00 in Helsinki: the morning's queue at Oodi is under way. */
export const NOW = new Date('2027-03-01T10:00:00.000Z');

export const HILKKA: StaffUser = {
  id: 'u-hilkka',
  name: 'Hilkka Laine',
  roles: ['assist_helper'],
  grants: [
    { role: 'assist_helper', servicePointId: 'sp-oodi' },
    { role: 'assist_helper', servicePointId: 'sp-kallio' },
  ],
};
export const VEERA: StaffUser = { id: 'u-veera', name: 'Veera Nieminen', roles: ['assist_volunteer'], grants: [{ role: 'assist_volunteer', servicePointId: 'sp-oodi' }] };
export const MAIJA: StaffUser = { id: 'u-maija', name: 'Maija Koskinen', roles: ['assist_supervisor'], grants: [{ role: 'assist_supervisor' }] };
export const KIOSK_OODI: StaffUser = { id: 'u-kiosk-oodi-1', name: 'Oodi kiosk 1', roles: ['kiosk'], grants: [{ role: 'kiosk', servicePointId: 'sp-oodi' }] };

const put = (entity: Change['entity'], data: { id: string }): Change => ({ entity, id: data.id, op: 'put', version: 1, data });

const request = (o: Partial<HelpRequest> = {}): HelpRequest => ({ id: 'hr-1', servicePointId: 'sp-oodi', kioskId: KIOSK_OODI.id, language: 'sv', status: 'open', createdAt: '2027-03-01T09:55:00.000Z', closedAt: null, ...o });

/**
 * Three service points. At Oodi today: two tickets done (12 and 20 minutes of help), Hilkka serving
 * D003 since 11:32 (28 minutes, with others waiting), Veera calling D004, three waiting; a kiosk's
 * open help request. Kallio and Malmi have one waiting ticket each. Sessions over two months,
 * Hilkka's calendar tomorrow with one booked and one cancelled appointment.
 */
export function assistWorld(): Change[] {
  return [
    put('as_service_point', point()),
    put('as_service_point', point({ id: 'sp-kallio', name: { fi: 'Kallion kirjasto', sv: 'Berghälls bibliotek', en: 'Kallio library' }, ticketPrefix: 'K' })),
    put('as_service_point', point({ id: 'sp-malmi', name: { fi: 'Malmin kirjasto', sv: 'Malms bibliotek', en: 'Malmi library' }, ticketPrefix: 'M' })),
    put('as_queue_ticket', ticket(1, { status: 'done', calledAt: '2027-03-01T09:01:00.000Z', helperId: 'u-hilkka', serviceStartedAt: '2027-03-01T09:02:00.000Z', closedAt: '2027-03-01T09:14:00.000Z' })),
    put('as_queue_ticket', ticket(2, { status: 'done', calledAt: '2027-03-01T09:10:00.000Z', helperId: 'u-veera', serviceStartedAt: '2027-03-01T09:11:00.000Z', closedAt: '2027-03-01T09:31:00.000Z' })),
    put('as_queue_ticket', called(3, { status: 'in_service', calledAt: '2027-03-01T09:31:00.000Z', helperId: 'u-hilkka', serviceStartedAt: '2027-03-01T09:32:00.000Z' })),
    put('as_queue_ticket', called(4, { calledAt: '2027-03-01T09:58:00.000Z', helperId: 'u-veera' })),
    put('as_queue_ticket', ticket(5, { queuedAt: '2027-03-01T09:40:00.000Z' })),
    put('as_queue_ticket', ticket(6, { source: 'kiosk', queuedAt: '2027-03-01T09:41:00.000Z' })),
    put('as_queue_ticket', ticket(7, { queuedAt: '2027-03-01T09:45:00.000Z' })),
    put('as_queue_ticket', ticket(1, { id: 'k-1', servicePointId: 'sp-kallio', label: 'K001' })),
    put('as_queue_ticket', ticket(1, { id: 'm-1', servicePointId: 'sp-malmi', label: 'M001' })),
    put('as_help_request', request()),
    put('as_help_request', request({ id: 'hr-old', status: 'closed', closedAt: '2027-03-01T08:00:00.000Z', createdAt: '2027-03-01T07:55:00.000Z' })),
    ...sessions(),
    put('as_helper_calendar', calendar({ helperId: 'u-hilkka' })),
    put('as_helper_calendar', calendar({ id: 'cal-k', servicePointId: 'sp-kallio', helperId: 'u-hilkka', date: '2027-03-03' })),
    put('as_appointment', appointment()),
    put('as_appointment', appointment({ id: 'ap-x', startsAt: '2027-03-02T11:00:00.000Z', endsAt: '2027-03-02T11:30:00.000Z', status: 'cancelled', closedAt: NOW.toISOString(), cancelReason: 'Asiakas perui' })),
  ];
}

/**
 * Oodi: seven sessions on strong authentication and one on e-mail in February, three in March;
 * Kallio: two in February; Malmi: six in February (Hilkka holds no right there).
 */
function sessions(): Change[] {
  const at = (day: string, hour: string) => `2027-${day}T${hour}:00:00.000Z`;
  const rows = [
    ...Array.from({ length: 7 }, (_, i) => session({ id: `s-feb-${i}`, occurredAt: at(`02-1${i}`, '08'), startedAt: at(`02-1${i}`, '08'), endedAt: `2027-02-1${i}T08:12:00.000Z`, referral: i === 0 ? 'bank' : 'none' })),
    session({ id: 's-feb-mail', occurredAt: at('02-20', '09'), startedAt: null, endedAt: null, topics: ['email_account', 'strong_auth'], channel: 'booked', serviceLanguage: 'sv', outcome: 'partly_resolved' }),
    ...Array.from({ length: 3 }, (_, i) => session({ id: `s-mar-${i}`, occurredAt: at('03-01', '07'), startedAt: at('03-01', '07'), endedAt: '2027-03-01T07:20:00.000Z' })),
    ...Array.from({ length: 2 }, (_, i) => session({ id: `s-kal-${i}`, servicePointId: 'sp-kallio', occurredAt: at('02-05', '10') })),
    ...Array.from({ length: 6 }, (_, i) => session({ id: `s-mal-${i}`, servicePointId: 'sp-malmi', occurredAt: at('02-06', '10') })),
  ];
  return rows.map((s) => put('as_help_session', s));
}
