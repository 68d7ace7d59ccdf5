import { describe, expect, it } from 'vitest';
import { retryWait } from './retry-wait.ts';

describe('retryWait', () => {
  it('says seconds under a minute and whole minutes, rounded up, beyond', () => {
    const after = (retryAfterSeconds: unknown) => retryWait({ code: 'too_many_attempts', message: 'x', details: { retryAfterSeconds } });
    expect(after(1)).toEqual({ key: 'login.retryInSeconds', count: 1 });
    expect(after(59)).toEqual({ key: 'login.retryInSeconds', count: 59 });
    expect(after(60)).toEqual({ key: 'login.retryInMinutes', count: 1 });
    expect(after(61)).toEqual({ key: 'login.retryInMinutes', count: 2 });
    expect(after(900)).toEqual({ key: 'login.retryInMinutes', count: 15 });
  });

  it('says nothing when the error carries no wait', () => {
    expect(retryWait(null)).toBeNull();
    expect(retryWait({ code: 'invalid_credentials', message: 'x' })).toBeNull();
    expect(retryWait({ code: 'too_many_attempts', message: 'x', details: { retryAfterSeconds: 'soon' } })).toBeNull();
  });
});
