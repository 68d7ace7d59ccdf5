/**
 * The words every part of the Culture Kids workspace shares, named as kukkuu names them (brief
 * culture-kids sections 1–2), so that data from the city's registry maps one to one. The numbers
 * are kukkuu's settings defaults unless a comment says they are ours.
 */

/** Enrolments keep their history: a cancellation is a status, not a deleted row (brief 7). */
export const ENROLMENT_STATUSES = ['enrolled', 'cancelled', 'attended', 'no_show'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** An enrolment in one of these holds its seat and counts toward the yearly limit. */
export const SEAT_HOLDING_STATUSES: readonly EnrolmentStatus[] = ['enrolled', 'attended', 'no_show'];

/** Why an enrolment was cancelled: statistics tell a family's change of plans from a staff move. */
export const CANCEL_KINDS = ['family', 'staff', 'moved', 'occurrence_cancelled', 'erasure'] as const;
export type CancelKind = (typeof CANCEL_KINDS)[number];

/** Who made an enrolment: the family itself, or staff on its behalf (with a logged reason). */
export const ENROLLED_BY = ['family', 'staff'] as const;

export const PARTICIPANTS_PER_INVITE = ['child_and_guardian', 'child_and_1_or_2_guardians', 'family'] as const;

/**
 * What one seat of an event's capacity is: a child (every enrolled child takes one) or a family
 * (siblings enrolled in the same occurrence share their family's seat).
 */
export const TICKET_KINDS = ['child', 'family'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

export const TICKETING_MODES = ['internal', 'external'] as const;
export type TicketingMode = (typeof TICKETING_MODES)[number];
export const EXTERNAL_TICKET_SYSTEMS = ['ticketmaster', 'lippupiste', 'tixly'] as const;

export const RELATIONSHIP_TYPES = ['parent', 'other_guardian', 'other_relation', 'advocate'] as const;

export const MESSAGE_PROTOCOLS = ['email', 'sms'] as const;
export const RECIPIENT_SELECTIONS = ['all', 'invited', 'enrolled', 'attended', 'free_spot'] as const;
export type RecipientSelection = (typeof RECIPIENT_SELECTIONS)[number];

export const DEFAULT_ENROLMENT_LIMIT = 2;
/** Families cancel until this long before the start (KUKKUU_ENROLMENT_UNENROL_HOURS_BEFORE). */
export const SELF_CANCEL_HOURS_BEFORE = 48;
/** The length of an occurrence whose event names none. */
export const DEFAULT_DURATION_MIN = 120;
/** A ticket is valid from this long before the start until this long after the end. */
export const CHECK_IN_LEEWAY_MIN = 60;
/** The first birth year the registry takes (UI_SUPPORTED_START_BIRTH_YEAR). */
export const FIRST_COHORT_YEAR = 2020;

/**
 * The per-cohort permissions of kukkuu's project object permissions (brief 5), as capabilities of
 * this app: a role granted on a cohort carries them there only.
 */
export const CULTURE_KIDS_PERMISSIONS = {
  /** Events, groups, occurrences, venues, enrolment lists with names, attendance, messages. */
  admin: 'culture-kids.admin',
  publish: 'culture-kids.publish',
  manageGroups: 'culture-kids.manage_groups',
  messageAll: 'culture-kids.message_all',
  /** The registry: guardians' e-mail and phone, the children's notes, exports of families. */
  viewFamilies: 'culture-kids.view_families',
} as const;
export type CultureKidsPermission = (typeof CULTURE_KIDS_PERMISSIONS)[keyof typeof CULTURE_KIDS_PERMISSIONS];
