import type { LoginResponse } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { addressKey, admitAttempt, settleSuccess, userKey, type LoginThrottlePolicy } from './login-throttle.ts';
import type { PasswordCheck } from './passwords.ts';
import { checkCredentials, openSession } from './sessions.ts';

export type SignInOutcome =
  | { kind: 'signed_in'; session: LoginResponse }
  | { kind: 'invalid_credentials' }
  /** Refused before the password was looked at; says nothing about whether the user exists. */
  | { kind: 'throttled'; retryAfterSeconds: number };

export interface SignInOptions {
  policy: LoginThrottlePolicy;
  /** The throttle's clock. */
  now?: () => Date;
  /** How a password is checked against a stored hash (a test may count the calls). */
  verify?: PasswordCheck;
}

/** A sign-in attempt: throttled by user name and by client address, then checked at equal cost. */
export async function signIn(db: Db, attempt: { username: string; password: string; address: string }, options: SignInOptions): Promise<SignInOutcome> {
  const now = options.now?.() ?? new Date();
  const user = userKey(attempt.username);
  const address = addressKey(attempt.address);
  const admission = await admitAttempt(
    db,
    [
      { key: user, rule: options.policy.user },
      { key: address, rule: options.policy.address },
    ],
    now,
  );
  if (!admission.allowed) return { kind: 'throttled', retryAfterSeconds: Math.max(1, Math.ceil(admission.retryAfterMs / 1000)) };
  const staff = await checkCredentials(db, attempt.username, attempt.password, options.verify);
  if (!staff) return { kind: 'invalid_credentials' };
  await settleSuccess(db, admission, user, address, options.policy, now);
  return { kind: 'signed_in', session: await openSession(db, staff) };
}
