/**
 * Refusals of the season renewal (brief 4.7) and of the customer contact edit that fixes a failed
 * renewal. Each is a stable code the renderer translates (errors.<code>); domain/errors.ts takes
 * them into ERROR_CODES.
 */
export const RENEWAL_ERROR_CODES = [
  /** Only a paid lease of the season before the one offers are made for is renewed. */
  'lease_not_renewable',
  /** The berth is out of use or not invoiced: its lease is not renewed. */
  'berth_not_renewable',
  /** The customer has a lease on the berth for the new season already (renewed, offered or refused). */
  'already_renewed',
  /** The customer has no email address, so an online invoice cannot reach them. */
  'customer_email_missing',
  /** The customer's email address is not an address (no @, spaces, no domain). */
  'customer_email_invalid',
] as const;
