import { describe, expect, it } from 'vitest';
import { makeVerifier, passwordMatches, UnlockVerifier } from './unlock-verifier.ts';

describe('the unlock verifier', () => {
  it('opens for the password it was made from and no other, and keeps no trace of the password', async () => {
    const v = await makeVerifier('Kesä-2027 ölj');
    expect(UnlockVerifier.safeParse(v).success).toBe(true);
    expect(JSON.stringify(v)).not.toContain('Kesä');
    expect(await passwordMatches(v, 'Kesä-2027 ölj')).toBe(true);
    // The same letters written either way of Unicode are one password.
    expect(await passwordMatches(v, 'Kesa\u0308-2027 o\u0308lj')).toBe(true);
    expect(await passwordMatches(v, 'kesä-2027 ölj')).toBe(false);
    expect(await passwordMatches(v, '')).toBe(false);
  });

  it('salts each one: the same password gives another hash', async () => {
    const [a, b] = await Promise.all([makeVerifier('demo'), makeVerifier('demo')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });
});
