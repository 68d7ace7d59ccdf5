import { describe, expect, it } from 'vitest';
import { addDays } from '../wall-clock.ts';
import {
  CERTIFICATE_REMINDER_GRACE_DAYS,
  certificateReminderDay,
  certificateRemindersDue,
  holdsBerth,
  type HoldingLease,
  type RemindedCertificate,
  type SentCertificateReminder,
} from './boat-certificate-reminders.ts';
import { certificateStatus } from './boat-certificate-status.ts';

const HOLDER = '00000000-0000-4000-8000-0000000000c1';
const OTHER = '00000000-0000-4000-8000-0000000000c2';
const CERT = '00000000-0000-4000-8000-0000000000e1';
const UNTIL = '2027-05-31';

const cert = (extra: Partial<RemindedCertificate> = {}): RemindedCertificate => ({ id: CERT, customerId: HOLDER, validUntil: UNTIL, removed: null, ...extra });
const lease = (extra: Partial<HoldingLease> = {}): HoldingLease => ({ customerId: HOLDER, status: 'paid', endDate: '2027-09-14', ...extra });
const due = (today: string, c = cert(), leases = [lease()], sent: SentCertificateReminder[] = []) => certificateRemindersDue([c], leases, sent, today).map((r) => `${r.kind}:${r.daysLeft}`);
const sentOf = (kind: SentCertificateReminder['kind'], validUntil = UNTIL): SentCertificateReminder => ({ certificateId: CERT, kind, validUntil });

describe('boat certificate reminders', () => {
  it('remind 30 days before the last day, not 31; a day missed is made up the next day, never sent twice', () => {
    expect(due(addDays(UNTIL, -31))).toEqual([]);
    expect(due(addDays(UNTIL, -30))).toEqual(['expiring:30']);
    expect(certificateRemindersDue([cert()], [lease()], [], addDays(UNTIL, -30))).toEqual([{ certificateId: CERT, customerId: HOLDER, kind: 'expiring', validUntil: UNTIL, daysLeft: 30 }]);
    // The day the reminder goes is the day the desk starts to show the certificate as expiring.
    expect(certificateStatus({ ...cert(), validFrom: null }, addDays(UNTIL, -31))).toBe('valid');
    expect(certificateStatus({ ...cert(), validFrom: null }, addDays(UNTIL, -30))).toBe('expiring');
    // Sent on the 30th day: nothing on the 29th. Missed on the 30th: the 29th makes it up.
    expect(due(addDays(UNTIL, -29), cert(), [lease()], [sentOf('expiring')])).toEqual([]);
    expect(due(addDays(UNTIL, -29))).toEqual(['expiring:29']);
    // Made up within the grace days only, and never on or after the last day.
    expect(due(addDays(UNTIL, -30 + CERTIFICATE_REMINDER_GRACE_DAYS))).toEqual([`expiring:${30 - CERTIFICATE_REMINDER_GRACE_DAYS}`]);
    expect(due(addDays(UNTIL, -29 + CERTIFICATE_REMINDER_GRACE_DAYS))).toEqual([]);
    expect(due(addDays(UNTIL, -1))).toEqual([]);
  });

  it('say nothing on the last day, which the certificate still covers, and tell the day after it expired', () => {
    expect(due(UNTIL)).toEqual([]);
    expect(due(UNTIL, cert(), [lease()], [sentOf('expiring')])).toEqual([]);
    expect(due(addDays(UNTIL, 1), cert(), [lease()], [sentOf('expiring')])).toEqual(['expired:-1']);
    expect(certificateReminderDay('expired', UNTIL)).toBe('2027-06-01');
    expect(due(addDays(UNTIL, 2), cert(), [lease()], [sentOf('expiring'), sentOf('expired')])).toEqual([]);
    // Missed the day after: made up within the grace days, an old expiry never told.
    expect(due(addDays(UNTIL, 1 + CERTIFICATE_REMINDER_GRACE_DAYS))).toEqual([`expired:${-1 - CERTIFICATE_REMINDER_GRACE_DAYS}`]);
    expect(due(addDays(UNTIL, 2 + CERTIFICATE_REMINDER_GRACE_DAYS))).toEqual([]);
    expect(due('2029-01-01')).toEqual([]);
  });

  it('never remind of a removed certificate', () => {
    const removed = cert({ removed: { actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2027-04-01T10:00:00+03:00' } });
    expect(due(addDays(UNTIL, -30), removed)).toEqual([]);
    expect(due(addDays(UNTIL, 1), removed)).toEqual([]);
  });

  it('remind again of a certificate whose last day a handler moved: the new day is a new reminder', () => {
    const sent = [sentOf('expiring'), sentOf('expired')];
    const renewed = cert({ validUntil: '2028-05-31' });
    expect(due(addDays(UNTIL, 1), renewed, [lease()], sent)).toEqual([]);
    expect(due('2028-05-01', renewed, [lease({ endDate: '2028-09-14' })], sent)).toEqual(['expiring:30']);
    expect(due('2028-06-01', renewed, [lease({ endDate: '2028-09-14' })], [...sent, sentOf('expiring', '2028-05-31')])).toEqual(['expired:-1']);
    // A removed and added again certificate has an id of its own: nothing sent for it yet.
    const replacement = { ...cert(), id: '00000000-0000-4000-8000-0000000000e2' };
    expect(certificateRemindersDue([replacement], [lease()], sent, addDays(UNTIL, -30)).map((r) => r.certificateId)).toEqual([replacement.id]);
  });

  it('reach only customers holding a berth: a lease in a status that holds it, not ended', () => {
    const day = addDays(UNTIL, -30);
    expect(due(day, cert(), [])).toEqual([]);
    expect(due(day, cert(), [lease({ customerId: OTHER })])).toEqual([]);
    for (const status of ['refused', 'expired', 'terminated', 'cancelled'] as const) expect(due(day, cert(), [lease({ status })]), status).toEqual([]);
    for (const status of ['drafted', 'offered', 'paid', 'error', 'awaiting_payment'] as const) expect(due(day, cert(), [lease({ status })]), status).toEqual(['expiring:30']);
    // Last season's lease has ended: its holder holds no berth now.
    expect(holdsBerth(HOLDER, [lease({ endDate: addDays(day, -1) })], day)).toBe(false);
    expect(holdsBerth(HOLDER, [lease({ endDate: day })], day)).toBe(true);
    expect(due(day, cert(), [lease({ endDate: addDays(day, -1) }), lease({ status: 'terminated' })])).toEqual([]);
  });

  it('decide each certificate on its own, in the order given', () => {
    const second = cert({ id: '00000000-0000-4000-8000-0000000000e3', customerId: OTHER, validUntil: addDays(UNTIL, 30) });
    const leases = [lease(), lease({ customerId: OTHER })];
    expect(certificateRemindersDue([cert(), second], leases, [], UNTIL).map((r) => [r.certificateId, r.kind])).toEqual([[second.id, 'expiring']]);
    expect(certificateRemindersDue([cert(), second], leases, [], addDays(UNTIL, 1)).map((r) => [r.certificateId, r.kind])).toEqual([
      [CERT, 'expired'],
      [second.id, 'expiring'],
    ]);
  });
});
