import { z } from 'zod';
import { StorableText } from '../text.ts';
import { ReadPurpose } from '../audit/entry.ts';
import type { Language, Localized } from '../languages.ts';
import type { ErrorCode } from '../errors.ts';
import type { Child, Cohort, Enrolment, Event, EventGroup, Guardianship, Message, Occurrence, Venue } from './entities.ts';
import { Id } from './entities.ts';
import type { OccurrenceCounts } from './statistics.ts';
import { FIRST_COHORT_YEAR, RECIPIENT_SELECTIONS } from './vocabulary.ts';
import {
  CancelEnrolmentPayload,
  EnrolPayload,
  EraseChildPayload,
  ImportTicketCodesPayload,
  MarkAttendanceBulkPayload,
  MarkAttendancePayload,
  MoveEnrolmentPayload,
  PublishEventPayload,
  PublishGroupPayload,
  SubscribeFreeSpotPayload,
  UnsubscribeAllPayload,
  UnsubscribeFreeSpotPayload,
  CreateVenuePayload,
  UpdateVenuePayload,
  CopyVenuesPayload,
  CreateEventGroupPayload,
  UpdateEventGroupPayload,
  CreateEventPayload,
  UpdateEventPayload,
  SetEventReadyPayload,
  CreateOccurrencePayload,
  UpdateOccurrencePayload,
  CancelOccurrencePayload,
  SendMessagePayload,
} from './commands.ts';

/**
 * The Culture Kids workspace's part of the renderer contract (domain/contract.ts spreads it in).
 * Inputs are zod schemas checked at every bridge; outputs are plain JSON view models. Every query
 * that answers with a child's or a guardian's personal data takes the purpose of the read: the
 * core records it in the audit trail (who, when, why) before it answers.
 */

// ---------- purpose of a read of personal data ----------

/** Why staff read a family's data (domain/audit's list; the registry asks once per session). */
const PurposeFields = { purpose: ReadPurpose, purposeText: StorableText.trim().max(500).optional() };

// ---------- view models ----------

/** What the signed-in user may do on one cohort (their grants on it, or unscoped ones). */
export interface CohortRights {
  admin: boolean;
  publish: boolean;
  manageGroups: boolean;
  messageAll: boolean;
  viewFamilies: boolean;
}

export interface CohortOption {
  id: string;
  year: number;
  name: Localized;
  enrolmentLimit: number;
  singleEventsAllowed: boolean;
  rights: CohortRights;
  /** Children of the cohort in the cache (erased ones included: they still count). */
  childCount: number;
}

export type Participation = 'never' | 'enrolled' | 'attended' | 'cancelled' | 'no_show';
export const PARTICIPATIONS = ['never', 'enrolled', 'attended', 'cancelled', 'no_show'] as const satisfies readonly Participation[];

/** A registry row: names only, never contact details. */
export interface ChildRow {
  id: string;
  cohortId: string;
  birthYear: number;
  firstName: string;
  lastName: string;
  postalCode: string;
  /** The postal area's name (fi), null when the code is not a Helsinki street area. */
  postalArea: string | null;
  /** "First Last" of each guardian, sorted. */
  guardianNames: string[];
  /** The guardians' home languages (alpha-3 or __OTHER__), sorted, distinct. */
  homeLanguages: string[];
  /** Enrolments by status. */
  enrolled: number;
  attended: number;
  cancelled: number;
  noShow: number;
  createdAt: string;
  erased: boolean;
}

export interface ChildPage {
  rows: ChildRow[];
  total: number;
}

export interface GuardianView {
  /** The guardian's row id in this cohort (Guardian.id). */
  id: string;
  guardianId: string;
  firstName: string;
  lastName: string;
  language: Language;
  homeLanguages: string[];
  acceptsCommunication: boolean;
  active: boolean;
  relationship: Guardianship['relationship'];
  /** Only with "view families" on the child's cohort; otherwise null (never pulled into the cache). */
  contact: { email: string; phone: string } | null;
}

export interface ParticipationRow {
  enrolment: Enrolment;
  eventName: Localized;
  /** null for an external event's code. */
  occurrenceStartsAt: string | null;
  venueName: Localized | null;
  pending: boolean;
}

/** A child's place in an occurrence's free-spot queue. */
export interface FreeSpotPlace {
  occurrenceId: string;
  eventName: Localized;
  occurrenceStartsAt: string;
  venueName: Localized | null;
  /** When the child joined the queue. */
  since: string;
  /** When the family was told of a free seat (null: not yet). */
  notifiedAt: string | null;
  pending: boolean;
}

export interface ChildDetail {
  child: Child;
  cohortYear: number;
  postalArea: string | null;
  rights: CohortRights;
  guardians: GuardianView[];
  /** Only with "view families"; null otherwise. */
  notes: string | null;
  /** Newest occurrence first. */
  participation: ParticipationRow[];
  /** The child's places in free-spot queues, soonest occurrence first. */
  freeSpots: FreeSpotPlace[];
  pending: boolean;
}

export interface OccurrenceView {
  occurrence: Occurrence;
  venueName: Localized;
  counts: OccurrenceCounts;
  remaining: number;
  /** The ticket window (60 minutes before the start to 60 after the end). */
  checkInOpensAt: string;
  checkInClosesAt: string;
}

export interface EventView {
  event: Event;
  occurrences: OccurrenceView[];
  /** Totals over its occurrences. */
  capacity: number;
  enrolled: number;
  attended: number;
  /** External events: the ticket codes. */
  codes: { free: number; used: number } | null;
  pending: boolean;
}

export interface CohortProgram {
  cohort: Cohort;
  rights: CohortRights;
  venues: Venue[];
  eventGroups: (EventGroup & { eventIds: string[]; pending: boolean })[];
  /** Events with their occurrences, by name (fi). */
  events: EventView[];
}

export interface AttendeeRow {
  enrolmentId: string;
  childId: string;
  firstName: string;
  lastName: string;
  guardianNames: string[];
  /** The first guardian's contact language (what the door staff may speak). */
  guardianLanguage: Language | null;
  status: Enrolment['status'];
  enrolledBy: Enrolment['enrolledBy'];
  pending: boolean;
}

export interface AttendeeList {
  occurrence: Occurrence;
  eventName: Localized;
  venueName: Localized;
  counts: OccurrenceCounts;
  checkInOpensAt: string;
  checkInClosesAt: string;
  /** Cancelled enrolments are listed last (they hold no seat). */
  rows: AttendeeRow[];
}

/** A scanned ticket as the door sees it, checked offline against the cache. */
export type TicketCheck =
  | {
      valid: true;
      enrolmentId: string;
      occurrenceId: string;
      childFirstName: string;
      childLastName: string;
      eventName: Localized;
      startsAt: string;
      status: Enrolment['status'];
      /** Marked attended before this scan. */
      alreadyAttended: boolean;
    }
  | { valid: false; code: ErrorCode; message: string };

export interface RecipientCount {
  count: number;
  /** The draft's selection is refused (e.g. "all" without the permission); count is then 0. */
  refusal: { code: ErrorCode; message: string } | null;
}

export interface MessageRow {
  message: Message;
  /** Delivery counts the central keeps on the message as the outbox delivers (null: not yet known). */
  delivery: { queued: number; sent: number; failed: number } | null;
  pending: boolean;
}

export interface MessageHistory {
  rows: MessageRow[];
  total: number;
}

export interface TicketCodeStatus {
  eventId: string;
  eventName: Localized;
  free: number;
  used: number;
  /** Few codes left for the families still invited (ticket-codes.ts). */
  low: boolean;
}

export interface CohortReports {
  cohortId: string;
  /** Children by registration date (Helsinki), ascending. */
  registrationsByDate: { date: string; count: number }[];
  byPostalArea: { postalCode: string; area: string | null; count: number }[];
  /** Children by a guardian's home language (a child counts once per language). */
  byHomeLanguage: { language: string; count: number }[];
  events: { eventId: string; name: Localized; capacity: number; enrolments: number; attended: number; cancelled: number; noShows: number }[];
}

// ---------- inputs ----------

const Year = z.number().int().min(FIRST_COHORT_YEAR).max(2100);

/** The registry's filters (each a removable tag); text matches child and guardian names, diacritics folded. */
export const RegistryFilter = z
  .object({
    text: StorableText.trim().max(200).optional(),
    cohortIds: z.array(Id).max(20).optional(),
    birthYears: z.array(Year).max(20).optional(),
    postalCodes: z.array(z.string().regex(/^\d{5}$/)).max(100).optional(),
    homeLanguages: z.array(z.string().regex(/^([a-z]{3}|__OTHER__)$/)).max(40).optional(),
    /** A child matches when it has any of these (never: no enrolment at all). */
    participation: z.array(z.enum(PARTICIPATIONS)).max(5).optional(),
  })
  .strict();
export type RegistryFilter = z.infer<typeof RegistryFilter>;

export const REGISTRY_SORT_COLUMNS = ['lastName', 'firstName', 'birthYear', 'postalCode', 'createdAt'] as const;

export const SearchChildrenInput = z
  .object({
    filter: RegistryFilter.default({}),
    sort: z.object({ column: z.enum(REGISTRY_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).default({ column: 'lastName', direction: 'asc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
    ...PurposeFields,
  })
  .strict();
export type SearchChildrenInput = z.input<typeof SearchChildrenInput>;

/** The registry export's params (files.exportXlsx `cultureKids.registry`): the grid's search and why. */
export const RegistryExportParams = SearchChildrenInput.omit({ offset: true, limit: true });

/** The attendee list printout's params (files.printPdf `cultureKids.attendees`). */
export const AttendeesInput = z.object({ occurrenceId: Id, ...PurposeFields }).strict();

const Empty = z.object({}).strict();
const ByCohort = z.object({ cohortId: Id }).strict();

export const GetChildInput = z.object({ id: Id, ...PurposeFields }).strict();

/** `occurrenceId`: the occurrence the door checks in (a ticket for another is refused). */
export const VerifyTicketInput = z
  .object({ text: z.string().max(2000), occurrenceId: Id.optional(), purpose: ReadPurpose.default('check_in'), purposeText: PurposeFields.purposeText })
  .strict();

export const RecipientCountInput = z
  .object({ cohortId: Id, selection: z.enum(RECIPIENT_SELECTIONS), eventId: Id.nullable().default(null), occurrenceIds: z.array(Id).max(200).default([]) })
  .strict();

export const ListMessagesInput = z.object({ cohortId: Id, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) }).strict();

/** The child's data as the GDPR export shapes it, fetched from the central and saved as a file. */
export const GdprExportInput = z.object({ childId: Id, ...PurposeFields }).strict();

/** Commands: the payloads without the ids the client makes itself. */
export const EnrolInput = EnrolPayload.omit({ enrolmentId: true }).strict();
export const MoveEnrolmentInput = MoveEnrolmentPayload.omit({ newEnrolmentId: true }).strict();
export const SubscribeFreeSpotInput = SubscribeFreeSpotPayload.omit({ subscriptionId: true }).strict();
export const CreateVenueInput = CreateVenuePayload.omit({ venueId: true }).strict();
export const CreateEventGroupInput = CreateEventGroupPayload.omit({ eventGroupId: true }).strict();
/** The fields without the id (made by the core); the payload's own checks run again when it is queued. */
export const CreateEventInput = z.object(CreateEventPayload.shape).omit({ eventId: true }).strict();
export const CreateOccurrenceInput = CreateOccurrencePayload.omit({ occurrenceId: true }).strict();
export const SendMessageInput = z.object(SendMessagePayload.shape).omit({ messageId: true }).strict();

export const CULTURE_KIDS_CONTRACT_INPUTS = {
  'cultureKids.listCohorts': Empty,
  'cultureKids.searchChildren': SearchChildrenInput,
  'cultureKids.getChild': GetChildInput,
  'cultureKids.program': ByCohort,
  'cultureKids.attendees': AttendeesInput,
  'cultureKids.verifyTicket': VerifyTicketInput,
  'cultureKids.recipientCount': RecipientCountInput,
  'cultureKids.listMessages': ListMessagesInput,
  'cultureKids.ticketCodes': ByCohort,
  'cultureKids.reports': ByCohort,
  'cultureKids.gdprExport': GdprExportInput,
  'cultureKids.enrol': EnrolInput,
  'cultureKids.cancelEnrolment': CancelEnrolmentPayload.strict(),
  'cultureKids.moveEnrolment': MoveEnrolmentInput,
  'cultureKids.subscribeFreeSpot': SubscribeFreeSpotInput,
  'cultureKids.unsubscribeFreeSpot': UnsubscribeFreeSpotPayload.strict(),
  'cultureKids.unsubscribeAll': UnsubscribeAllPayload.strict(),
  'cultureKids.markAttendance': MarkAttendancePayload.strict(),
  'cultureKids.markAttendanceBulk': MarkAttendanceBulkPayload.strict(),
  'cultureKids.publishEvent': PublishEventPayload.strict(),
  'cultureKids.publishGroup': PublishGroupPayload.strict(),
  'cultureKids.importTicketCodes': ImportTicketCodesPayload.strict(),
  'cultureKids.eraseChild': EraseChildPayload.strict(),
  'cultureKids.createVenue': CreateVenueInput,
  'cultureKids.updateVenue': UpdateVenuePayload.strict(),
  'cultureKids.copyVenues': CopyVenuesPayload.strict(),
  'cultureKids.createEventGroup': CreateEventGroupInput,
  'cultureKids.updateEventGroup': UpdateEventGroupPayload.strict(),
  'cultureKids.createEvent': CreateEventInput,
  'cultureKids.updateEvent': UpdateEventPayload,
  'cultureKids.setEventReady': SetEventReadyPayload.strict(),
  'cultureKids.createOccurrence': CreateOccurrenceInput,
  'cultureKids.updateOccurrence': UpdateOccurrencePayload.strict(),
  'cultureKids.cancelOccurrence': CancelOccurrencePayload.strict(),
  'cultureKids.sendMessage': SendMessageInput,
} as const;
