import { describe, expect, it } from 'vitest';
import { helperTypeOf, remindersFor } from './ethics.ts';

describe('the ethics reminders', () => {
  it('name the customer logging in and keeping credentials where strong authentication is the topic', () => {
    expect(remindersFor(['strong_auth'])).toEqual(['selfLogin', 'noCredentials']);
  });

  it('name payments only where money is in play, once however many topics call for it', () => {
    expect(remindersFor(['online_shopping_payments', 'eservices_public'])).toEqual(['selfLogin', 'noPayments', 'noCredentials']);
    expect(remindersFor(['device_basics', 'documents_printing_scanning'])).toEqual([]);
  });
});

describe('the helper type of a session', () => {
  it('is volunteer for a volunteer only, staff for a helper or supervisor', () => {
    expect(helperTypeOf(['assist_volunteer'])).toBe('volunteer');
    expect(helperTypeOf(['assist_helper'])).toBe('staff');
    expect(helperTypeOf(['assist_volunteer', 'assist_supervisor'])).toBe('staff');
  });
});
