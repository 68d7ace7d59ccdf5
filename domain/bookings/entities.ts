import { z } from 'zod';
import { Language } from '../languages.ts';
import { StorableText } from '../text.ts';
import { PAYMENT_STATUSES, RESERVATION_STATES, RESERVATION_TYPES } from './vocabulary.ts';

/**
 * The records that sync carries for the bookings workspace, shaped after Varaamo (brief section 2)
 * so that data from the city's systems maps one to one. Ids are strings: units and reservations
 * come from systems whose ids are not uuids (TPREK, Varaamo's pk). Money is integer euro cents,
 * VAT-inclusive (gross) unless named otherwise; instants are ISO 8601 in UTC; durations minutes.
 */
export const Id = StorableText.min(1, 'An id cannot be empty.');
export const IsoDate = z.iso.date(); // YYYY-MM-DD, a calendar day in Helsinki
export const UtcInstant = z.iso.datetime({ message: 'Expected an ISO 8601 instant in UTC, ending in Z.' });
export const Trilingual = z.object({ fi: StorableText, sv: StorableText, en: StorableText });
export type Trilingual = z.infer<typeof Trilingual>;
const Minutes = z.number().int().nonnegative();
const Cents = z.number().int('Money is counted in whole cents.').nonnegative();

export const ReservationState = z.enum(RESERVATION_STATES);
export const ReservationType = z.enum(RESERVATION_TYPES);
export const PaymentStatus = z.enum(PAYMENT_STATUSES);

export const Unit = z.object({
  id: Id,
  /**
   * The city's unit registry (TPREK) id: the key nightly unit updates match on. Null for a unit the
   * registry does not list yet (a new venue is booked before it is registered).
   */
  tprekId: z.string().min(1).nullable(),
  name: Trilingual,
  shortDescription: Trilingual,
  streetAddress: z.string(),
  zipCode: z.string(),
  city: z.string(),
  email: z.string(),
  phone: z.string(),
  webPage: z.string(),
  /** The opening-hours (Hauki) resource its reservation units inherit unless they name their own. */
  haukiResourceId: z.string().nullable(),
});
export type Unit = z.infer<typeof Unit>;

/** Roles may be granted on a group; a role there covers every member unit. */
export const UnitGroup = z.object({ id: Id, name: Trilingual, unitIds: z.array(Id) });
export type UnitGroup = z.infer<typeof UnitGroup>;

export const Space = z
  .object({
    id: Id,
    unitId: Id,
    /** Spaces form a tree: booking a parent blocks its children and the other way round. */
    parentId: Id.nullable(),
    name: Trilingual,
    code: z.string(),
    surfaceAreaM2: z.number().positive().nullable(),
    maxPersons: z.number().int().positive().nullable(),
  })
  .refine((s) => s.parentId !== s.id, { message: 'A space cannot be its own parent.', path: ['parentId'] });
export type Space = z.infer<typeof Space>;

/** Two reservation units that share a resource conflict (a projector, a shared sauna). */
export const Resource = z.object({
  id: Id,
  unitId: Id,
  spaceId: Id.nullable(),
  name: Trilingual,
  locationType: z.enum(['FIXED', 'MOVABLE']),
});
export type Resource = z.infer<typeof Resource>;

export const PRICE_UNITS = ['PER_15_MINS', 'PER_30_MINS', 'PER_HOUR', 'PER_HALF_DAY', 'PER_DAY', 'PER_WEEK', 'FIXED'] as const;
export const PriceUnit = z.enum(PRICE_UNITS);
export type PriceUnit = z.infer<typeof PriceUnit>;

export const PAYMENT_TYPES = ['ON_SITE', 'ONLINE', 'ONLINE_OR_INVOICE'] as const;
export const PaymentType = z.enum(PAYMENT_TYPES);
export type PaymentType = z.infer<typeof PaymentType>;

/** Finland's general VAT rate since 2024-09-01. */
export const DEFAULT_VAT_PERCENT = 25.5;

/** One dated price of a reservation unit: in force from `begins` until the next one begins. */
export const Pricing = z
  .object({
    begins: IsoDate,
    priceUnit: PriceUnit,
    /** The normal price, VAT included; 0 makes the unit free. */
    highestPriceCents: Cents,
    /** The guidance value for a subsidised price, VAT included. */
    lowestPriceCents: Cents,
    vatPercent: z.number().min(0).max(100).default(DEFAULT_VAT_PERCENT),
    paymentType: PaymentType,
  })
  .refine((p) => p.lowestPriceCents <= p.highestPriceCents, {
    message: 'The subsidised (lowest) price cannot be above the normal (highest) price.',
    path: ['lowestPriceCents'],
  });
export type Pricing = z.infer<typeof Pricing>;

export const CancellationRule = z.object({
  name: Trilingual,
  /** How long before the start a customer may still cancel ("14 vrk ennen alkamista"). */
  cancelBeforeMinutes: Minutes,
});
export type CancellationRule = z.infer<typeof CancellationRule>;

export const START_INTERVALS_MIN = [15, 30, 60, 90, 120, 180, 240, 300, 360, 420] as const;

export const ReservationUnit = z
  .object({
    id: Id,
    unitId: Id,
    name: Trilingual,
    description: Trilingual,
    spaceIds: z.array(Id),
    resourceIds: z.array(Id),
    /** DIRECT_AND_SEASON units are frozen for direct booking while an application round holds them. */
    reservationKind: z.enum(['DIRECT', 'SEASON', 'DIRECT_AND_SEASON']),
    minPersons: z.number().int().positive().nullable(),
    maxPersons: z.number().int().positive().nullable(),
    minDurationMin: z.number().int().positive(),
    maxDurationMin: z.number().int().positive(),
    startIntervalMin: z.union(START_INTERVALS_MIN.map((m) => z.literal(m))),
    /** The period in which the booking calendar is open; null on either side = unbounded. */
    reservationBeginsAt: UtcInstant.nullable(),
    reservationEndsAt: UtcInstant.nullable(),
    /** The period in which customers see the unit. */
    publishBeginsAt: UtcInstant.nullable(),
    publishEndsAt: UtcInstant.nullable(),
    /** 1 = tomorrow 00:00 at the earliest (counted from the start of a Helsinki day). */
    minDaysBefore: Minutes,
    /** now + N days at the latest; null = no limit. */
    maxDaysBefore: z.number().int().positive().nullable(),
    bufferBeforeMin: Minutes,
    bufferAfterMin: Minutes,
    /** One booking per day: the buffers cover the rest of the day, so own buffers must be 0. */
    blockWholeDay: z.boolean(),
    /** Active NORMAL reservations one user may hold in this unit; null = no limit. */
    maxReservationsPerUser: z.number().int().positive().nullable(),
    requiresHandling: z.boolean(),
    canApplyFreeOfCharge: z.boolean(),
    /** Null: customers can neither cancel nor reschedule. */
    cancellationRule: CancellationRule.nullable(),
    pricings: z.array(Pricing),
    /** Its own opening-hours (Hauki) resource; null = the unit's. */
    haukiResourceId: z.string().nullable(),
  })
  .superRefine((u, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (u.minDurationMin > u.maxDurationMin) issue('minDurationMin', 'The minimum duration is longer than the maximum.');
    for (const key of ['minDurationMin', 'maxDurationMin'] as const) {
      if (u[key] % u.startIntervalMin !== 0) issue(key, `A duration must be a multiple of the ${u.startIntervalMin}-minute start interval.`);
    }
    if (u.reservationBeginsAt && u.reservationEndsAt && Date.parse(u.reservationBeginsAt) >= Date.parse(u.reservationEndsAt)) {
      issue('reservationEndsAt', 'The reservation window ends before it begins.');
    }
    if (u.publishBeginsAt && u.publishEndsAt && Date.parse(u.publishBeginsAt) >= Date.parse(u.publishEndsAt)) {
      issue('publishEndsAt', 'The publish window ends before it begins.');
    }
    if (u.maxDaysBefore !== null && u.maxDaysBefore < u.minDaysBefore) issue('maxDaysBefore', 'The booking window closes before it opens (max days before < min days before).');
    if (u.blockWholeDay && (u.bufferBeforeMin > 0 || u.bufferAfterMin > 0)) {
      issue('blockWholeDay', 'A unit booked by the whole day has no buffers of its own: they cover the rest of the day.');
    }
    if (u.minPersons !== null && u.maxPersons !== null && u.minPersons > u.maxPersons) issue('minPersons', 'The minimum number of persons is above the maximum.');
    const begins = u.pricings.map((p) => p.begins);
    if (new Set(begins).size !== begins.length) issue('pricings', 'Two prices begin on the same day.');
  });
export type ReservationUnit = z.infer<typeof ReservationUnit>;

export const RESERVEE_KINDS = ['individual', 'association', 'company'] as const;
export const ReserveeKind = z.enum(RESERVEE_KINDS);
export type ReserveeKind = z.infer<typeof ReserveeKind>;

/** Why a customer (or staff for them) cancelled; NOT_PAID is the system's own. */
export const CANCEL_REASONS = [
  'CHANGE_OF_PLANS',
  'FOUND_ANOTHER_SPACE_ELSEWHERE',
  'FOUND_ANOTHER_SPACE_VARAAMO',
  'UNSUITABLE_SPACE',
  'PROCESSING_TIME_TOO_LONG',
  'OTHER',
  'NOT_PAID',
] as const;
export const CancelReason = z.enum(CANCEL_REASONS);
export type CancelReason = z.infer<typeof CancelReason>;

export const Reservation = z
  .object({
    id: Id,
    reservationUnitId: Id,
    /** The reservation unit's unit, kept on the row: sync and rights are partitioned by unit. */
    unitId: Id,
    seriesId: Id.nullable(),
    state: ReservationState,
    type: ReservationType,
    name: z.string(),
    description: z.string(),
    beginsAt: UtcInstant,
    endsAt: UtcInstant,
    /** Copied from the unit when booked, overridable by staff; null = the unit's own. */
    bufferBeforeMin: Minutes.nullable(),
    bufferAfterMin: Minutes.nullable(),
    /** Who booked it (a BEHALF reservation is booked by staff for the reservee). */
    userId: z.string().nullable(),
    reserveeKind: ReserveeKind,
    reserveeFirstName: z.string(),
    reserveeLastName: z.string(),
    reserveeOrganisation: z.string().nullable(),
    /** Y-tunnus of a company or registered association. */
    reserveeBusinessId: z.string().nullable(),
    reserveeEmail: z.string(),
    reserveePhone: z.string(),
    /** The language messages to the customer are written in. */
    reserveeLanguage: Language,
    purposeId: Id.nullable(),
    ageGroupId: Id.nullable(),
    partySize: z.number().int().positive().nullable(),
    applyingForFreeOfCharge: z.boolean(),
    freeOfChargeReason: z.string().nullable(),
    /** The price to pay, VAT included. */
    priceCents: Cents,
    /** The price before any subsidy, kept for statistics (Varaamo's non_subsidised_price). */
    undiscountedPriceCents: Cents,
    /** The handler set a price below the undiscounted one (a subsidy or free of charge). */
    subsidised: z.boolean(),
    vatPercent: z.number().min(0).max(100),
    /** Copied from the pricing in force; null for a free reservation. */
    paymentType: PaymentType.nullable(),
    /** Null: no payment order (the "FREE" of the filters). */
    paymentStatus: PaymentStatus.nullable(),
    /** A handled paid reservation is cancelled when unpaid by then. */
    paymentDueAt: UtcInstant.nullable(),
    createdAt: UtcInstant,
    confirmedAt: UtcInstant.nullable(),
    handledAt: UtcInstant.nullable(),
    denyReasonId: Id.nullable(),
    /** The handler's note on the last decision: staff only. */
    handlingNote: z.string().nullable(),
    cancelReason: CancelReason.nullable(),
    cancelDetails: z.string().nullable(),
  })
  .superRefine((r, ctx) => {
    if (Date.parse(r.beginsAt) >= Date.parse(r.endsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'A reservation must end after it begins.' });
    if (r.priceCents > r.undiscountedPriceCents) ctx.addIssue({ code: 'custom', path: ['priceCents'], message: 'The price is above the undiscounted price.' });
    if (r.reserveeKind === 'company' && !r.reserveeBusinessId) ctx.addIssue({ code: 'custom', path: ['reserveeBusinessId'], message: 'A company reservee needs a business id (Y-tunnus).' });
    if (r.reserveeKind !== 'individual' && !r.reserveeOrganisation) ctx.addIssue({ code: 'custom', path: ['reserveeOrganisation'], message: 'An association or company reservee needs an organisation name.' });
  });
export type Reservation = z.infer<typeof Reservation>;

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
/** A Helsinki wall-clock time `HH:MM`; `24:00` is the end of the day (a booking until midnight). */
export const WallTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Expected a time of day as HH:MM.');

/** A recurring series: its occurrences are reservations with this seriesId. */
export const ReservationSeries = z
  .object({
    id: Id,
    reservationUnitId: Id,
    unitId: Id,
    name: z.string(),
    description: z.string(),
    type: ReservationType,
    /** Both ends included. */
    beginDate: IsoDate,
    endDate: IsoDate,
    /** Helsinki wall-clock times, kept across the daylight-saving change. */
    beginTime: WallTime,
    endTime: WallTime,
    recurrenceInDays: z.number().int().positive().multipleOf(7, 'A series repeats every 7, 14, 21 … days.'),
    weekdays: z.array(z.enum(WEEKDAYS)).min(1, 'Choose at least one weekday.'),
    userId: z.string().nullable(),
    ageGroupId: Id.nullable(),
  })
  .superRefine((s, ctx) => {
    if (s.beginDate > s.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The series ends before it begins.' });
    if (s.beginTime >= s.endTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'An occurrence must end after it begins.' });
    if (new Set(s.weekdays).size !== s.weekdays.length) ctx.addIssue({ code: 'custom', path: ['weekdays'], message: 'A weekday is chosen twice.' });
  });
export type ReservationSeries = z.infer<typeof ReservationSeries>;

/** The managed list of deny reasons, shown to the customer; a retired reason stays for history. */
export const DenyReason = z.object({ id: Id, reason: Trilingual, rank: z.number().int(), isActive: z.boolean() });
export type DenyReason = z.infer<typeof DenyReason>;

/** `rescheduled`: an occurrence of a series moved to another time on its day. */
export const RESERVATION_EVENT_KINDS = ['created', 'approved', 'denied', 'returned_to_handling', 'cancelled', 'rescheduled'] as const;
/** The audit trail of a reservation: append-only, one row per decision. */
export const ReservationEvent = z.object({
  id: Id,
  reservationId: Id,
  unitId: Id,
  /** When the person acted (offline too); `recordedAt` when the central stored it. */
  at: z.iso.datetime({ offset: true }),
  recordedAt: z.iso.datetime({ offset: true }).nullable(),
  kind: z.enum(RESERVATION_EVENT_KINDS),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  fromState: ReservationState.nullable(),
  toState: ReservationState.nullable(),
  note: z.string().nullable(),
  /** Whether the customer is told (only NORMAL and SEASONAL bookings send messages). */
  notifyCustomer: z.boolean(),
  commandId: Id.nullable(),
});
export type ReservationEvent = z.infer<typeof ReservationEvent>;


/**
 * A unit's (or a reservation unit's own) opening hours over a range of dates, as the city's
 * opening-hours API (Hauki) gives them through central/bookings/adapters: per Helsinki date the
 * open wall-clock intervals (a missing date is closed). The calendars draw them as background and
 * customer bookings must fall inside them; staff bookings may not.
 */
export const OpeningHoursRecord = z.object({
  id: Id,
  unitId: Id,
  /** Null: the unit's own hours; otherwise the reservation unit that has its own. */
  reservationUnitId: Id.nullable(),
  haukiResourceId: z.string(),
  from: IsoDate,
  to: IsoDate,
  days: z.record(IsoDate, z.array(z.object({ begin: WallTime, end: WallTime }))),
});
export type OpeningHoursRecord = z.infer<typeof OpeningHoursRecord>;

/**
 * Entity name on the wire -> schema and sync scope. Partitioned scopes name the field that holds
 * the row's unit: a user receives only the rows of the units their grants cover.
 */
export const BOOKING_ENTITIES = {
  booking_unit: { schema: Unit, scope: 'bookings.resources', partitionBy: 'id' },
  booking_unit_group: { schema: UnitGroup, scope: 'bookings.reference' },
  booking_space: { schema: Space, scope: 'bookings.resources', partitionBy: 'unitId' },
  booking_resource: { schema: Resource, scope: 'bookings.resources', partitionBy: 'unitId' },
  reservation_unit: { schema: ReservationUnit, scope: 'bookings.resources', partitionBy: 'unitId' },
  deny_reason: { schema: DenyReason, scope: 'bookings.reference' },
  booking_opening_hours: { schema: OpeningHoursRecord, scope: 'bookings.resources', partitionBy: 'unitId' },
  reservation_series: { schema: ReservationSeries, scope: 'bookings.cases', partitionBy: 'unitId' },
  reservation: { schema: Reservation, scope: 'bookings.cases', partitionBy: 'unitId' },
  reservation_event: { schema: ReservationEvent, scope: 'bookings.cases', partitionBy: 'unitId' },
} as const;

export type BookingEntityName = keyof typeof BOOKING_ENTITIES;
export type BookingEntityRecord = { [E in BookingEntityName]: z.infer<(typeof BOOKING_ENTITIES)[E]['schema']> };
