import { describe, expect, it } from 'vitest';
import { failureFromStatus } from './central-failure.ts';

const body = (code: string, retryAfterSeconds?: number) => JSON.stringify({ error: { code, message: 'not now', ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) } });

describe('failureFromStatus on 429', () => {
  it('makes a throttled sign-in its own failure with the wait, never "central unreachable"', () => {
    expect(failureFromStatus(429, body('too_many_attempts', 8), '/auth/login', '8')).toEqual({
      kind: 'throttled',
      code: 'too_many_attempts',
      message: 'not now',
      status: 429,
      retryAfterSeconds: 8,
    });
    // A proxy's 429 carries only the header.
    expect(failureFromStatus(429, 'Too Many Requests', '/auth/login', '30')).toMatchObject({ kind: 'throttled', code: 'too_many_attempts', retryAfterSeconds: 30 });
    expect(failureFromStatus(429, '', '/auth/login')).toMatchObject({ kind: 'throttled', code: 'too_many_attempts' });
    expect(failureFromStatus(429, '', '/auth/login').retryAfterSeconds).toBeUndefined();
  });

  it('retries a download refused for too many streams later, as a reachable central', () => {
    expect(failureFromStatus(429, body('too_many_streams', 5), '/sync/stream', '5')).toMatchObject({ kind: 'transient', code: 'too_many_streams', retryAfterSeconds: 5 });
    expect(failureFromStatus(429, body('too_many_streams', 30), '/sync/events', '30')).toMatchObject({ kind: 'transient', code: 'too_many_streams' });
  });

  it('treats any other 429 like a busy central', () => {
    expect(failureFromStatus(429, 'busy', '/sync/pull', 'Wed, 21 Oct 2015 07:28:00 GMT')).toEqual({
      kind: 'transient',
      code: 'central_unreachable',
      message: 'The central answered 429 to /sync/pull.',
      status: 429,
    });
  });
});
