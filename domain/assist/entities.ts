import { z } from 'zod';
import { LONG_TEXT_MAX, StorableText } from '../text.ts';
import { isCalendarDate, parseTimeOfDay } from '../wall-clock.ts';
import {
  AGE_BANDS,
  APPOINTMENT_STATUSES,
  ASSIST_SCOPES,
  CHANNELS,
  DURATION_BUCKETS,
  HELP_REQUEST_STATUSES,
  HELPER_TYPES,
  NOTE_MAX,
  OUTCOMES,
  REFERRALS,
  SERVICE_LANGUAGES,
  SERVICE_POINT_UNITS_MAX,
  SLOT_LENGTHS_MIN,
  TICKET_NUMBER_MAX,
  TICKET_SOURCES,
  TICKET_STATUSES,
  TOPICS,
} from './vocabulary.ts';

/**
 * The records that sync will carry for the Assistance workspace (brief assistance 1.4 and 1.7).
 * Every row names its service point, the partition its scope is split by. Help sessions are
 * anonymous by construction: no field can hold who the customer is. Instants are ISO 8601 UTC.
 */
export const Id = StorableText.min(1, 'An id cannot be empty.');
export const UtcInstant = z.iso.datetime({ message: 'Expected an ISO 8601 instant in UTC, ending in Z.' });
export const CalendarDate = z.string().refine(isCalendarDate, { message: 'Expected a date YYYY-MM-DD.' });
export const TimeOfDay = z.string().refine((t) => parseTimeOfDay(t) !== null, { message: 'Expected a time HH:MM.' });
export const Trilingual = z.object({ fi: StorableText, sv: StorableText, en: StorableText });

export const ServiceLanguage = z.enum(SERVICE_LANGUAGES);
export const Topic = z.enum(TOPICS);
/** One or more topics, each once. */
export const Topics = z
  .array(Topic)
  .min(1, 'Choose at least one topic.')
  .refine((t) => new Set(t).size === t.length, { message: 'A topic is chosen once.' });

/** A library, community centre or service centre desk giving digital help. */
export const ServicePoint = z.object({
  id: Id,
  name: Trilingual.refine((t) => t.fi.trim() !== '', { message: 'Write the Finnish name.', path: ['fi'] }),
  /** The letter before its ticket numbers ("D" for D012). */
  ticketPrefix: z.string().regex(/^[A-Z]$/, 'A ticket prefix is one capital letter A–Z.'),
  active: z.boolean(),
  /**
   * The booking units in the same building (bookings' `booking_unit` ids), none or several: one
   * building can hold a library and a cultural centre that book their rooms as units of their
   * own (Itäkeskus library and Stoa). A service point and a booking unit are kept by different
   * workspaces and nothing else joins them, yet a kiosk at the point shows the spaces a customer
   * can book in the same building first. Optional: rows stored before the link (the central's
   * `data`, the desks' caches) still parse.
   */
  unitIds: z
    .array(Id)
    .max(SERVICE_POINT_UNITS_MAX, `A service point names at most ${SERVICE_POINT_UNITS_MAX} booking units in its building.`)
    .refine((u) => new Set(u).size === u.length, { message: 'A booking unit is named once.' })
    .optional(),
});
export type ServicePoint = z.infer<typeof ServicePoint>;

/**
 * A walk-in's place in a service point's queue. `queuedAt` orders the queue: a transferred ticket
 * keeps its original one, so the customer does not start over at the back.
 */
export const QueueTicket = z
  .object({
    id: Id,
    servicePointId: Id,
    /** The Helsinki day the number belongs to: numbers start over every day. */
    serviceDate: CalendarDate,
    number: z.number().int().min(1).max(TICKET_NUMBER_MAX),
    label: z.string().regex(/^[A-Z]\d{3}$/),
    source: z.enum(TICKET_SOURCES),
    topicHint: Topic.nullable(),
    language: ServiceLanguage.nullable(),
    status: z.enum(TICKET_STATUSES),
    issuedAt: UtcInstant,
    queuedAt: UtcInstant,
    calledAt: UtcInstant.nullable(),
    /** Calls after the first. */
    recallCount: z.number().int().nonnegative(),
    /** The helper who called and serves the ticket. */
    helperId: Id.nullable(),
    serviceStartedAt: UtcInstant.nullable(),
    closedAt: UtcInstant.nullable(),
    transferredFromTicketId: Id.nullable(),
    transferredToTicketId: Id.nullable(),
  })
  .superRefine((t, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((t.status === 'transferred') !== (t.transferredToTicketId !== null)) issue('transferredToTicketId', 'A transferred ticket, and only that, names the ticket it became.');
    if (t.status !== 'waiting' && t.status !== 'transferred' && t.calledAt === null) issue('calledAt', 'A ticket past waiting was called.');
    if ((t.status === 'in_service' || t.status === 'done') && t.serviceStartedAt === null) issue('serviceStartedAt', 'A served ticket records when its service started.');
  });
export type QueueTicket = z.infer<typeof QueueTicket>;

export const Note = StorableText.trim().min(1).max(NOTE_MAX, `A note is at most ${NOTE_MAX} characters.`);

/**
 * One customer contact, anonymous: its channel, topics, language, optional coarse descriptors,
 * outcome and referral. A timed session has its start and end; one logged afterwards (in bulk)
 * has only the hour it happened in and a duration bucket.
 */
export const HelpSession = z
  .object({
    id: Id,
    servicePointId: Id,
    channel: z.enum(CHANNELS),
    helperType: z.enum(HELPER_TYPES),
    /** When the help happened: the timer's start, or the start of the hour of a bulk log. */
    occurredAt: UtcInstant,
    startedAt: UtcInstant.nullable(),
    endedAt: UtcInstant.nullable(),
    durationBucket: z.enum(DURATION_BUCKETS),
    topics: Topics,
    serviceLanguage: ServiceLanguage,
    interpreted: z.boolean(),
    ageBand: z.enum(AGE_BANDS).nullable(),
    firstTimeUser: z.boolean().nullable(),
    outcome: z.enum(OUTCOMES),
    referral: z.enum(REFERRALS),
    /** Erased at noteExpiresAt (retention.ts); never personal data (personal-data.ts). */
    note: Note.nullable(),
    noteExpiresAt: UtcInstant.nullable(),
    ticketId: Id.nullable(),
    appointmentId: Id.nullable(),
    loggedBy: Id,
    loggedAt: UtcInstant,
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((s.startedAt === null) !== (s.endedAt === null)) issue('endedAt', 'A timed session has both its start and its end.');
    if (s.startedAt !== null && s.endedAt !== null && s.endedAt < s.startedAt) issue('endedAt', 'A session ends after it starts.');
    if ((s.note === null) !== (s.noteExpiresAt === null)) issue('noteExpiresAt', 'A note, and only a note, has an expiry.');
  });
export type HelpSession = z.infer<typeof HelpSession>;

/** A helper's bookable hours on one day, cut into slots of one length. */
export const HelperCalendar = z
  .object({
    id: Id,
    servicePointId: Id,
    helperId: Id,
    date: CalendarDate,
    startTime: TimeOfDay,
    endTime: TimeOfDay,
    slotLengthMin: z.number().refine((n) => (SLOT_LENGTHS_MIN as readonly number[]).includes(n), { message: `A slot lasts ${SLOT_LENGTHS_MIN.join(', ')} minutes.` }),
    /**
     * Closed hours offer no slots; the row stays, so what was opened and closed can be traced.
     * Optional: rows stored before hours could be closed still parse.
     */
    closedAt: UtcInstant.nullable().optional(),
  })
  .superRefine((c, ctx) => {
    const start = parseTimeOfDay(c.startTime) ?? 0;
    const end = parseTimeOfDay(c.endTime) ?? 0;
    if (end - start < c.slotLengthMin) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'The hours hold at least one slot.' });
  });
export type HelperCalendar = z.infer<typeof HelperCalendar>;

/** What the customer tells when booking, so the helper can prepare (brief 1.7). */
export const Intake = z.object({
  topic: Topic,
  ownDevice: z.boolean(),
  language: ServiceLanguage,
  accessibilityNeeds: StorableText.trim().max(LONG_TEXT_MAX / 4).nullable(),
});

/**
 * A booked help time in one slot of a helper's calendar. The contact is the only personal data of
 * the workspace: it is kept for reminders and erased after the appointment (brief 1.8).
 */
export const Appointment = z
  .object({
    id: Id,
    servicePointId: Id,
    calendarId: Id,
    startsAt: UtcInstant,
    endsAt: UtcInstant,
    intake: Intake,
    contact: z.object({ email: z.email().max(254).nullable(), phone: StorableText.max(32).nullable() }).nullable(),
    bookedVia: z.enum(TICKET_SOURCES),
    status: z.enum(APPOINTMENT_STATUSES),
    bookedAt: UtcInstant,
    remindedAt: UtcInstant.nullable(),
    closedAt: UtcInstant.nullable(),
    cancelReason: StorableText.max(LONG_TEXT_MAX).nullable(),
    followUpOfSessionId: Id.nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.endsAt <= a.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'An appointment ends after it starts.' });
    if (a.status === 'reminded' && a.remindedAt === null) ctx.addIssue({ code: 'custom', path: ['remindedAt'], message: 'A reminded appointment records when.' });
  });
export type Appointment = z.infer<typeof Appointment>;

/** A customer at a kiosk asked for staff: it shows in the staff queue at once. */
export const HelpRequest = z.object({
  id: Id,
  servicePointId: Id,
  kioskId: Id,
  language: ServiceLanguage,
  status: z.enum(HELP_REQUEST_STATUSES),
  createdAt: UtcInstant,
  closedAt: UtcInstant.nullable(),
});
export type HelpRequest = z.infer<typeof HelpRequest>;

/** Entity name on the wire -> schema, scope (domain/roles.ts SCOPES) and the field holding the row's service point. */
export const ASSIST_ENTITIES = {
  as_service_point: { schema: ServicePoint, scope: ASSIST_SCOPES.public, partitionBy: 'id' },
  as_helper_calendar: { schema: HelperCalendar, scope: ASSIST_SCOPES.public, partitionBy: 'servicePointId' },
  as_queue_ticket: { schema: QueueTicket, scope: ASSIST_SCOPES.desk, partitionBy: 'servicePointId' },
  as_help_session: { schema: HelpSession, scope: ASSIST_SCOPES.desk, partitionBy: 'servicePointId' },
  as_appointment: { schema: Appointment, scope: ASSIST_SCOPES.desk, partitionBy: 'servicePointId' },
  as_help_request: { schema: HelpRequest, scope: ASSIST_SCOPES.desk, partitionBy: 'servicePointId' },
} as const satisfies Record<string, { schema: z.ZodType; scope: string; partitionBy: string }>;

export type AssistEntityName = keyof typeof ASSIST_ENTITIES;
export type AssistEntityRecord = { [E in AssistEntityName]: z.infer<(typeof ASSIST_ENTITIES)[E]['schema']> };
