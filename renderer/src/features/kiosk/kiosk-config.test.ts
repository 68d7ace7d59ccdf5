import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_TIMING } from '../../../../domain/kiosk/session.ts';
import { adminPinHashFrom, kioskTimingFrom, pinHash } from './kiosk-config.ts';

describe('the kiosk timing from its start address', () => {
  it('keeps the defaults when nothing is configured', () => {
    expect(kioskTimingFrom('')).toEqual(DEFAULT_KIOSK_TIMING);
    expect(kioskTimingFrom('?k=secret')).toEqual(DEFAULT_KIOSK_TIMING);
  });

  it('takes a shorter idle wait and warning, as a test configures them', () => {
    expect(kioskTimingFrom('?kioskIdleMs=3000&kioskWarningMs=2000')).toEqual({ ...DEFAULT_KIOSK_TIMING, idleAfterMs: 3000, warningMs: 2000 });
  });

  it('ignores values that are not whole milliseconds or out of bounds', () => {
    for (const bad of ['-5', '1e4', 'abc', '10.5', '0', '999', String(2 * 60 * 60_000)]) {
      expect(kioskTimingFrom(`?kioskIdleMs=${bad}`).idleAfterMs).toBe(DEFAULT_KIOSK_TIMING.idleAfterMs);
    }
  });
});

describe('the admin PIN from the start address', () => {
  it('takes only a SHA-256 in hex, and checks a typed PIN against it', async () => {
    const hash = await pinHash('2468');
    expect(adminPinHashFrom(`?kioskPinSha256=${hash.toUpperCase()}`)).toBe(hash);
    expect(await pinHash('2469')).not.toBe(hash);
    expect(adminPinHashFrom('?kioskPinSha256=2468')).toBeNull();
    expect(adminPinHashFrom('')).toBeNull();
  });
});
