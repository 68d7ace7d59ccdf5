/**
 * The refusals of the bookings workspace's own rules. Each is a stable code the renderer
 * translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const BOOKING_ERROR_CODES = [
  /** WAITING_FOR_PAYMENT belongs to the customer and the payment provider: staff change nothing. */
  'reservation_awaiting_payment',
  /** The action is not allowed from the reservation's state (brief 3.1 "who can act"). */
  'reservation_wrong_state',
  /** Approving, denying a confirmed one, or returning to handling after the reservation ended. */
  'reservation_ended',
  /** Cancelling a reservation that has begun or lies in the past. */
  'reservation_started',
  /** A time change for a reservation that ended before today. */
  'reservation_edit_closed',
  /** A paid seasonal reservation cannot be cancelled. */
  'reservation_seasonal_paid',
  /** A refund for a reservation with nothing paid. */
  'reservation_not_paid',
  /** A refund or a payment for a reservation that costs nothing. */
  'reservation_free',
  /** Marking paid a payment that is already paid, refunded or settled on site. */
  'reservation_payment_not_markable',
  /** A paid reservation's price cannot be changed. */
  'reservation_price_locked',
  /** A subsidised price may go from 0 up to the full price, never above it. */
  'reservation_price_above_full',
  /** Denying a paid reservation needs the handler's choice: refund or no refund. */
  'reservation_refund_choice_required',
  /** The deny reason is not on the managed list (or was retired from it). */
  'deny_reason_unknown',
  /** Returning a denied reservation to handling: its time was taken meanwhile. */
  'reservation_slot_taken',
  /** A reserver acting on a booking or series someone else made. */
  'not_your_booking',
  /** A new staff booking's time (or a buffer around it) meets another booking in a related unit. */
  'reservation_time_taken',
  'reservation_ends_before_begins',
  /** Longer than a staff booking may be (decide-staff-reservation.ts): a typing slip. */
  'reservation_too_long',
  /** A new booking, or an occurrence of a new series, would begin before now. */
  'reservation_in_past',
  /** A BEHALF booking without the customer it is for. */
  'reservation_reservee_required',
  /** A STAFF or BLOCKED booking given a reservee. */
  'reservation_reservee_not_allowed',
  /** An association or company reservee without an organisation name, a company without a business id. */
  'reservation_reservee_incomplete',
  /** The series' dates, weekdays, repetition or times give no bookable occurrences. */
  'series_pattern_invalid',
  /** All or nothing: some occurrences of the series are not free; the refusal lists them. */
  'series_conflicts',
  /** The new series' reservation ids are not one distinct id per booked occurrence. */
  'series_ids_mismatch',
  /** Ending a series from a date on after which nothing is left that could be denied or cancelled. */
  'series_nothing_to_end',
  /** Rescheduling a series none of whose occurrences is still to begin. */
  'series_in_past',
  /** A reschedule that would change no occurrence: the new pattern is the old one. */
  'series_nothing_to_reschedule',
  /** Only a series staff booked (STAFF, BEHALF, BLOCKED) is rescheduled here; a customer's is settled by its round. */
  'series_not_staff_made',
  /** A price that has begun (today's included) is changed, removed or added: a change waits for a later day. */
  'pricing_begun_changed',
  /** The price list breaks a rule of the reservation unit (two prices on one day, a subsidised price above the normal). */
  'pricing_invalid',
  /** A reservation unit's rules that contradict each other, or that leave it as it was; the refusal names the fields. */
  'unit_rules_invalid',
] as const;

export type BookingErrorCode = (typeof BOOKING_ERROR_CODES)[number];
