/**
 * The words every part of the Assistance workspace shares (walk-in digital help, "digituki"; brief
 * assistance section 1). Enum values are the research notes' proposed model (1.4, 1.7), so that
 * exports map one to one to the city's knowledge-management categories.
 */

/** The DVV forms of support: in person (walk-in, booked, home visit, group), remote (phone, video, chat). */
export const CHANNELS = ['walk_in', 'booked', 'phone', 'video', 'chat', 'home_visit', 'event_group'] as const;
export type Channel = (typeof CHANNELS)[number];

export const TOPICS = [
  'device_basics',
  'smartphone_apps',
  'email_account',
  'strong_auth',
  'eservices_public',
  'library_eservices',
  'online_safety',
  'social_media_communication',
  'documents_printing_scanning',
  'job_seeking',
  'online_shopping_payments',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Finnish, Swedish, English and the common newcomer languages; `other` for the rest. */
export const SERVICE_LANGUAGES = ['fi', 'sv', 'en', 'ru', 'ar', 'so', 'et', 'uk', 'other'] as const;
export type ServiceLanguage = (typeof SERVICE_LANGUAGES)[number];

/** Coarse and optional; never a birth date (brief 1.8). */
export const AGE_BANDS = ['under_18', '18_29', '30_64', '65_74', '75_plus', 'unknown'] as const;

export const HELPER_TYPES = ['staff', 'volunteer', 'partner_org', 'student'] as const;

export const OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'out_of_scope', 'customer_left'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const REFERRALS = ['none', 'kansalaisneuvonta', 'authority_service', 'bank', 'operator_or_vendor', 'city_service_point', 'booked_followup', 'digituki_course', 'ngo'] as const;

/** A session logged afterwards names its length as a bucket, not a start and an end. */
export const DURATION_BUCKETS = ['under_5', '5_15', '15_30', '30_60', 'over_60'] as const;
export type DurationBucket = (typeof DURATION_BUCKETS)[number];

export const TICKET_STATUSES = ['waiting', 'called', 'in_service', 'done', 'no_show', 'transferred'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Where a ticket was taken: at the desk by staff, or by the customer at a kiosk. */
export const TICKET_SOURCES = ['desk', 'kiosk'] as const;

export const APPOINTMENT_STATUSES = ['booked', 'reminded', 'done', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const HELP_REQUEST_STATUSES = ['open', 'acknowledged', 'closed'] as const;

/** Booked help is given in slots of these lengths (brief 1.7: 30–60 min per helper). */
export const SLOT_LENGTHS_MIN = [30, 45, 60] as const;
/** Help hours are opened for a day, or the same weekday for up to this many weeks (a season's rota is opened a term at a time). */
export const HOURS_WEEKS_MAX = 12;

/** When a queue forms, one customer gets about this long (the Kemi cap); past it staff are warned, softly. */
export const SOFT_CAP_MIN = 30;
/** The warning comes this long before the cap. */
export const SOFT_CAP_EARLY_MIN = 25;
/** A free-text note is erased this many days after the session. */
export const NOTE_RETENTION_DAYS = 14;
export const NOTE_MAX = 500;
/** Report cells counting fewer than this are hidden (k-anonymity). */
export const SUPPRESSION_THRESHOLD = 5;
/** The most sessions one bulk log takes (a busy drop-in hour, with room to spare). */
export const BULK_MAX = 100;
/** Ticket numbers run 1..999 per service point per day, shown with the point's letter ("D012"). */
export const TICKET_NUMBER_MAX = 999;
/** The most booking units a service point names in its building (a library and a cultural centre or two under one roof). */
export const SERVICE_POINT_UNITS_MAX = 8;

/**
 * The permissions of the workspace (domain/roles.ts PERMISSIONS says which role holds each): a
 * helper holds staff, ticket, book and reports; a volunteer logs sessions and works the queue but
 * sees no reports (issue 9, item 4); a supervisor adds supervisor; a kiosk holds ticket, book and
 * request_help only.
 */
export const ASSIST_PERMISSIONS = {
  /** The queue, the session log, appointments: every helper, volunteers included. */
  staff: 'assist.staff',
  /** Take a queue ticket: a helper at the desk, or a customer at a kiosk. */
  ticket: 'assist.ticket',
  /** Book help time: a helper, or a customer at a kiosk. */
  book: 'assist.book',
  /** Ask for staff at a kiosk. */
  requestHelp: 'assist.request_help',
  /** Dashboards, reports and exports (aggregated and suppressed). */
  reports: 'assist.reports',
  /** Service points, helper calendars and slot lengths. */
  supervisor: 'assist.supervisor',
} as const;
export type AssistPermission = (typeof ASSIST_PERMISSIONS)[keyof typeof ASSIST_PERMISSIONS];

/**
 * The sync scopes of the workspace (domain/roles.ts SCOPES), split by service point. The public one holds what a queue
 * display and a kiosk may show; the desk one also holds sessions, appointments and their intake.
 */
export const ASSIST_SCOPES = {
  public: 'assist.public',
  desk: 'assist.desk',
} as const;
