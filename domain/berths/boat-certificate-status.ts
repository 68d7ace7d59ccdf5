import type { BoatCertificate } from './boat-certificate-entity.ts';
import { addDays } from './seasons.ts';

/**
 * A certificate's validity on a Helsinki day: `missing` (none, or removed), `expired` (its last
 * day has passed), `not_yet_valid` (its first day is still ahead), `expiring` (it ends within
 * EXPIRING_DAYS days, today included), else `valid`. Days are calendar days in Helsinki
 * (seasons.ts helsinkiDate): a certificate valid until 31.5. holds all of that day.
 */
export const CERTIFICATE_STATUSES = ['valid', 'expiring', 'expired', 'not_yet_valid', 'missing'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const EXPIRING_DAYS = 30;

export function certificateStatus(c: Pick<BoatCertificate, 'validFrom' | 'validUntil' | 'removed'> | null | undefined, today: string): CertificateStatus {
  if (!c || c.removed) return 'missing';
  if (c.validUntil < today) return 'expired';
  if (c.validFrom !== null && c.validFrom > today) return 'not_yet_valid';
  if (c.validUntil <= addDays(today, EXPIRING_DAYS)) return 'expiring';
  return 'valid';
}

/** The furthest ahead a certificate may run: a later day is a typing slip (2207 for 2027). */
export const CERTIFICATE_MAX_YEARS_AHEAD = 10;

export type CertificateDatesProblem = 'until_before_from' | 'too_far_ahead';

/** What is wrong with a certificate's days, checked by the form and the deciders alike. */
export function certificateDatesProblem(d: { validFrom: string | null; validUntil: string }, today: string): CertificateDatesProblem | null {
  if (d.validFrom !== null && d.validUntil < d.validFrom) return 'until_before_from';
  const latest = `${Number(today.slice(0, 4)) + CERTIFICATE_MAX_YEARS_AHEAD}-12-31`;
  if (d.validUntil > latest || (d.validFrom !== null && d.validFrom > latest)) return 'too_far_ahead';
  return null;
}
