import { BOOKING_ERROR_CODES } from './bookings/errors.ts';
import { CULTURE_KIDS_ERROR_CODES } from './culture-kids/errors.ts';
import { AUDIT_ERROR_CODES } from './audit/errors.ts';
import { ASSIST_ERROR_CODES } from './assist/errors.ts';
import { KIOSK_ERROR_CODES } from './kiosk/errors.ts';
import { MASTER_DATA_ERROR_CODES } from './berths/master-data-errors.ts';
import { BERTH_ORDER_ERROR_CODES } from './berths/order-errors.ts';
import { RENEWAL_ERROR_CODES } from './berths/renewal-errors.ts';
import { MESSAGE_ERROR_CODES } from './berths/message-errors.ts';
import { WINTER_ERROR_CODES } from './berths/winter-errors.ts';
import { APPLICATION_EDIT_ERROR_CODES } from './berths/application-edit-errors.ts';
import { APPLICATION_LINK_ERROR_CODES } from './berths/application-link-errors.ts';
import { LEASE_CREATE_ERROR_CODES } from './berths/lease-create-errors.ts';
import { BOAT_CERTIFICATE_ERROR_CODES } from './berths/boat-certificate-errors.ts';
import { CUSTOMER_ERASURE_ERROR_CODES } from './berths/customer-erasure-errors.ts';
import { PAYMENT_ISSUE_ERROR_CODES } from './berths/payment-issue-errors.ts';
import { GRID_VIEW_ERROR_CODES } from './grid-views.ts';

/**
 * Every error code a user can meet. The renderer translates each one (errors.<code> in every
 * locale), so a code added here without translations fails the i18n completeness test.
 */
export const ERROR_CODES = [
  // transport and input
  'bad_request',
  /** A text the user typed is longer than its field allows (notes, reasons): refused, never cut. */
  'text_too_long',
  'payload_too_large',
  'unknown_method',
  'unauthorized',
  'invalid_credentials',
  'too_many_attempts',
  'too_many_streams',
  'forbidden',
  'not_found',
  'not_signed_in',
  'central_unreachable',
  'resync_required',
  'internal',
  /** The central refused to store a command's data (a database error on that command alone). */
  'not_storable',
  /** Commands wait in the outbox because the central answers their push with an error. */
  'push_failed',
  /** A command id already used by another user, another installation or for another command. */
  'command_id_taken',
  // one window, one user; the local host behind a browser window
  'session_changed',
  'reauth_other_user',
  /** The signed-in user's screen is locked; it opens with their password. */
  'screen_locked',
  'host_unreachable',
  'host_key_rejected',
  // command outcomes
  'invalid_transition',
  'stale_version',
  'berth_taken',
  'berth_inactive',
  'berth_too_narrow',
  'berth_too_short',
  /** The berth's width has no product in its pricing category: flagged, never priced from another list. */
  'berth_not_priced',
  'harbour_not_chosen',
  'application_has_offer',
  /** Kept for refusals recorded before the due-date window existed; deciders now answer the next one. */
  'due_date_in_past',
  /** A due date outside the window of domain/berths/due-date.ts (too soon, or after the season's start). */
  'due_date_out_of_range',
  /** The application is for a season after the one offers are made for now: no suggestions yet. */
  'season_not_open',
  // the shared write path (any workspace)
  /** A record the command would create exists already: creating never overwrites. */
  'id_taken',
  /** A record the command would update is not at the version it was decided on. */
  'version_mismatch',
  // documents (domain/documents)
  /** The file is not a PDF, JPEG or PNG, is empty or too large, or its name cannot be stored. */
  'document_invalid',
  /** The document is not in this desk's cache, and the central cannot be reached to fetch it. */
  'document_unavailable',
  // each workspace's own refusals
  ...BOOKING_ERROR_CODES,
  ...CULTURE_KIDS_ERROR_CODES,
  ...AUDIT_ERROR_CODES,
  ...ASSIST_ERROR_CODES,
  ...KIOSK_ERROR_CODES,
  ...MASTER_DATA_ERROR_CODES,
  ...BERTH_ORDER_ERROR_CODES,
  ...RENEWAL_ERROR_CODES,
  ...MESSAGE_ERROR_CODES,
  ...WINTER_ERROR_CODES,
  ...APPLICATION_EDIT_ERROR_CODES,
  ...APPLICATION_LINK_ERROR_CODES,
  ...LEASE_CREATE_ERROR_CODES,
  ...BOAT_CERTIFICATE_ERROR_CODES,
  ...CUSTOMER_ERASURE_ERROR_CODES,
  ...PAYMENT_ISSUE_ERROR_CODES,
  // shared capabilities
  ...GRID_VIEW_ERROR_CODES,
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
