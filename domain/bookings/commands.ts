import { z } from 'zod';
import { Language } from '../languages.ts';
import { LONG_TEXT_MAX, StorableText } from '../text.ts';
import { CancelReason, Id, IsoDate, Pricing, ReserveeKind, UtcInstant, WallTime, WEEKDAYS } from './entities.ts';
import { RequestReservationPayload } from './decide-request.ts';
import { UnitRules } from './unit-rules.ts';

/**
 * Handler commands on reservations as they travel in a push. Every string is StorableText: a
 * value the central cannot store is refused before it is queued. The event a command writes takes
 * the command's own id. Each command is versioned: it was decided on the reservation the handler saw.
 */
export const BOOKING_PERMISSIONS = {
  /** Approve, deny, return to handling and cancel (handlers and admins; reservers their own). */
  handle: 'bookings.reservations.handle',
  /** Edit a unit's reservation units and their prices (admins only). */
  manage: 'bookings.resources.write',
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

/** A row a command creates: its id is a UUID the client chose (the central refuses one that exists). */
export const NewId = z.uuid().lowercase();

const ShortText = StorableText.trim().max(200);
const BufferMinutes = z.number().int().min(0).max(24 * 60).nullable();

/** For whom a BEHALF booking is made; STAFF and BLOCKED bookings have no reservee. */
export const BehalfReservee = z.object({
  kind: ReserveeKind,
  firstName: ShortText.min(1, 'Write the reservee\'s first name.'),
  lastName: ShortText.min(1, 'Write the reservee\'s last name.'),
  organisation: ShortText.nullable(),
  businessId: ShortText.nullable(),
  email: ShortText,
  phone: ShortText,
  language: Language,
});

/**
 * A booking made by staff from the calendar (brief 4.7): it skips the opening hours, the booking
 * windows and the duration limits, never the conflict check. BLOCKED has no buffers.
 */
export const CreateStaffReservationPayload = z.object({
  reservationId: NewId,
  reservationUnitId: Id,
  type: z.enum(['STAFF', 'BEHALF', 'BLOCKED']),
  beginsAt: UtcInstant,
  endsAt: UtcInstant,
  name: ShortText,
  description: StorableText.trim().max(LONG_TEXT_MAX),
  /** Null: the unit's own buffers. */
  bufferBeforeMin: BufferMinutes,
  bufferAfterMin: BufferMinutes,
  /** Required for BEHALF, absent otherwise. */
  reservee: BehalfReservee.nullable(),
});

/** How a series repeats after its first date: both its creation and a reschedule give it. The end date is included. */
const SERIES_REPEAT = {
  endDate: IsoDate,
  beginTime: WallTime,
  endTime: WallTime,
  recurrenceInDays: z.number().int().positive().max(364),
  weekdays: z.array(z.enum(WEEKDAYS)).min(1, 'Choose at least one weekday.').max(7),
  skipDates: z.array(IsoDate).max(800),
};

/**
 * A recurring series, all or nothing (brief 4.7): every occurrence of the pattern except the
 * skipped dates is booked, or none is. `reservationIds` are the new occurrences' ids in date order.
 */
export const CreateSeriesPayload = z.object({
  seriesId: NewId,
  reservationUnitId: Id,
  type: z.enum(['STAFF', 'BEHALF', 'BLOCKED']),
  name: ShortText,
  description: StorableText.trim().max(LONG_TEXT_MAX),
  beginDate: IsoDate,
  ...SERIES_REPEAT,
  bufferBeforeMin: BufferMinutes,
  bufferAfterMin: BufferMinutes,
  reservee: BehalfReservee.nullable(),
  reservationIds: z.array(NewId).min(1).max(800),
});

/** Every occurrence of a series from a date on, denied or cancelled in one action; the past stays. */
export const EndSeriesPayload = z.object({
  seriesId: Id,
  fromDate: IsoDate,
  action: z.enum(['deny', 'cancel']),
  /** For deny: a managed reason. */
  denyReasonId: Id.nullable(),
  note: StorableText.trim().max(LONG_TEXT_MAX),
});

/**
 * A series' future given a new pattern from a date on (brief 4.7, pain point 8): the past, and an
 * occurrence that has begun, stay as they are. `reservationIds` pair with the new pattern's dates
 * but the skipped ones, in date order; a date whose occurrence only moves keeps its reservation,
 * and its id goes unused.
 */
export const RescheduleSeriesPayload = z.object({
  seriesId: Id,
  fromDate: IsoDate,
  ...SERIES_REPEAT,
  /** Staff only: kept in the moved and cancelled occurrences' history. */
  note: StorableText.trim().max(LONG_TEXT_MAX),
  reservationIds: z.array(NewId).max(800),
});

/**
 * A reservation unit's whole price list as the admin leaves it (brief 4.5): prices that have
 * begun stay as they were, and a new or changed price begins on a later day.
 */
export const SetPricesPayload = z.object({
  reservationUnitId: Id,
  pricings: z.array(Pricing).max(100),
});

/** A reservation unit's booking rules as its admin leaves them (unit-rules.ts). */
export const SetUnitRulesPayload = z.object({
  reservationUnitId: Id,
  rules: UnitRules,
});

export const BOOKING_COMMANDS = {
  'bookings.approveReservation': { payload: ApproveReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.denyReservation': { payload: DenyReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.returnToHandling': { payload: ReturnToHandlingPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.cancelReservation': { payload: CancelReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.createStaffReservation': { payload: CreateStaffReservationPayload, permission: BOOKING_PERMISSIONS.handle, versioned: false },
  'bookings.createSeries': { payload: CreateSeriesPayload, permission: BOOKING_PERMISSIONS.handle, versioned: false },
  'bookings.endSeries': { payload: EndSeriesPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.rescheduleSeries': { payload: RescheduleSeriesPayload, permission: BOOKING_PERMISSIONS.handle, versioned: true },
  'bookings.setPrices': { payload: SetPricesPayload, permission: BOOKING_PERMISSIONS.manage, versioned: true },
  'bookings.setUnitRules': { payload: SetUnitRulesPayload, permission: BOOKING_PERMISSIONS.manage, versioned: true },
  /** A customer's request from a kiosk: always into the handling queue (decide-request.ts). */
  'bookings.requestReservation': { payload: RequestReservationPayload, permission: 'bookings.request', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: string; versioned: boolean }>;

export type BookingCommandType = keyof typeof BOOKING_COMMANDS;
export type BookingCommandPayload<T extends BookingCommandType> = z.infer<(typeof BOOKING_COMMANDS)[T]['payload']>;
