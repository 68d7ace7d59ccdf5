import { z } from 'zod';
import { Language } from '../languages.ts';
import { LONG_TEXT_MAX, StorableText } from '../text.ts';
import { checkTicketing, EventFields, EventGroup, FinnishRequired, Id, UtcInstant, Venue } from './entities.ts';
import { CULTURE_KIDS_PERMISSIONS, MESSAGE_PROTOCOLS, RECIPIENT_SELECTIONS } from './vocabulary.ts';

/**
 * The staff commands of the Culture Kids workspace as they travel in a push. Each names the
 * permission it needs on the cohort of the rows it touches (the central checks it per cohort).
 * Staff act on a family's behalf with a reason, and the reason is kept on the enrolment.
 */
export const NewId = z.uuid().lowercase();
const Reason = StorableText.trim().min(1, 'Write why (for example: the family phoned).').max(LONG_TEXT_MAX);

export const EnrolPayload = z.object({
  enrolmentId: NewId,
  childId: Id,
  eventId: Id,
  /** Internal events: the occurrence; external events: null (a free code is assigned). */
  occurrenceId: Id.nullable(),
  reason: Reason,
});

export const CancelEnrolmentPayload = z.object({ enrolmentId: Id, reason: Reason });

export const MoveEnrolmentPayload = z.object({ enrolmentId: Id, newEnrolmentId: NewId, toOccurrenceId: Id, reason: Reason });

export const SubscribeFreeSpotPayload = z.object({ subscriptionId: NewId, childId: Id, occurrenceId: Id });
export const UnsubscribeFreeSpotPayload = z.object({ childId: Id, occurrenceId: Id });
/** The family's "unsubscribe from everything": every queue, and no more invitations or messages. */
export const UnsubscribeAllPayload = z.object({ guardianId: Id });

/** null clears the mark (kukkuu's "–"). */
export const Attendance = z.enum(['attended', 'no_show']).nullable();
export const MarkAttendancePayload = z.object({ enrolmentId: Id, attendance: Attendance });
export const MarkAttendanceBulkPayload = z.object({
  occurrenceId: Id,
  marks: z.array(z.object({ enrolmentId: Id, attendance: Attendance })).min(1).max(1000),
});

export const PublishEventPayload = z.object({ eventId: Id });
export const PublishGroupPayload = z.object({ eventGroupId: Id });

/** Codes pasted one per line or read from a CSV column; blank lines and surrounding spaces dropped. */
export const ImportTicketCodesPayload = z.object({
  eventId: Id,
  codes: z.array(StorableText.max(64, 'A ticket code is at most 64 characters.')).max(20_000),
});

export const EraseChildPayload = z.object({ childId: Id, reason: Reason });

// Authoring the programme. A create names the new row's id; an update sends every editable field.
const VenueFields = Venue.omit({ id: true, cohortId: true, copiedFromVenueId: true });
export const CreateVenuePayload = VenueFields.extend({ venueId: NewId, cohortId: Id });
export const UpdateVenuePayload = VenueFields.extend({ venueId: Id });
/** The previous cohort's venues into a new one; venues copied before are not copied again. */
export const CopyVenuesPayload = z.object({ fromCohortId: Id, toCohortId: Id });

const GroupFields = EventGroup.omit({ id: true, cohortId: true, publishedAt: true });
export const CreateEventGroupPayload = GroupFields.extend({ eventGroupId: NewId, cohortId: Id });
export const UpdateEventGroupPayload = GroupFields.extend({ eventGroupId: Id });

const EventEditable = EventFields.omit({ id: true, cohortId: true, ready: true, publishedAt: true });
export const CreateEventPayload = EventEditable.extend({ eventId: NewId, cohortId: Id }).superRefine(checkTicketing);
export const UpdateEventPayload = EventEditable.extend({ eventId: Id }).superRefine(checkTicketing);
export const SetEventReadyPayload = z.object({ eventId: Id, ready: z.boolean() });

const Capacity = z.number().int().nonnegative().max(100_000);
export const CreateOccurrencePayload = z.object({ occurrenceId: NewId, eventId: Id, venueId: Id, startsAt: UtcInstant, capacityOverride: Capacity.nullable(), language: Language });
/**
 * A published occurrence with enrolments keeps its time and venue unless the change says it
 * knows the families will be told (publishing.ts occurrenceChangeRefusal).
 */
export const UpdateOccurrencePayload = z.object({
  occurrenceId: Id,
  venueId: Id,
  startsAt: UtcInstant,
  capacityOverride: Capacity.nullable(),
  language: Language,
  noticeAcknowledged: z.boolean(),
});
export const CancelOccurrencePayload = z.object({ occurrenceId: Id, reason: Reason });

/** Created and sent at once: the central freezes the recipients and queues them in the notification outbox. */
export const SendMessagePayload = z
  .object({
    messageId: NewId,
    cohortId: Id,
    protocol: z.enum(MESSAGE_PROTOCOLS),
    subject: z.object({ fi: StorableText.max(200), sv: StorableText.max(200), en: StorableText.max(200) }),
    body: FinnishRequired.refine((t) => [t.fi, t.sv, t.en].every((x) => x.length <= 5000), { message: 'A message is at most 5,000 characters.' }),
    selection: z.enum(RECIPIENT_SELECTIONS),
    eventId: Id.nullable(),
    occurrenceIds: z.array(Id).max(500),
  })
  .superRefine((m, ctx) => {
    if (m.protocol === 'email' && m.subject.fi.trim() === '') ctx.addIssue({ code: 'custom', path: ['subject', 'fi'], message: 'Write the Finnish subject.' });
  });

const P = CULTURE_KIDS_PERMISSIONS;

export const CULTURE_KIDS_COMMANDS = {
  'cultureKids.enrol': { payload: EnrolPayload, permission: P.admin, versioned: false },
  'cultureKids.cancelEnrolment': { payload: CancelEnrolmentPayload, permission: P.admin, versioned: true },
  'cultureKids.moveEnrolment': { payload: MoveEnrolmentPayload, permission: P.admin, versioned: true },
  'cultureKids.subscribeFreeSpot': { payload: SubscribeFreeSpotPayload, permission: P.admin, versioned: false },
  'cultureKids.unsubscribeFreeSpot': { payload: UnsubscribeFreeSpotPayload, permission: P.admin, versioned: false },
  'cultureKids.unsubscribeAll': { payload: UnsubscribeAllPayload, permission: P.viewFamilies, versioned: false },
  'cultureKids.markAttendance': { payload: MarkAttendancePayload, permission: P.admin, versioned: false },
  'cultureKids.markAttendanceBulk': { payload: MarkAttendanceBulkPayload, permission: P.admin, versioned: false },
  'cultureKids.publishEvent': { payload: PublishEventPayload, permission: P.publish, versioned: true },
  'cultureKids.publishGroup': { payload: PublishGroupPayload, permission: P.publish, versioned: true },
  'cultureKids.importTicketCodes': { payload: ImportTicketCodesPayload, permission: P.admin, versioned: false },
  'cultureKids.eraseChild': { payload: EraseChildPayload, permission: P.viewFamilies, versioned: false },
  'cultureKids.createVenue': { payload: CreateVenuePayload, permission: P.admin, versioned: false },
  'cultureKids.updateVenue': { payload: UpdateVenuePayload, permission: P.admin, versioned: true },
  'cultureKids.copyVenues': { payload: CopyVenuesPayload, permission: P.admin, versioned: false },
  'cultureKids.createEventGroup': { payload: CreateEventGroupPayload, permission: P.manageGroups, versioned: false },
  'cultureKids.updateEventGroup': { payload: UpdateEventGroupPayload, permission: P.manageGroups, versioned: true },
  'cultureKids.createEvent': { payload: CreateEventPayload, permission: P.admin, versioned: false },
  'cultureKids.updateEvent': { payload: UpdateEventPayload, permission: P.admin, versioned: true },
  'cultureKids.setEventReady': { payload: SetEventReadyPayload, permission: P.admin, versioned: true },
  'cultureKids.createOccurrence': { payload: CreateOccurrencePayload, permission: P.admin, versioned: false },
  'cultureKids.updateOccurrence': { payload: UpdateOccurrencePayload, permission: P.admin, versioned: true },
  'cultureKids.cancelOccurrence': { payload: CancelOccurrencePayload, permission: P.admin, versioned: true },
  /** "all" needs culture-kids.message_all on the cohort besides (checked by the central per cohort). */
  'cultureKids.sendMessage': { payload: SendMessagePayload, permission: P.admin, versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: string; versioned: boolean }>;

export type CultureKidsCommandType = keyof typeof CULTURE_KIDS_COMMANDS;
export type CultureKidsCommandPayload<T extends CultureKidsCommandType> = z.infer<(typeof CULTURE_KIDS_COMMANDS)[T]['payload']>;
