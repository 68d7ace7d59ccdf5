/**
 * The refusals of the Culture Kids workspace's own rules. Each is a stable code the renderer
 * translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const CULTURE_KIDS_ERROR_CODES = [
  // enrolment: the request itself
  /** An erased (anonymised) child takes part in nothing. */
  'ck_child_erased',
  /** The occurrence is not one of the event's, or an external event was given one (or the reverse). */
  'ck_occurrence_mismatch',
  /** Staff cancelled the occurrence. */
  'ck_occurrence_cancelled',
  // enrolment: the eligibility checks, in the order they run (enrolment-rules.ts)
  'ck_event_not_published',
  'ck_wrong_cohort',
  'ck_already_enrolled',
  'ck_group_already_taken',
  'ck_yearly_limit_reached',
  'ck_occurrence_full',
  'ck_occurrence_past',
  'ck_ticket_codes_run_out',
  // cancelling and moving
  /** A family may cancel only until the cutoff before the start; staff may until the start. */
  'ck_cancel_too_late',
  'ck_enrolment_past',
  /** The enrolment is cancelled already, or attendance was marked on it. */
  'ck_enrolment_not_active',
  'ck_move_same_occurrence',
  // the free-spot queue
  'ck_free_spot_not_full',
  'ck_free_spot_already_subscribed',
  'ck_free_spot_enrolled',
  'ck_free_spot_not_subscribed',
  // attendance and the door
  /** Attendance is marked from the opening of the ticket window on, never on a cancelled enrolment. */
  'ck_attendance_not_open',
  'ck_ticket_unreadable',
  'ck_ticket_signature_invalid',
  'ck_ticket_not_valid_now',
  'ck_ticket_cancelled',
  // publishing and changes to published occurrences
  'ck_event_already_published',
  /** An event of a group is published with its group, never alone. */
  'ck_event_in_group',
  'ck_single_events_disallowed',
  'ck_event_has_no_occurrences',
  'ck_event_incomplete',
  'ck_group_already_published',
  'ck_group_not_ready',
  'ck_group_empty',
  /** Moving a published occurrence tells its enrolled families: the change must say it knows. */
  'ck_occurrence_change_needs_notice',
  'ck_capacity_below_enrolled',
  'ck_occurrence_change_past',
  // external codes
  'ck_event_not_external',
  'ck_ticket_codes_nothing_to_import',
  // messages
  'ck_message_all_not_permitted',
  /** "Invited" is the cohort's invitations as a whole: it is not narrowed to events. */
  'ck_message_selection_not_narrowable',
  'ck_message_occurrence_mismatch',
  // authoring the programme
  /** A venue or an event group of another cohort than the row it is given to. */
  'ck_other_cohort',
  'ck_venues_nothing_to_copy',
  /** All occurrences of an event are in one calendar year (kukkuu's OCCURRENCE_MISMATCH_ERROR). */
  'ck_occurrence_year_mismatch',
  /** A published event keeps its group and its ticketing. */
  'ck_event_published_locked',
  'ck_message_already_sent',
  // privacy
  'ck_child_already_erased',
] as const;

export type CultureKidsErrorCode = (typeof CULTURE_KIDS_ERROR_CODES)[number];
