import { z } from 'zod';
import { LONG_TEXT_MAX, StorableText } from '../text.ts';
import { CancelReason, Id } from './entities.ts';

/**
 * Handler commands on reservations as they travel in a push. Every string is StorableText: a
 * value the central cannot store is refused before it is queued. The event a command writes takes
 * the command's own id. Each command is versioned: it was decided on the reservation the handler saw.
 */
export const BOOKING_PERMISSIONS = {
  /** Approve, deny, return to handling and cancel (handlers and admins; reservers their own). */
  handle: 'bookings.reservations.handle',
} as const;

const HandlingNote = StorableText.trim().min(1, 'Write a note on the decision.').max(LONG_TEXT_MAX);

export const ApproveReservationPayload = z.object({
  reservationId: Id,
  note: HandlingNote,
  /** The final price when the handler changes it: a subsidy, or 0 for free of charge. Absent = as priced. */
  finalPriceCents: z.number().int('A price is counted in whole cents.').nonnegative('A price cannot be negative.').optional(),
});

export const DenyReservationPayload = z.object({
  reservationId: Id,
  denyReasonId: Id,
  /** Staff only; the customer sees the deny reason. */
  note: HandlingNote,
  /** For a paid booking the handler must choose: refund the payment, or keep it. */
  refund: z.boolean().optional(),
});

export const ReturnToHandlingPayload = z.object({ reservationId: Id });

export const CancelReservationPayload = z.object({
  reservationId: Id,
  // NOT_PAID is the system's own reason (an unpaid booking past its due date), never a person's.
  reason: CancelReason.exclude(['NOT_PAID']),
  details: StorableText.trim().max(LONG_TEXT_MAX),
});

export const BOOKING_COMMANDS = {
  'bookings.approveReservation': { payload: ApproveReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.denyReservation': { payload: DenyReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.returnToHandling': { payload: ReturnToHandlingPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.cancelReservation': { payload: CancelReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
} as const satisfies Record<string, { payload: z.ZodType; permission: string; versioned: boolean }>;

export type BookingCommandType = keyof typeof BOOKING_COMMANDS;
export type BookingCommandPayload<T extends BookingCommandType> = z.infer<(typeof BOOKING_COMMANDS)[T]['payload']>;
