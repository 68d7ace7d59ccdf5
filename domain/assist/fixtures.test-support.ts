import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { Appointment, HelperCalendar, HelpSession, QueueTicket, ServicePoint } from './entities.ts';

/** Small valid records for the Assistance tests; each takes overrides. */
export const NOW = '2027-03-01T10:00:00.000Z';
export const TODAY = '2027-03-01';

export const v = <T>(record: T, version = 1): Versioned<T> => ({ record, version });

export const ctx = (o: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '5e0c9f1e-2b7a-4c1d-9a53-000000000001',
  actor: { id: 'helper-1', name: 'Heli Neuvoja' },
  now: NOW,
  recordedAt: NOW,
  today: TODAY,
  baseVersion: null,
  ...o,
});

export const point = (o: Partial<ServicePoint> = {}): ServicePoint => ({ id: 'sp-oodi', name: { fi: 'Oodi digituki', sv: 'Ode digistöd', en: 'Oodi digital help' }, ticketPrefix: 'D', active: true, ...o });

export const ticket = (number: number, o: Partial<QueueTicket> = {}): QueueTicket => ({
  id: `t-${number}`,
  servicePointId: 'sp-oodi',
  serviceDate: TODAY,
  number,
  label: `D${String(number).padStart(3, '0')}`,
  source: 'desk',
  topicHint: null,
  language: null,
  status: 'waiting',
  issuedAt: `2027-03-01T09:${String(number).padStart(2, '0')}:00.000Z`,
  queuedAt: `2027-03-01T09:${String(number).padStart(2, '0')}:00.000Z`,
  calledAt: null,
  recallCount: 0,
  helperId: null,
  serviceStartedAt: null,
  closedAt: null,
  transferredFromTicketId: null,
  transferredToTicketId: null,
  ...o,
});

/** A ticket the actor called at 09:50. */
export const called = (number: number, o: Partial<QueueTicket> = {}): QueueTicket => ticket(number, { status: 'called', calledAt: '2027-03-01T09:50:00.000Z', helperId: 'helper-1', ...o });

export const session = (o: Partial<HelpSession> = {}): HelpSession => ({
  id: 's-1',
  servicePointId: 'sp-oodi',
  channel: 'walk_in',
  helperType: 'staff',
  occurredAt: '2027-03-01T09:00:00.000Z',
  startedAt: '2027-03-01T09:00:00.000Z',
  endedAt: '2027-03-01T09:12:00.000Z',
  durationBucket: '5_15',
  topics: ['strong_auth'],
  serviceLanguage: 'fi',
  interpreted: false,
  ageBand: null,
  firstTimeUser: null,
  outcome: 'resolved',
  referral: 'none',
  note: null,
  noteExpiresAt: null,
  ticketId: null,
  appointmentId: null,
  loggedBy: 'helper-1',
  loggedAt: '2027-03-01T09:12:00.000Z',
  ...o,
});

export const calendar = (o: Partial<HelperCalendar> = {}): HelperCalendar => ({ id: 'cal-1', servicePointId: 'sp-oodi', helperId: 'helper-2', date: '2027-03-02', startTime: '12:00', endTime: '14:00', slotLengthMin: 30, ...o });

/** 2027-03-02 12:30 Helsinki (UTC+2). */
export const appointment = (o: Partial<Appointment> = {}): Appointment => ({
  id: 'ap-1',
  servicePointId: 'sp-oodi',
  calendarId: 'cal-1',
  startsAt: '2027-03-02T10:30:00.000Z',
  endsAt: '2027-03-02T11:00:00.000Z',
  intake: { topic: 'eservices_public', ownDevice: true, language: 'fi', accessibilityNeeds: null },
  contact: null,
  bookedVia: 'desk',
  status: 'booked',
  bookedAt: NOW,
  remindedAt: null,
  closedAt: null,
  cancelReason: null,
  followUpOfSessionId: null,
  ...o,
});
