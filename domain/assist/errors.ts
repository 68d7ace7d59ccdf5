/**
 * The refusals of the Assistance workspace's own rules. Each is a stable code the renderer will
 * translate (errors.<code>); the wiring takes them into domain/errors.ts ERROR_CODES.
 */
export const ASSIST_ERROR_CODES = [
  'as_service_point_inactive',
  /** The day's ticket numbers are used up. */
  'as_ticket_numbers_exhausted',
  /** The ticket is not in a state the action starts from (queue.ts). */
  'as_ticket_transition',
  'as_queue_empty',
  /** A ticket is transferred to another, active service point. */
  'as_transfer_same_point',
  /** A helper serves one ticket at a time. */
  'as_helper_busy',
  /** A free-text note looks like personal data (an e-mail address, a phone number, an identity code). */
  'as_note_personal_data',
  'as_session_times',
  'as_session_in_future',
  /** The same session id twice in a bulk log, or a session logged already. */
  'as_session_duplicate',
  'as_slot_taken',
  'as_slot_outside_calendar',
  'as_slot_past',
  'as_appointment_not_active',
  /** A no-show is marked only once the appointment's time has come. */
  'as_appointment_not_started',
  /** Help hours hold at least one slot of their length. */
  'as_hours_too_short',
  'as_hours_past',
  /** A helper's hours on one day do not overlap, at any service point. */
  'as_hours_overlap',
  'as_hours_closed',
  /** Hours that have begun stay; their bookings are cancelled one by one. */
  'as_hours_started',
  /** Hours holding a booking are not closed until it is cancelled. */
  'as_hours_booked',
  'as_help_request_open',
  /** A closed help request is not answered again; an acknowledged one is not acknowledged twice. */
  'as_help_request_transition',
] as const;

export type AssistErrorCode = (typeof ASSIST_ERROR_CODES)[number];
