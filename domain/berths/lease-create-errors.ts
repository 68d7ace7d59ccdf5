/**
 * Refusals of a lease made without an application (lease-create.ts). Each is a stable code the
 * renderer translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES. The berth's
 * own refusals (taken, inactive, too narrow, too short, not priced) are the offer's codes.
 */
export const LEASE_CREATE_ERROR_CODES = [
  /** The end is not after the start, a date is outside the season, or the season is not open for leases. */
  'lease_dates_invalid',
  /** The boat does not exist or belongs to another customer. */
  'lease_boat_invalid',
] as const;
