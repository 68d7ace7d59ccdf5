import { z } from 'zod';
import { daysBetween, isCalendarDate } from '../wall-clock.ts';
import type { Appointment, HelperCalendar, HelpRequest, HelpSession, QueueTicket } from './entities.ts';
import { CalendarDate, Id } from './entities.ts';
import type { QueueEstimate, SoftCap } from './wait-estimate.ts';
import {
  AnswerHelpRequestPayload,
  AppointmentPayload,
  BookAppointmentPayload,
  CallNextPayload,
  CancelAppointmentPayload,
  CloseHelperHoursPayload,
  IssueTicketPayload,
  LogSessionPayload,
  LogSessionsBulkPayload,
  OpenHelperHoursPayload,
  RequestHelpPayload,
  TicketPayload,
  TransferTicketPayload,
} from './commands.ts';
import { BULK_MAX, HOURS_WEEKS_MAX, type AppointmentStatus, type TicketStatus } from './vocabulary.ts';

/**
 * The Assistance workspace's part of the renderer contract (domain/contract.ts spreads it in).
 * Inputs are zod schemas checked at every bridge; outputs are plain JSON view models. Every answer
 * comes from the signed-in user's cache, so the desk works offline; a command is decided on the
 * cache by the same deciders the central runs, and queued.
 */

// ---------- view models ----------

/** What the signed-in user may do at one service point (domain/roles.ts canAtServicePoint). */
export interface ServicePointRights {
  /** Work the queue, log sessions, see appointments. */
  staff: boolean;
  ticket: boolean;
  book: boolean;
  /** Dashboards and exports (a volunteer has none). */
  reports: boolean;
  /** Calendars and slot lengths. */
  supervisor: boolean;
}

export interface ServicePointOption {
  id: string;
  name: { fi: string; sv: string; en: string };
  ticketPrefix: string;
  active: boolean;
  rights: ServicePointRights;
}

export interface QueueTicketRow {
  ticket: QueueTicket;
  /** Waiting tickets only: the expected wait in whole minutes (domain/assist/wait-estimate.ts); null otherwise. */
  estimateMin: number | null;
  /** Called or served by the signed-in user. */
  mine: boolean;
  /**
   * Served tickets only: the soft 30-minute cap, 'none' unless others wait (the helper is told
   * softly and offered "book a follow-up"). Always 'none' for other statuses.
   */
  softCap: SoftCap;
  /** A local command on it waits to reach the central. */
  pending: boolean;
}

export interface HelpRequestRow {
  request: HelpRequest;
  pending: boolean;
}

/** The queue of one service point today (Helsinki day), as the desk works it. */
export interface QueueView {
  servicePoint: ServicePointOption;
  serviceDate: string;
  /** In the order they are called (domain/assist/queue.ts waitingInOrder). */
  waiting: QueueTicketRow[];
  /** Called, not yet come to the desk; oldest call first. */
  called: QueueTicketRow[];
  inService: QueueTicketRow[];
  /** The ticket the signed-in user has in hand (called or in service), if any. */
  mine: QueueTicketRow | null;
  /** The live estimate: the rolling median help time over the helpers now busy (at least one). */
  estimate: QueueEstimate;
  /** Today's closed tickets. */
  closed: { done: number; noShow: number; transferred: number };
  /** Kiosk help requests not closed, oldest first. */
  helpRequests: HelpRequestRow[];
}

/** The public queue display: labels and statuses only, nothing about anyone. */
export interface QueueDisplay {
  servicePointId: string;
  name: { fi: string; sv: string; en: string };
  serviceDate: string;
  /** Being called now (newest call first), then in service. */
  calling: { label: string; status: Extract<TicketStatus, 'called' | 'in_service'>; recallCount: number }[];
  /** Labels waiting, in the order they are called. */
  waiting: string[];
  estimateMin: number;
}

export interface SessionRow {
  session: HelpSession;
  pending: boolean;
}

export interface SessionList {
  /** Newest first. */
  rows: SessionRow[];
  total: number;
}

export interface AppointmentRow {
  appointment: Appointment;
  pending: boolean;
}

export interface SlotView {
  startsAt: string;
  endsAt: string;
  /** The appointment holding the slot (cancelled ones do not), or null: free. */
  appointment: AppointmentRow | null;
}

export interface CalendarView {
  calendar: HelperCalendar;
  /** The signed-in user is the helper. */
  mine: boolean;
  slots: SlotView[];
  freeSlots: number;
}

/** Helper calendars of a service point over one day or one week (Monday first). */
export interface HelperCalendars {
  servicePointId: string;
  from: string;
  to: string;
  /** By date, then start time. */
  calendars: CalendarView[];
  /** The period's cancelled appointments (they hold no slot), by start. */
  cancelled: AppointmentRow[];
}

export interface CountRow {
  key: string;
  count: number;
}

/** Dashboard figures over a period, from the cache's sessions, tickets and appointments. Exact counts: suppression applies to what leaves the app (the export). */
export interface AssistDashboard {
  /** The service points counted (one, or every one the user has reports on). */
  servicePointIds: string[];
  from: string;
  to: string;
  sessions: number;
  /** A session counts once under each of its topics. Every vocabulary value, zeros included, in vocabulary order. */
  byTopic: CountRow[];
  byChannel: CountRow[];
  byLanguage: CountRow[];
  /** Helsinki hours '00'..'23' with sessions. */
  byHour: CountRow[];
  byOutcome: CountRow[];
  byReferral: CountRow[];
  /** Share (0..1) of sessions with a referral other than none; null with no sessions. */
  referralRate: number | null;
  /** Share (0..1) of sessions resolved; null with no sessions. */
  resolvedRate: number | null;
  /** Sessions per service point (the "across all" comparison). */
  byServicePoint: CountRow[];
  queue: {
    tickets: number;
    served: number;
    noShows: number;
    transferred: number;
    /** Minutes from queued to called, of the tickets called; null with none. */
    medianWaitMin: number | null;
    maxWaitMin: number | null;
    /** Median wait by Helsinki hour of queueing. */
    waitByHour: { key: string; medianWaitMin: number; tickets: number }[];
  };
  bookings: {
    booked: number;
    byStatus: { status: AppointmentStatus; count: number }[];
    noShows: number;
    /** no_show / (done + no_show); null with neither. */
    noShowRate: number | null;
  };
}

// ---------- inputs ----------

/** The longest period a list or the dashboard covers, in days. */
export const ASSIST_PERIOD_MAX_DAYS = 731;

/** Helsinki days, both included. */
export const Period = z
  .object({ from: CalendarDate, to: CalendarDate })
  .superRefine((p, ctx) => {
    if (!isCalendarDate(p.from) || !isCalendarDate(p.to)) return;
    if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period ends on or after its first day.' });
    else if (daysBetween(p.from, p.to) >= ASSIST_PERIOD_MAX_DAYS) ctx.addIssue({ code: 'custom', path: ['to'], message: `A period is at most ${ASSIST_PERIOD_MAX_DAYS} days.` });
  });

const Empty = z.object({}).strict();
const ByServicePoint = z.object({ servicePointId: Id }).strict();

export const ListSessionsInput = z
  .object({
    servicePointId: Id,
    from: CalendarDate,
    to: CalendarDate,
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict()
  .superRefine((v, ctx) => {
    const p = Period.safeParse({ from: v.from, to: v.to });
    if (!p.success) for (const issue of p.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** One day, or the week (Monday to Sunday) the date falls in. */
export const HelperCalendarsInput = z.object({ servicePointId: Id, date: CalendarDate, span: z.enum(['day', 'week']).default('day') }).strict();

/** One service point, or null: every service point the user holds reports on. */
export const DashboardInput = z
  .object({ servicePointId: Id.nullable(), from: CalendarDate, to: CalendarDate })
  .strict()
  .superRefine((v, ctx) => {
    const p = Period.safeParse({ from: v.from, to: v.to });
    if (!p.success) for (const issue of p.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type DashboardInput = z.input<typeof DashboardInput>;

/** The xlsx report's params (files.exportXlsx with exportId ASSIST_REPORT_EXPORT): the dashboard's choice. */
export const AssistReportParams = DashboardInput;
export const ASSIST_REPORT_EXPORT = 'assist.report';

/** Commands: the payloads without the ids the client makes itself. */
export const IssueTicketInput = IssueTicketPayload.omit({ ticketId: true }).strict();
export const TransferTicketInput = TransferTicketPayload.omit({ newTicketId: true }).strict();
export const LogSessionInput = z.object(LogSessionPayload.shape).omit({ sessionId: true }).strict();
const BulkSession = LogSessionsBulkPayload.shape.sessions.element;
export const LogSessionsBulkInput = z
  .object({
    ...LogSessionsBulkPayload.shape,
    sessions: z
      .array(z.object(BulkSession.shape).omit({ sessionId: true }).strict())
      .min(1, 'Log at least one session.')
      .max(BULK_MAX, `A bulk log takes at most ${BULK_MAX} sessions.`),
  })
  .strict();
export const BookAppointmentInput = BookAppointmentPayload.omit({ appointmentId: true }).strict();
/** The days the hours are opened on; the desk gives each its calendar id. */
export const OpenHelperHoursInput = z
  .object({ ...OpenHelperHoursPayload.omit({ days: true }).shape, dates: z.array(CalendarDate).min(1).max(HOURS_WEEKS_MAX) })
  .strict()
  .refine((v) => new Set(v.dates).size === v.dates.length, { message: 'A day is named once.', path: ['dates'] });
/** `kioskId`: the signed-in terminal's own user id (a terminal asks for staff only for itself). */
export const RequestHelpInput = RequestHelpPayload.omit({ requestId: true }).strict();

export const ASSIST_CONTRACT_INPUTS = {
  'assist.listServicePoints': Empty,
  'assist.queue': ByServicePoint,
  'assist.queueDisplay': ByServicePoint,
  'assist.listSessions': ListSessionsInput,
  'assist.helperCalendars': HelperCalendarsInput,
  'assist.dashboard': DashboardInput,
  'assist.issueTicket': IssueTicketInput,
  'assist.callNext': CallNextPayload.strict(),
  'assist.recallTicket': TicketPayload.strict(),
  'assist.transferTicket': TransferTicketInput,
  'assist.markNoShow': TicketPayload.strict(),
  'assist.startService': TicketPayload.strict(),
  'assist.finishService': TicketPayload.strict(),
  'assist.logSession': LogSessionInput,
  'assist.logSessionsBulk': LogSessionsBulkInput,
  'assist.bookAppointment': BookAppointmentInput,
  'assist.openHelperHours': OpenHelperHoursInput,
  'assist.closeHelperHours': CloseHelperHoursPayload.strict(),
  'assist.cancelAppointment': CancelAppointmentPayload.strict(),
  'assist.markAppointmentNoShow': AppointmentPayload.strict(),
  'assist.requestHelp': RequestHelpInput,
  'assist.answerHelpRequest': AnswerHelpRequestPayload.strict(),
} as const;
