/**
 * Refusals of the boat certificate commands (boat-certificate-deciders.ts). Each is a stable code
 * the renderer translates (errors.<code>); domain/errors.ts takes them into ERROR_CODES.
 */
export const BOAT_CERTIFICATE_ERROR_CODES = [
  /** The boat has a certificate of this type already: edit it, or remove it first. */
  'boat_certificate_exists',
  /** Valid until before valid from, or further ahead than any certificate runs. */
  'boat_certificate_dates_invalid',
  /** The certificate was removed: nothing to edit or remove any more. */
  'boat_certificate_removed',
  /** The scan the command names never reached the central (its upload was refused or is lost). */
  'boat_certificate_document_missing',
] as const;
