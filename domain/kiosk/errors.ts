/**
 * The refusals of the kiosk's own rules: its terminals, their heartbeat, and a customer's space
 * booking request. Each is a stable code the renderer translates (errors.<code>); domain/errors.ts
 * takes them into ERROR_CODES.
 */
export const KIOSK_ERROR_CODES = [
  /** A heartbeat names another terminal than the one signed in. */
  'kiosk_not_this_terminal',
  /** The terminal has no row on the central (it was never set up as a kiosk). */
  'kiosk_terminal_unknown',
  /** The space is not open for customers' bookings now (not published, season-only, or its booking calendar is closed). */
  'kiosk_space_not_bookable',
  /** The length of the booking is not one the space allows. */
  'kiosk_duration_not_allowed',
  /** The booking does not start at one of the space's start times. */
  'kiosk_start_not_allowed',
  /** Too soon, or too far ahead, to book this space. */
  'kiosk_outside_booking_window',
  /** The space is closed (or its hours are not known) for part of the time. */
  'kiosk_outside_opening_hours',
  /** Fewer or more people than the space takes. */
  'kiosk_party_size',
] as const;

export type KioskErrorCode = (typeof KIOSK_ERROR_CODES)[number];
