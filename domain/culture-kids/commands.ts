import { z } from 'zod';
import { LONG_TEXT_MAX, StorableText } from '../text.ts';
import { Id } from './entities.ts';
import { CULTURE_KIDS_PERMISSIONS } from './vocabulary.ts';

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
} as const satisfies Record<string, { payload: z.ZodType; permission: string; versioned: boolean }>;

export type CultureKidsCommandType = keyof typeof CULTURE_KIDS_COMMANDS;
export type CultureKidsCommandPayload<T extends CultureKidsCommandType> = z.infer<(typeof CULTURE_KIDS_COMMANDS)[T]['payload']>;
