import { z } from 'zod';
import { Language } from '../languages.ts';
import type { Scope } from '../roles.ts';
import { StorableText } from '../text.ts';
import { helsinkiPostalArea } from './postal-codes.ts';
import {
  CANCEL_KINDS,
  ENROLLED_BY,
  ENROLMENT_STATUSES,
  EXTERNAL_TICKET_SYSTEMS,
  FIRST_COHORT_YEAR,
  MESSAGE_PROTOCOLS,
  PARTICIPANTS_PER_INVITE,
  RECIPIENT_SELECTIONS,
  RELATIONSHIP_TYPES,
  TICKET_KINDS,
  TICKETING_MODES,
} from './vocabulary.ts';

/**
 * The records that sync carries for the Culture Kids workspace, shaped after kukkuu (brief
 * culture-kids section 1) with its gaps closed: enrolments keep a status, children hold no identity
 * code and no birth date, and a guardian's e-mail and phone are records of their own. Instants are
 * ISO 8601 UTC; every row names its cohort, the partition its scope is split by.
 */
export const Id = StorableText.min(1, 'An id cannot be empty.');
export const UtcInstant = z.iso.datetime({ message: 'Expected an ISO 8601 instant in UTC, ending in Z.' });
const Text = StorableText;
export const Trilingual = z.object({ fi: Text, sv: Text, en: Text });
export type Trilingual = z.infer<typeof Trilingual>;
/** Finnish is the required language of every published text (kukkuu's MISSING_DEFAULT_TRANSLATION). */
export const FinnishRequired = Trilingual.refine((t) => t.fi.trim() !== '', { message: 'Write the Finnish text.', path: ['fi'] });
const Count = z.number().int().nonnegative();
const HttpUrl = z.url({ protocol: /^https?$/, message: 'Expected an http(s) address.' });

/** A Helsinki home postal code (Posti street area): the registry is for children living in Helsinki. */
export const HelsinkiPostalCode = z
  .string()
  .regex(/^\d{5}$/, 'A postal code has five digits.')
  .refine((c) => helsinkiPostalArea(c) !== undefined, { message: 'Not a Helsinki home postal code.' });

/** One birth-year cohort (kukkuu's Project): its year is unique, and its id is the partition key. */
export const Cohort = z.object({
  id: Id,
  year: z.number().int().min(FIRST_COHORT_YEAR),
  /** The sponsor institutions. */
  name: FinnishRequired,
  /** Participations per child per calendar year; changing it leaves existing enrolments alone. */
  enrolmentLimit: z.number().int().min(0).max(50),
  /** False: every event belongs to an event group. */
  singleEventsAllowed: z.boolean(),
});
export type Cohort = z.infer<typeof Cohort>;

/** A place of a cohort's events; venues are copied from the previous cohort, not shared. */
export const Venue = z.object({
  id: Id,
  cohortId: Id,
  name: FinnishRequired,
  address: Trilingual,
  description: Trilingual,
  accessibilityInfo: Trilingual,
  arrivalInstructions: Trilingual,
  additionalInfo: Trilingual,
  wcAndFacilities: Trilingual,
  wwwUrl: HttpUrl.nullable(),
  copiedFromVenueId: Id.nullable(),
});
export type Venue = z.infer<typeof Venue>;

/** "Choose one": a child takes one occurrence of one event of the group. */
export const EventGroup = z.object({
  id: Id,
  cohortId: Id,
  name: FinnishRequired,
  shortDescription: Trilingual.refine((t) => [t.fi, t.sv, t.en].every((s) => s.length <= 140), { message: 'A short description is at most 140 characters.' }),
  description: Trilingual,
  imageUrl: Text.nullable(),
  imageAltText: Trilingual,
  publishedAt: UtcInstant.nullable(),
});
export type EventGroup = z.infer<typeof EventGroup>;

export const EventFields = z.object({
  id: Id,
  cohortId: Id,
  eventGroupId: Id.nullable(),
  name: FinnishRequired,
  shortDescription: Trilingual.refine((t) => [t.fi, t.sv, t.en].every((s) => s.length <= 160), { message: 'A short description is at most 160 characters.' }),
  description: Trilingual,
  imageUrl: Text.nullable(),
  imageAltText: Trilingual,
  participantsPerInvite: z.enum(PARTICIPANTS_PER_INVITE),
  ticketKind: z.enum(TICKET_KINDS),
  /** Null: the default length (vocabulary.ts DEFAULT_DURATION_MIN). */
  durationMin: z.number().int().positive().max(24 * 60).nullable(),
  /** Seats per occurrence (children or families, by ticketKind); required for internal ticketing. */
  capacityPerOccurrence: Count.nullable(),
  ticketingMode: z.enum(TICKETING_MODES),
  ticketSystem: z.enum(EXTERNAL_TICKET_SYSTEMS).nullable(),
  ticketSystemUrl: HttpUrl.nullable(),
  /** External events leave the invitations after this instant. */
  ticketSystemEndTime: UtcInstant.nullable(),
  /** Marked ready for its group's publishing (grouped events only). */
  ready: z.boolean(),
  publishedAt: UtcInstant.nullable(),
});

/** The ticketing fields fit together: the event record and the create/update commands check the same. */
export function checkTicketing(e: Pick<z.infer<typeof EventFields>, 'ticketingMode' | 'capacityPerOccurrence' | 'ticketSystem' | 'ticketSystemUrl'>, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (e.ticketingMode === 'internal') {
    if (e.capacityPerOccurrence === null) issue('capacityPerOccurrence', 'An event with its own enrolment needs a capacity per occurrence.');
    if (e.ticketSystem !== null) issue('ticketSystem', 'An event with its own enrolment has no external ticket system.');
  } else {
    if (e.ticketSystem === null) issue('ticketSystem', 'Choose the external ticket system.');
    if (e.ticketSystemUrl === null) issue('ticketSystemUrl', 'An external event needs the address of its page in the ticket system.');
  }
}

export const Event = EventFields.superRefine(checkTicketing);
export type Event = z.infer<typeof Event>;

export const Occurrence = z.object({
  id: Id,
  cohortId: Id,
  eventId: Id,
  venueId: Id,
  startsAt: UtcInstant,
  /** Replaces the event's capacity for this occurrence; 0 closes it. */
  capacityOverride: Count.nullable(),
  language: Language,
  /** Cancelled by staff: its enrolments are cancelled with it and the families told; the row stays. */
  cancelledAt: UtcInstant.nullable(),
});
export type Occurrence = z.infer<typeof Occurrence>;

const Name = Text.trim().max(64, 'A name is at most 64 characters.');

/**
 * A child of the registry: a name, a birth year and a home postal code only (no identity code, no
 * birth date). The birth year fixes the cohort and never changes. An erased child keeps its row,
 * cohort, postal code and family key, so that statistics keep their counts, with the name cleared.
 */
export const Child = z
  .object({
    id: Id,
    cohortId: Id,
    /** Pseudonymous key shared by siblings: family tickets seat them together. */
    familyId: Id,
    firstName: Name,
    lastName: Name,
    birthYear: z.number().int().min(FIRST_COHORT_YEAR),
    postalCode: HelsinkiPostalCode,
    createdAt: UtcInstant,
    erasedAt: UtcInstant.nullable(),
  })
  .superRefine((c, ctx) => {
    if (c.erasedAt === null && c.firstName === '') ctx.addIssue({ code: 'custom', path: ['firstName'], message: 'Write the child\'s first name.' });
  });
export type Child = z.infer<typeof Child>;

/** The family's free-text notes on a child: personal data, so in the registry scope with the contacts. */
export const ChildNotes = z.object({ id: Id, childId: Id, cohortId: Id, notes: Text.max(4000) });
export type ChildNotes = z.infer<typeof ChildNotes>;

/** A guardian's home language: ISO 639 alpha-3, or `__OTHER__`. */
export const HomeLanguage = z.string().regex(/^([a-z]{3}|__OTHER__)$/, 'Expected an ISO 639 alpha-3 code or __OTHER__.');

/**
 * A guardian as one cohort sees them. A guardian with children in two cohorts has a row in each
 * (id `<guardianId>@<cohortId>`, guardianRowId): a scope is partitioned by one field, and an
 * admin of one cohort must not receive another cohort's families.
 */
export const Guardian = z.object({
  id: Id,
  guardianId: Id,
  cohortId: Id,
  firstName: Name,
  lastName: Name,
  /** The language e-mail and SMS are written in. */
  language: Language,
  homeLanguages: z.array(HomeLanguage).max(30),
  /** Invitations and staff messages (kukkuu's has_accepted_communication). */
  acceptsCommunication: z.boolean(),
  /** A deactivated account gets no message at all and is not counted as a recipient. */
  active: z.boolean(),
  deactivatedAt: UtcInstant.nullable(),
  erasedAt: UtcInstant.nullable(),
});
export type Guardian = z.infer<typeof Guardian>;

/** A guardian's e-mail and phone: only users with "view families" on the cohort receive it. */
export const GuardianContact = z.object({
  id: Id,
  guardianId: Id,
  cohortId: Id,
  email: Text.max(254),
  phone: Text.max(64),
});
export type GuardianContact = z.infer<typeof GuardianContact>;

export const Guardianship = z.object({
  id: Id,
  childId: Id,
  guardianId: Id,
  cohortId: Id,
  relationship: z.enum(RELATIONSHIP_TYPES).nullable(),
});
export type Guardianship = z.infer<typeof Guardianship>;

/**
 * A child's place at an occurrence, or (external ticketing) the code handed to the child for an
 * event. Never deleted: statistics count cancellations and no-shows.
 */
export const Enrolment = z
  .object({
    id: Id,
    cohortId: Id,
    childId: Id,
    /** Copied from the child: family tickets count seats by family. */
    familyId: Id,
    eventId: Id,
    eventGroupId: Id.nullable(),
    /** Null for an external event: the child holds a code instead of a seat. */
    occurrenceId: Id.nullable(),
    ticketCodeId: Id.nullable(),
    /** The calendar year the enrolment counts in for the yearly limit (yearly-limit.ts). */
    countsForYear: z.number().int().min(FIRST_COHORT_YEAR),
    status: z.enum(ENROLMENT_STATUSES),
    createdAt: UtcInstant,
    enrolledBy: z.enum(ENROLLED_BY),
    /** The staff member who enrolled, and why (phone-in requests); null for the family's own. */
    staffActorId: Id.nullable(),
    staffReason: Text.nullable(),
    cancelledAt: UtcInstant.nullable(),
    cancelKind: z.enum(CANCEL_KINDS).nullable(),
    cancelledBy: Id.nullable(),
    cancelReason: Text.nullable(),
    /** A moved enrolment points to the one that replaced it. */
    movedToEnrolmentId: Id.nullable(),
    attendanceMarkedAt: UtcInstant.nullable(),
    attendanceMarkedBy: Id.nullable(),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((e.occurrenceId === null) === (e.ticketCodeId === null)) issue('occurrenceId', 'An enrolment holds either an occurrence or an external ticket code.');
    if ((e.status === 'cancelled') !== (e.cancelKind !== null)) issue('cancelKind', 'A cancelled enrolment, and only that, says why it was cancelled.');
    if (e.enrolledBy === 'staff' && !e.staffReason) issue('staffReason', 'An enrolment made by staff records why.');
  });
export type Enrolment = z.infer<typeof Enrolment>;

/** A child waiting for a free spot on a full occurrence; `notifiedAt` when told of one. */
export const FreeSpotSubscription = z.object({
  id: Id,
  cohortId: Id,
  childId: Id,
  occurrenceId: Id,
  eventId: Id,
  createdAt: UtcInstant,
  notifiedAt: UtcInstant.nullable(),
});
export type FreeSpotSubscription = z.infer<typeof FreeSpotSubscription>;

/** A pre-loaded coupon of an external ticket system; free while childId is null. */
export const TicketCode = z.object({
  id: Id,
  cohortId: Id,
  eventId: Id,
  value: Text.trim().min(1).max(64),
  childId: Id.nullable(),
  assignedAt: UtcInstant.nullable(),
  importedAt: UtcInstant,
});
export type TicketCode = z.infer<typeof TicketCode>;

/** A message to a segment of one cohort; sent once, then immutable but for its delivery counts. */
export const Message = z
  .object({
    id: Id,
    cohortId: Id,
    protocol: z.enum(MESSAGE_PROTOCOLS),
    subject: Trilingual,
    body: FinnishRequired,
    selection: z.enum(RECIPIENT_SELECTIONS),
    eventId: Id.nullable(),
    occurrenceIds: z.array(Id),
    createdAt: UtcInstant,
    createdBy: Id,
    sentAt: UtcInstant.nullable(),
    /** Frozen when sent. */
    recipientCount: Count.nullable(),
    /** Kept up to date by the central as the notification outbox delivers (null before sending). */
    delivery: z.object({ queued: Count, sent: Count, failed: Count }).nullable(),
  })
  .superRefine((m, ctx) => {
    if (m.protocol === 'email' && m.subject.fi.trim() === '') ctx.addIssue({ code: 'custom', path: ['subject', 'fi'], message: 'Write the Finnish subject.' });
    if (m.eventId === null && m.occurrenceIds.length > 0) ctx.addIssue({ code: 'custom', path: ['occurrenceIds'], message: 'Occurrences are chosen within an event.' });
  });
export type Message = z.infer<typeof Message>;

/**
 * A cohort's public key for check-in tickets (check-in.ts): the central signs with the private
 * half, which never leaves it; the desk verifies offline against this row.
 */
export const TicketKey = z.object({
  id: Id,
  cohortId: Id,
  /** base64url of the raw 32-byte Ed25519 public key. */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Expected the base64url of a 32-byte key.'),
  createdAt: UtcInstant,
});
export type TicketKey = z.infer<typeof TicketKey>;

/**
 * Entity name on the wire -> schema, scope (domain/roles.ts SCOPES: every scope of the workspace
 * is split by cohort) and the field that holds the row's cohort.
 */
export const CULTURE_KIDS_ENTITIES = {
  ck_cohort: { schema: Cohort, scope: 'culture-kids.program', partitionBy: 'id' },
  ck_venue: { schema: Venue, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_event_group: { schema: EventGroup, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_event: { schema: Event, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_occurrence: { schema: Occurrence, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_ticket_code: { schema: TicketCode, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_message: { schema: Message, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_ticket_key: { schema: TicketKey, scope: 'culture-kids.program', partitionBy: 'cohortId' },
  ck_child: { schema: Child, scope: 'culture-kids.participants', partitionBy: 'cohortId' },
  ck_guardian: { schema: Guardian, scope: 'culture-kids.participants', partitionBy: 'cohortId' },
  ck_guardianship: { schema: Guardianship, scope: 'culture-kids.participants', partitionBy: 'cohortId' },
  ck_enrolment: { schema: Enrolment, scope: 'culture-kids.participants', partitionBy: 'cohortId' },
  ck_free_spot_subscription: { schema: FreeSpotSubscription, scope: 'culture-kids.participants', partitionBy: 'cohortId' },
  ck_guardian_contact: { schema: GuardianContact, scope: 'culture-kids.registry', partitionBy: 'cohortId' },
  ck_child_notes: { schema: ChildNotes, scope: 'culture-kids.registry', partitionBy: 'cohortId' },
} as const satisfies Record<string, { schema: z.ZodType; scope: Scope; partitionBy: string }>;

export type CultureKidsEntityName = keyof typeof CULTURE_KIDS_ENTITIES;
export type CultureKidsEntityRecord = { [E in CultureKidsEntityName]: z.infer<(typeof CULTURE_KIDS_ENTITIES)[E]['schema']> };

/** The id of a guardian's row in one cohort (see Guardian). */
export const guardianRowId = (guardianId: string, cohortId: string): string => `${guardianId}@${cohortId}`;
