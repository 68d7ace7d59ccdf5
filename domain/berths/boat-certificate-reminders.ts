import { addDays, daysBetween } from '../wall-clock.ts';
import type { BoatCertificate } from './boat-certificate-entity.ts';
import { EXPIRING_DAYS } from './boat-certificate-status.ts';
import { isActiveLease, type LeaseMachineStatus } from './lease-machine.ts';

/**
 * Which boat certificates get a reminder to their customer today (decision 50): `expiring` when
 * the last day is EXPIRING_DAYS (30) days away, the day the desk starts to show it as expiring,
 * and `expired` on the day after the last day. Only customers who hold a berth get them: a lease
 * in a status that holds its berth (lease-machine.ts) that has not ended. Days are Helsinki
 * calendar days (YYYY-MM-DD), as in certificateStatus.
 *
 * Each reminder goes once per certificate, kind and last day: a certificate whose last day a
 * handler moves (a renewed one) is a new certificate to remind of, a removed one is never
 * reminded. A day missed (the central was down) is made up within GRACE_DAYS, later not: a
 * reminder weeks late, or for every old certificate the day this first runs, tells nobody anything.
 */
export const CERTIFICATE_REMINDER_KINDS = ['expiring', 'expired'] as const;
export type CertificateReminderKind = (typeof CERTIFICATE_REMINDER_KINDS)[number];

export const CERTIFICATE_REMINDER_DAYS_BEFORE = EXPIRING_DAYS;
export const CERTIFICATE_REMINDER_GRACE_DAYS = 7;

/** A certificate as the rule needs it; `customerId` is the customer the boat belongs to now. */
export type RemindedCertificate = Pick<BoatCertificate, 'id' | 'customerId' | 'validUntil' | 'removed'>;

/** A lease as far as it says whether its customer holds a berth. */
export interface HoldingLease {
  customerId: string;
  status: LeaseMachineStatus;
  endDate: string;
}

/** A reminder already sent: the key the central keeps unique. */
export interface SentCertificateReminder {
  certificateId: string;
  kind: CertificateReminderKind;
  validUntil: string;
}

export interface CertificateReminder extends SentCertificateReminder {
  customerId: string;
  /** Days from today to the last day: 30 (or fewer, made up late) for `expiring`, negative for `expired`. */
  daysLeft: number;
}

/** The day a reminder of a kind is due for a certificate ending on `validUntil`. */
export function certificateReminderDay(kind: CertificateReminderKind, validUntil: string): string {
  return kind === 'expiring' ? addDays(validUntil, -CERTIFICATE_REMINDER_DAYS_BEFORE) : addDays(validUntil, 1);
}

/** Whether the customer holds a berth today: a lease in a holding status that has not ended. */
export function holdsBerth(customerId: string, leases: readonly HoldingLease[], today: string): boolean {
  return leases.some((l) => l.customerId === customerId && isActiveLease(l.status) && l.endDate >= today);
}

/**
 * The reminder one certificate is due today, or null: the kind its last day puts it in (expired
 * once the day is past, else expiring), on its day or up to GRACE_DAYS later, unless sent already.
 */
export function certificateReminderDue(
  certificate: RemindedCertificate,
  holdsABerth: boolean,
  sent: readonly SentCertificateReminder[],
  today: string,
): CertificateReminderKind | null {
  if (certificate.removed || !holdsABerth) return null;
  const kind: CertificateReminderKind = certificate.validUntil < today ? 'expired' : 'expiring';
  const day = certificateReminderDay(kind, certificate.validUntil);
  if (today < day || today > addDays(day, CERTIFICATE_REMINDER_GRACE_DAYS)) return null;
  const already = sent.some((s) => s.certificateId === certificate.id && s.kind === kind && s.validUntil === certificate.validUntil);
  return already ? null : kind;
}

/** Every reminder due today, in the certificates' order. */
export function certificateRemindersDue(
  certificates: readonly RemindedCertificate[],
  leases: readonly HoldingLease[],
  sent: readonly SentCertificateReminder[],
  today: string,
): CertificateReminder[] {
  return certificates.flatMap((c) => {
    const kind = certificateReminderDue(c, holdsBerth(c.customerId, leases, today), sent, today);
    if (kind === null) return [];
    return [{ certificateId: c.id, customerId: c.customerId, kind, validUntil: c.validUntil, daysLeft: daysBetween(today, c.validUntil) }];
  });
}
