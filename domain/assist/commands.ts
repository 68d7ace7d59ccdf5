import { z } from 'zod';
import { TypedEmail, TypedPhone } from '../contact-address.ts';
import { LONG_TEXT_MAX, StorableText } from '../text.ts';
import { CalendarDate, Id, Intake, Note, ServiceLanguage, TimeOfDay, Topic, Topics, UtcInstant } from './entities.ts';
import { AGE_BANDS, ASSIST_PERMISSIONS, BULK_MAX, CHANNELS, DURATION_BUCKETS, HELPER_TYPES, HOURS_WEEKS_MAX, OUTCOMES, REFERRALS, SLOT_LENGTHS_MIN, TICKET_SOURCES } from './vocabulary.ts';

/**
 * The commands of the Assistance workspace as they will travel in a push. Each names the
 * permission it needs on the service point of the rows it touches. Queue actions carry no base
 * version: the central decides them on the queue as it is under its lock, so two helpers pressing
 * "call next" at once get two different tickets.
 */
export const NewId = z.uuid().lowercase();

export const IssueTicketPayload = z.object({
  ticketId: NewId,
  servicePointId: Id,
  source: z.enum(TICKET_SOURCES),
  topicHint: Topic.nullable(),
  language: ServiceLanguage.nullable(),
});
export const CallNextPayload = z.object({ servicePointId: Id });
export const TicketPayload = z.object({ ticketId: Id });
export const TransferTicketPayload = z.object({ ticketId: Id, newTicketId: NewId, toServicePointId: Id });

/** What a helper records of one contact; anonymous (no field names the customer). */
const SessionFields = z.object({
  channel: z.enum(CHANNELS),
  helperType: z.enum(HELPER_TYPES),
  topics: Topics,
  serviceLanguage: ServiceLanguage,
  interpreted: z.boolean(),
  ageBand: z.enum(AGE_BANDS).nullable(),
  firstTimeUser: z.boolean().nullable(),
  outcome: z.enum(OUTCOMES),
  referral: z.enum(REFERRALS),
  note: Note.nullable(),
});

/** One timed session (the start/stop timer), possibly the served ticket or the booked appointment. */
export const LogSessionPayload = SessionFields.extend({
  sessionId: NewId,
  servicePointId: Id,
  startedAt: UtcInstant,
  endedAt: UtcInstant,
  ticketId: Id.nullable(),
  appointmentId: Id.nullable(),
});

/** The sessions of one busy hour, logged afterwards with duration buckets instead of a timer. */
export const LogSessionsBulkPayload = z.object({
  servicePointId: Id,
  hourStartedAt: UtcInstant,
  sessions: z
    .array(SessionFields.extend({ sessionId: NewId, durationBucket: z.enum(DURATION_BUCKETS) }))
    .min(1, 'Log at least one session.')
    .max(BULK_MAX, `A bulk log takes at most ${BULK_MAX} sessions.`),
});

export const BookAppointmentPayload = z.object({
  appointmentId: NewId,
  calendarId: Id,
  startsAt: UtcInstant,
  intake: Intake,
  /** For reminders only; erased after the appointment (retention.ts). */
  contact: z
    .object({ email: TypedEmail.nullable(), phone: TypedPhone.nullable() })
    .refine((c) => c.email !== null || c.phone !== null, { message: 'Give an e-mail address or a phone number, or no contact.' })
    .nullable(),
  bookedVia: z.enum(TICKET_SOURCES),
  followUpOfSessionId: Id.nullable(),
});
export const CancelAppointmentPayload = z.object({ appointmentId: Id, reason: StorableText.trim().max(LONG_TEXT_MAX).nullable() });
export const AppointmentPayload = z.object({ appointmentId: Id });

/**
 * The signed-in helper opens bookable hours at a service point: one day, or the same hours on
 * several days (a weekly rota), each day a calendar of its own so that one can be closed alone.
 */
export const OpenHelperHoursPayload = z.object({
  servicePointId: Id,
  startTime: TimeOfDay,
  endTime: TimeOfDay,
  slotLengthMin: z.literal(SLOT_LENGTHS_MIN),
  days: z
    .array(z.object({ calendarId: NewId, date: CalendarDate }))
    .min(1, 'Open hours on at least one day.')
    .max(HOURS_WEEKS_MAX, `Hours are opened on at most ${HOURS_WEEKS_MAX} days at a time.`)
    .refine((d) => new Set(d.map((x) => x.date)).size === d.length, { message: 'A day is named once.' })
    .refine((d) => new Set(d.map((x) => x.calendarId)).size === d.length, { message: 'Each day has an id of its own.' }),
});
/** Hours with no booking left in them are closed: their free slots are offered no more. */
export const CloseHelperHoursPayload = z.object({ calendarId: Id });

export const RequestHelpPayload = z.object({ requestId: NewId, servicePointId: Id, kioskId: Id, language: ServiceLanguage });
/** Staff answer a kiosk's call: 'acknowledged' (someone is coming) or 'closed' (handled; the kiosk may ask again). */
export const AnswerHelpRequestPayload = z.object({ requestId: Id, status: z.enum(['acknowledged', 'closed']) });

const P = ASSIST_PERMISSIONS;

export const ASSIST_COMMANDS = {
  'assist.issueTicket': { payload: IssueTicketPayload, permission: P.ticket, versioned: false },
  'assist.callNext': { payload: CallNextPayload, permission: P.staff, versioned: false },
  'assist.recallTicket': { payload: TicketPayload, permission: P.staff, versioned: false },
  'assist.transferTicket': { payload: TransferTicketPayload, permission: P.staff, versioned: false },
  'assist.markNoShow': { payload: TicketPayload, permission: P.staff, versioned: false },
  'assist.startService': { payload: TicketPayload, permission: P.staff, versioned: false },
  'assist.finishService': { payload: TicketPayload, permission: P.staff, versioned: false },
  'assist.logSession': { payload: LogSessionPayload, permission: P.staff, versioned: false },
  'assist.logSessionsBulk': { payload: LogSessionsBulkPayload, permission: P.staff, versioned: false },
  'assist.bookAppointment': { payload: BookAppointmentPayload, permission: P.book, versioned: false },
  'assist.cancelAppointment': { payload: CancelAppointmentPayload, permission: P.staff, versioned: true },
  // A helper opens and closes their own hours; closing another helper's needs P.supervisor there (hours.ts).
  'assist.openHelperHours': { payload: OpenHelperHoursPayload, permission: P.staff, versioned: false },
  'assist.closeHelperHours': { payload: CloseHelperHoursPayload, permission: P.staff, versioned: true },
  'assist.markAppointmentNoShow': { payload: AppointmentPayload, permission: P.staff, versioned: true },
  'assist.requestHelp': { payload: RequestHelpPayload, permission: P.requestHelp, versioned: false },
  'assist.answerHelpRequest': { payload: AnswerHelpRequestPayload, permission: P.staff, versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: string; versioned: boolean }>;

export type AssistCommandType = keyof typeof ASSIST_COMMANDS;
export type AssistCommandPayload<T extends AssistCommandType> = z.infer<(typeof ASSIST_COMMANDS)[T]['payload']>;
