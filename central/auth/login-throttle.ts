import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Db } from '../db/db.ts';

/** How one kind of key (a user name, a client address) is throttled. */
export interface ThrottleRule {
  /** Attempts that go through before the first lockout. */
  freeAttempts: number;
  /** The first lockout; every further attempt doubles it, up to `maxLockMs`. */
  firstLockMs: number;
  maxLockMs: number;
  /** A key with no attempt for this long starts over. */
  forgetAfterMs: number;
}

export interface LoginThrottlePolicy {
  /** Guessing one user's password. A successful sign-in clears it. */
  user: ThrottleRule;
  /** Spraying over many user names from one address. Successes do not clear it. */
  address: ThrottleRule;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  user: { freeAttempts: 5, firstLockMs: 1_000, maxLockMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 },
  address: { freeAttempts: 30, firstLockMs: 1_000, maxLockMs: 5 * 60_000, forgetAfterMs: 60 * 60_000 },
};

interface ThrottledKey {
  key: string;
  rule: ThrottleRule;
}

/** Hashed: a password typed into the user name field is never stored. */
export function userKey(username: string): string {
  return `user:${createHash('sha256').update(username.trim().toLowerCase()).digest('hex')}`;
}

/** IPv4 as is; IPv6 by its /64, which one subscriber usually holds whole. */
export function addressKey(address: string): string {
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return `addr:${v4[1]}`;
  if (!isIPv6(address)) return `addr:${address}`;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `addr:${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

function lockFor(rule: ThrottleRule, attempts: number): number | null {
  if (attempts < rule.freeAttempts) return null;
  return Math.min(rule.maxLockMs, rule.firstLockMs * 2 ** Math.min(attempts - rule.freeAttempts, 40));
}

export type Admission =
  | { allowed: true; /** The locks this attempt set in advance, to lift if it succeeds. */ locks: Map<string, string | null> }
  | { allowed: false; retryAfterMs: number };

interface Row {
  attempts: number;
  last_attempt_at: Date | string;
  locked_until: Date | string | null;
}

/**
 * Counts an attempt against every key before the password is checked, so a burst of parallel
 * requests cannot outrun the count; refuses (counting nothing) while any key is locked. The
 * attempt that uses up the free ones locks the key for the next: a success lifts it again.
 */
export async function admitAttempt(db: Db, keys: readonly ThrottledKey[], now: Date): Promise<Admission> {
  const sorted = [...keys].sort((a, b) => (a.key < b.key ? -1 : 1));
  return db.transaction(async (tx) => {
    const rows = new Map<string, Row>();
    for (const { key } of sorted) {
      // Locked in key order: two processes admitting the same keys cannot deadlock.
      await tx.query('INSERT INTO login_throttle (key, attempts, last_attempt_at) VALUES ($1, 0, $2) ON CONFLICT (key) DO NOTHING', [key, now.toISOString()]);
      const res = await tx.query<Row>('SELECT attempts, last_attempt_at, locked_until FROM login_throttle WHERE key = $1 FOR UPDATE', [key]);
      rows.set(key, res.rows[0]!);
    }
    let waitMs = 0;
    for (const row of rows.values()) {
      const until = row.locked_until === null ? 0 : new Date(row.locked_until).getTime();
      waitMs = Math.max(waitMs, until - now.getTime());
    }
    if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs };

    const locks = new Map<string, string | null>();
    for (const { key, rule } of sorted) {
      const row = rows.get(key)!;
      const quiet = now.getTime() - new Date(row.last_attempt_at).getTime() > rule.forgetAfterMs;
      const attempts = (quiet ? 0 : row.attempts) + 1;
      const lockMs = lockFor(rule, attempts);
      const lockedUntil = lockMs === null ? null : new Date(now.getTime() + lockMs).toISOString();
      locks.set(key, lockedUntil);
      await tx.query('UPDATE login_throttle SET attempts = $2, last_attempt_at = $3, locked_until = $4 WHERE key = $1', [key, attempts, now.toISOString(), lockedUntil]);
    }
    return { allowed: true, locks };
  });
}

/**
 * After a successful sign-in: the user starts over; the address gets back the attempt it was
 * charged (and the lock that attempt set), but keeps the failures before it.
 */
export async function settleSuccess(db: Db, admission: Extract<Admission, { allowed: true }>, user: string, address: string, policy: LoginThrottlePolicy, now: Date): Promise<void> {
  await db.query('DELETE FROM login_throttle WHERE key = $1', [user]);
  await db.query(
    `UPDATE login_throttle SET attempts = greatest(attempts - 1, 0),
       locked_until = CASE WHEN locked_until = $2::timestamptz THEN NULL ELSE locked_until END
     WHERE key = $1`,
    [address, admission.locks.get(address) ?? null],
  );
  // Keys nobody tried for a long time, so sprayed names do not pile up.
  const forget = Math.max(policy.user.forgetAfterMs, policy.address.forgetAfterMs);
  await db.query('DELETE FROM login_throttle WHERE last_attempt_at < $1 AND (locked_until IS NULL OR locked_until < $2)', [
    new Date(now.getTime() - forget).toISOString(),
    now.toISOString(),
  ]);
}
