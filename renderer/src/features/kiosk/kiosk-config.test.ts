import { describe, expect, it } from 'vitest';
import { DEFAULT_KIOSK_TIMING } from '../../../../domain/kiosk/session.ts';
import { kioskTimingFrom, startedForRestart, withRestartMark } from './kiosk-config.ts';

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

describe('the restart mark on the reload address', () => {
  it('is set for a restart, read back by the fresh page, and removed again', () => {
    const marked = withRestartMark('http://127.0.0.1:5173/?kioskIdleMs=3000#kiosk', true);
    expect(marked).toBe('http://127.0.0.1:5173/?kioskIdleMs=3000&kioskRestarted=1#kiosk');
    expect(startedForRestart(new URL(marked).search)).toBe(true);
    const cleaned = withRestartMark(marked, false);
    expect(cleaned).toBe('http://127.0.0.1:5173/?kioskIdleMs=3000#kiosk');
    expect(startedForRestart(new URL(cleaned).search)).toBe(false);
    expect(startedForRestart('?kioskRestarted=yes')).toBe(false);
  });
});
