/**
 * Every error code a user can meet. The renderer translates each one (errors.<code> in every
 * locale), so a code added here without translations fails the i18n completeness test.
 */
export const ERROR_CODES = [
  // transport and input
  'bad_request',
  'payload_too_large',
  'unknown_method',
  'unauthorized',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'not_signed_in',
  'central_unreachable',
  'resync_required',
  'internal',
  // one window, one user; the local host behind a browser window
  'session_changed',
  'reauth_other_user',
  'host_unreachable',
  'host_key_rejected',
  // command outcomes
  'invalid_transition',
  'stale_version',
  'berth_taken',
  'berth_inactive',
  'berth_too_narrow',
  'berth_too_short',
  'harbour_not_chosen',
  'application_has_offer',
  'due_date_in_past',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
