import { describe, expect, it } from 'vitest';
import { cancellationRefusal, selfCancelCutoff } from './cancellation.ts';
import { enrolment, occurrence } from './fixtures.test-support.ts';

const start = occurrence({ startsAt: '2027-03-10T10:00:00.000Z' });
const at = (by: 'family' | 'staff', now: string, e = enrolment()) => cancellationRefusal(e, start, by, now)?.code ?? null;

describe('cancelling an enrolment', () => {
  it('lets a family cancel until 48 hours before the start, not a minute later', () => {
    expect(selfCancelCutoff(start)).toBe('2027-03-08T10:00:00.000Z');
    expect(at('family', '2027-03-08T10:00:00.000Z')).toBeNull();
    expect(at('family', '2027-03-08T10:01:00.000Z')).toBe('ck_cancel_too_late');
  });

  it('lets staff cancel on the family\'s behalf after the cutoff, until the start', () => {
    expect(at('staff', '2027-03-10T09:59:00.000Z')).toBeNull();
    expect(at('staff', '2027-03-10T10:00:00.000Z')).toBe('ck_enrolment_past');
    expect(at('family', '2027-03-11T10:00:00.000Z')).toBe('ck_enrolment_past');
  });

  it('cancels only what is enrolled, and never an external event\'s code', () => {
    expect(at('staff', '2027-03-01T10:00:00.000Z', enrolment({ status: 'cancelled', cancelKind: 'family' }))).toBe('ck_enrolment_not_active');
    expect(at('staff', '2027-03-01T10:00:00.000Z', enrolment({ status: 'attended' }))).toBe('ck_enrolment_not_active');
    expect(cancellationRefusal(enrolment({ occurrenceId: null, ticketCodeId: 'c' }), null, 'staff', '2027-03-01T10:00:00.000Z')?.code).toBe('ck_enrolment_not_active');
  });
});
