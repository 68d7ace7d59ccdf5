import { TIME_HOLDING_STATES } from '../space-holds/holding-states.ts';

/**
 * The words every part of the bookings workspace shares, named as Varaamo names them (brief
 * sections 3.1–3.3) so that data from the city's systems maps one to one.
 */
export const RESERVATION_STATES = ['CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED', 'DENIED', 'CANCELLED'] as const;
export type ReservationState = (typeof RESERVATION_STATES)[number];

/** A reservation in one of these states is going to occur, so it holds its time (the kiosk reads the same list). */
export const BLOCKING_STATES: readonly ReservationState[] = TIME_HOLDING_STATES;

export const RESERVATION_TYPES = ['NORMAL', 'BEHALF', 'STAFF', 'BLOCKED', 'SEASONAL'] as const;
export type ReservationType = (typeof RESERVATION_TYPES)[number];

/** The types staff create from the calendar; they skip opening hours and windows, never conflicts. */
export const STAFF_CREATED_TYPES = ['STAFF', 'BEHALF', 'BLOCKED'] as const satisfies readonly ReservationType[];
export const isStaffCreatedType = (type: ReservationType): type is (typeof STAFF_CREATED_TYPES)[number] => (STAFF_CREATED_TYPES as readonly string[]).includes(type);

export const PAYMENT_STATUSES = ['DRAFT', 'PENDING', 'EXPIRED', 'CANCELLED', 'PAID', 'PAID_BY_INVOICE', 'PAID_MANUALLY', 'REFUNDED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The physical structure the conflict rule reads lives with the rule (shared with the kiosk). */
export type { ReservationUnitLinks, SpaceNode } from '../space-holds/related-units.ts';

/** The part of a reservation that decides whether it holds time. Instants are ISO 8601 UTC. */
export interface ReservationTiming {
  id: string;
  reservationUnitId: string;
  beginsAt: string;
  endsAt: string;
  state: ReservationState;
  type: ReservationType;
  /** Per-reservation buffers, copied from the unit when booked; null means the unit's own. */
  bufferBeforeMin: number | null;
  bufferAfterMin: number | null;
}
