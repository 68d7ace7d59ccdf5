import { z } from 'zod';
import type { Localized } from '../languages.ts';
import { StorableText } from '../text.ts';
import type { HandlerAction } from './transitions.ts';
import type { UnitRelation } from '../space-holds/related-units.ts';
import type { OccurrencePreview } from './series.ts';
import type { Blocker } from './conflicts.ts';
import {
  CancelReason,
  Id,
  IsoDate,
  ReservationState,
  ReservationType,
  UtcInstant,
  type DenyReason,
  type Pricing,
  type Reservation,
  type ReservationEvent,
  type ReservationSeries,
} from './entities.ts';
import { ApproveReservationPayload, CreateSeriesPayload, CreateStaffReservationPayload, DenyReservationPayload, EndSeriesPayload, RescheduleSeriesPayload, SetPricesPayload, SetUnitRulesPayload } from './commands.ts';
import type { UnitRules } from './unit-rules.ts';

/**
 * The bookings workspace's part of the renderer contract (domain/contract.ts spreads it in).
 * Inputs are zod schemas checked at every bridge; outputs are plain JSON view models.
 */

// ---------- view models ----------

export interface ReservationUnitOption {
  id: string;
  unitId: string;
  name: Localized;
  requiresHandling: boolean;
  blockWholeDay: boolean;
  minDurationMin: number;
  maxDurationMin: number;
  startIntervalMin: number;
  bufferBeforeMin: number;
  bufferAfterMin: number;
}

export interface BookingUnitOption {
  id: string;
  name: Localized;
  /** The unit groups it belongs to (a role on a group covers its units). */
  groupIds: string[];
  reservationUnits: ReservationUnitOption[];
  /** Whether the signed-in user may handle and create bookings here (a viewer may not). */
  canHandle: boolean;
  /** Whether the signed-in user may edit its reservation units' prices (an admin of the unit). */
  canManage: boolean;
}

/** A reservation unit's prices and rules as its admin edits them (bookings.unitSettings). */
export interface UnitSettings {
  reservationUnitId: string;
  /** Oldest first; those that have begun are kept as they are. */
  pricings: Pricing[];
  rules: UnitRules;
  /** Prices that begin on or before this Helsinki day have begun. */
  today: string;
  canManage: boolean;
  /** A change made here that the central has not confirmed yet. */
  pending: boolean;
}

export interface ReservationRow {
  id: string;
  name: string;
  state: Reservation['state'];
  type: Reservation['type'];
  unitId: string;
  unitName: Localized;
  reservationUnitId: string;
  reservationUnitName: Localized;
  beginsAt: string;
  endsAt: string;
  /** The person, or the organisation with the person after it. */
  reserveeName: string;
  reserveeKind: Reservation['reserveeKind'];
  priceCents: number;
  undiscountedPriceCents: number;
  paymentStatus: Reservation['paymentStatus'];
  createdAt: string;
  seriesId: string | null;
  /** A decision taken here and not yet confirmed by the central. */
  pending: boolean;
}

/** What a series' new pattern would do, date by date (bookings.previewReschedule). */
export interface ReschedulePreview {
  /** The new pattern's dates from the reschedule on; `change` says what happens on a date that is booked. */
  occurrences: (OccurrencePreviewView & { change: 'new' | 'moved' | 'unchanged' | null })[];
  /** Future occurrences that stop: no date of the new pattern takes them over. */
  cancelled: { id: string; date: string; beginsAt: string; endsAt: string }[];
}

export interface ReservationList {
  rows: ReservationRow[];
  total: number;
}

export interface ReservationDetail {
  reservation: Reservation;
  unitName: Localized;
  reservationUnitName: Localized;
  series: ReservationSeries | null;
  /** Newest first. */
  events: ReservationEvent[];
  /** What the signed-in user may do to it now (states, types and their role on the unit). */
  allowedActions: HandlerAction[];
  denyReasons: DenyReason[];
  pending: boolean;
}

/** One booking (or its buffers) on a calendar. */
export interface CalendarBlock {
  reservationId: string;
  reservationUnitId: string;
  beginsAt: string;
  endsAt: string;
  /** Effective buffers in minutes (whole-day units: to the day's ends; BLOCKED: 0). */
  bufferBeforeMin: number;
  bufferAfterMin: number;
  state: Reservation['state'];
  type: Reservation['type'];
  /** What the calendar writes on it: the booking's name, else the reservee. */
  label: string;
  pending: boolean;
  /** 'self': booked on this reservation unit; otherwise why a related unit's booking blocks it. */
  relation: 'self' | UnitRelation;
}

/** Open wall-clock intervals of one Helsinki date (`HH:MM`, the end may be `24:00`); empty = closed. */
export type OpenIntervals = { begin: string; end: string }[];

export interface DayCalendar {
  date: string;
  unitId: string;
  rows: { reservationUnit: ReservationUnitOption; opening: OpenIntervals; blocks: CalendarBlock[] }[];
}

export interface WeekCalendar {
  reservationUnit: ReservationUnitOption;
  /** Monday to Sunday. */
  days: { date: string; opening: OpenIntervals; blocks: CalendarBlock[] }[];
}

/** A booking in a slot's way, named as the handler knows it, with why it blocks. */
export type LabelledBlocker = Blocker & { label: string; reservationUnitName: Localized };

export interface SlotAnswerView {
  free: boolean;
  /** Each blocker with its reason (which booking, which buffer), for the screen to say why. */
  blockers: LabelledBlocker[];
}

/** A date of a series' preview, each blocker named. */
export type OccurrencePreviewView = Omit<OccurrencePreview, 'blockers'> & { blockers: LabelledBlocker[] };

export interface OpenRequests {
  /** Bookings waiting for a handler, from today on, in the units the user may handle. */
  count: number;
}

// ---------- inputs ----------

export const PAYMENT_FILTER_VALUES = ['FREE', 'DRAFT', 'PENDING', 'EXPIRED', 'CANCELLED', 'PAID', 'PAID_BY_INVOICE', 'PAID_MANUALLY', 'REFUNDED'] as const;

/** The reservation list's filters (brief 5.3): each shows as a removable tag. */
export const ReservationFilter = z
  .object({
    text: StorableText.trim().max(200).optional(),
    states: z.array(ReservationState).max(6).optional(),
    types: z.array(ReservationType).max(5).optional(),
    unitIds: z.array(Id).max(20).optional(),
    reservationUnitIds: z.array(Id).max(20).optional(),
    /** Begins on or after this Helsinki date. */
    from: IsoDate.optional(),
    /** Begins on or before this Helsinki date. */
    to: IsoDate.optional(),
    createdFrom: IsoDate.optional(),
    createdTo: IsoDate.optional(),
    priceMinCents: z.number().int().min(0).optional(),
    priceMaxCents: z.number().int().min(0).optional(),
    payment: z.array(z.enum(PAYMENT_FILTER_VALUES)).max(9).optional(),
    recurring: z.enum(['recurring', 'single']).optional(),
  })
  .strict();
export type ReservationFilter = z.infer<typeof ReservationFilter>;

export const RESERVATION_SORT_COLUMNS = ['beginsAt', 'createdAt', 'name', 'state', 'unit', 'reservationUnit', 'reservee', 'price'] as const;

export const ListReservationsInput = z
  .object({
    filter: ReservationFilter.default({}),
    sort: z.object({ column: z.enum(RESERVATION_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).default({ column: 'beginsAt', direction: 'asc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .strict();
export type ListReservationsInput = z.input<typeof ListReservationsInput>;

const ById = z.object({ id: Id }).strict();
const Empty = z.object({}).strict();

export const DayCalendarInput = z.object({ unitId: Id, date: IsoDate }).strict();
/** `weekOf`: any date of the week (the week runs Monday to Sunday). */
export const WeekCalendarInput = z.object({ reservationUnitId: Id, weekOf: IsoDate }).strict();
export const CheckSlotInput = z
  .object({ reservationUnitId: Id, beginsAt: UtcInstant, endsAt: UtcInstant, type: ReservationType, bufferBeforeMin: z.number().int().min(0).nullable(), bufferAfterMin: z.number().int().min(0).nullable() })
  .strict();

/** Commands: the payloads without the ids the client makes itself. */
export const CreateStaffReservationInput = CreateStaffReservationPayload.omit({ reservationId: true }).strict();
const SeriesFields = CreateSeriesPayload.omit({ seriesId: true, reservationIds: true });
export const CreateSeriesInput = SeriesFields.strict();
/** The same fields without skipped dates: the preview lists every date of the pattern. */
export const PreviewSeriesInput = SeriesFields.omit({ skipDates: true, name: true, description: true, reservee: true }).strict();
export const RescheduleSeriesInput = RescheduleSeriesPayload.omit({ reservationIds: true }).strict();
export const PreviewRescheduleInput = RescheduleSeriesPayload.omit({ reservationIds: true, note: true }).strict();
export const CancelReservationInput = z
  .object({ reservationId: Id, reason: CancelReason.exclude(['NOT_PAID']), details: StorableText.trim().max(2000) })
  .strict();

export const BOOKINGS_CONTRACT_INPUTS = {
  'bookings.listUnits': Empty,
  'bookings.openRequests': Empty,
  'bookings.listReservations': ListReservationsInput,
  'bookings.getReservation': ById,
  'bookings.dayCalendar': DayCalendarInput,
  'bookings.weekCalendar': WeekCalendarInput,
  'bookings.checkSlot': CheckSlotInput,
  'bookings.previewSeries': PreviewSeriesInput,
  'bookings.previewReschedule': PreviewRescheduleInput,
  'bookings.unitSettings': z.object({ reservationUnitId: Id }).strict(),
  'bookings.approveReservation': ApproveReservationPayload.strict(),
  'bookings.denyReservation': DenyReservationPayload.strict(),
  'bookings.returnToHandling': z.object({ reservationId: Id }).strict(),
  'bookings.cancelReservation': CancelReservationInput,
  'bookings.createStaffReservation': CreateStaffReservationInput,
  'bookings.createSeries': CreateSeriesInput,
  'bookings.endSeries': EndSeriesPayload.strict(),
  'bookings.rescheduleSeries': RescheduleSeriesInput,
  'bookings.setPrices': SetPricesPayload.strict(),
  'bookings.setUnitRules': SetUnitRulesPayload.strict(),
} as const;

export type { OccurrencePreview };
