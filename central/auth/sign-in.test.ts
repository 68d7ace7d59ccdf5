import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchCentral } from '../server.ts';
import { DEFAULT_LOGIN_THROTTLE, addressKey, type LoginThrottlePolicy } from './login-throttle.ts';
import { verifyPassword, type PasswordCheck } from './passwords.ts';
import { signIn } from './sign-in.ts';
import { createUser } from './users.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;

beforeAll(async () => {
  central = await launchCentral({ seed: false });
  await createUser(central.db, { id: '0b8a1c52-7d41-4c0e-9b1a-0000000000a1', username: 'known', name: 'Known User', roles: ['berth_handler'], password: 'right' });
  await createUser(central.db, { id: '0b8a1c52-7d41-4c0e-9b1a-0000000000a2', username: 'other', name: 'Other User', roles: ['berth_handler'], password: 'right' });
});
afterAll(() => central.close());

/** The real scrypt check, with every hash it was asked to check against written down. */
function countingVerify(): { verify: PasswordCheck; hashes: string[] } {
  const hashes: string[] = [];
  return {
    hashes,
    verify: (password, stored) => {
      hashes.push(stored);
      return verifyPassword(password, stored);
    },
  };
}

/** `scrypt$<N>$<salt>$<hash>` without the random parts: what decides the cost of a check. */
const costOf = (hash: string) => {
  const [scheme, n, salt, key] = hash.split('$');
  return { scheme, n, saltBytes: Buffer.from(salt ?? '', 'base64url').length, keyBytes: Buffer.from(key ?? '', 'base64url').length };
};

const policy: LoginThrottlePolicy = { ...DEFAULT_LOGIN_THROTTLE, user: { ...DEFAULT_LOGIN_THROTTLE.user, freeAttempts: 2 } };
// A clock standing still: a lockout cannot run out while a slow machine runs the test.
const now = () => new Date('2027-03-01T08:00:00Z');

describe('signIn', () => {
  it('checks an unknown user name against a hash of the same cost as a real one', async () => {
    const { verify, hashes } = countingVerify();
    const known = await signIn(central.db, { username: 'known', password: 'wrong', address: '198.51.100.1' }, { policy, verify, now });
    const unknown = await signIn(central.db, { username: 'nobody', password: 'wrong', address: '198.51.100.2' }, { policy, verify, now });
    expect([known.kind, unknown.kind]).toEqual(['invalid_credentials', 'invalid_credentials']);
    expect(hashes).toHaveLength(2);
    const stored = await central.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE username = 'known'");
    expect(hashes[0]).toBe(stored.rows[0]!.password_hash);
    expect(hashes[1]).not.toBe(hashes[0]);
    expect(costOf(hashes[1]!)).toEqual(costOf(hashes[0]!));
    expect(costOf(hashes[0]!)).toMatchObject({ scheme: 'scrypt', n: '16384' });
  });

  it('refuses a locked-out attempt before any password check, for known and unknown users alike', async () => {
    const { verify, hashes } = countingVerify();
    const outcomes: Record<string, string[]> = { other: [], ghost: [] };
    for (const username of ['other', 'ghost'] as const) {
      for (let i = 0; i < 4; i++) {
        const r = await signIn(central.db, { username, password: 'wrong', address: `198.51.100.${username === 'other' ? 10 : 11}` }, { policy, verify, now });
        outcomes[username]!.push(r.kind === 'throttled' ? `throttled ${r.retryAfterSeconds}` : r.kind);
      }
    }
    expect(outcomes.other).toEqual(['invalid_credentials', 'invalid_credentials', 'throttled 1', 'throttled 1']);
    expect(outcomes.ghost).toEqual(outcomes.other);
    // Two checks each: the throttled attempts never reached scrypt.
    expect(hashes).toHaveLength(4);
    // The right password is refused the same way while the lock lasts.
    const right = await signIn(central.db, { username: 'other', password: 'right', address: '198.51.100.10' }, { policy, verify, now });
    expect(right).toEqual({ kind: 'throttled', retryAfterSeconds: 1 });
    expect(hashes).toHaveLength(4);
  });

  it('keeps neither the user name nor anything typed as a password in the throttle table', async () => {
    await signIn(central.db, { username: 'Secret-Pass-In-User-Field', password: 'x', address: '198.51.100.20' }, { policy, now });
    const keys = await central.db.query<{ key: string }>('SELECT key FROM login_throttle');
    expect(keys.rows.length).toBeGreaterThan(0);
    expect(keys.rows.some((r) => /secret|known|other|ghost/i.test(r.key))).toBe(false);
  });
});

describe('addressKey', () => {
  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(addressKey('192.0.2.7')).toBe('addr:192.0.2.7');
    expect(addressKey('::ffff:192.0.2.7')).toBe('addr:192.0.2.7');
    expect(addressKey('2001:db8:0:1:aaaa::1')).toBe('addr:2001:db8:0:1::/64');
    expect(addressKey('2001:db8:0:1:bbbb:cccc:dddd:eeee')).toBe('addr:2001:db8:0:1::/64');
    expect(addressKey('2001:db8::1')).toBe('addr:2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('addr:0:0:0:0::/64');
  });
});
