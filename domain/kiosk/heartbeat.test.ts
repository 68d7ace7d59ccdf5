import { describe, expect, it } from 'vitest';
import { Heartbeat, MAX_BYPASS_ATTEMPTS_LISTED } from './heartbeat.ts';

const valid = { kioskId: 'oodi-1', sentAt: '2026-12-02T10:00:00Z', version: '1.4.0', phase: 'attract', inUse: false, lastResetAt: null, bypassAttemptCount: 1, bypassAttempts: [{ at: '2026-12-02T09:59:00Z', kind: 'popup' }] };

describe('Heartbeat', () => {
  it('accepts a well-formed heartbeat', () => {
    expect(Heartbeat.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ phase: 'browsing' }, 'phase'],
    [{ sentAt: '2026-12-02 10:00' }, 'sentAt'],
    [{ kioskId: '' }, 'kioskId'],
    [{ bypassAttempts: [{ at: '2026-12-02T09:59:00Z', kind: 'unplugged' }] }, 'bypassAttempts'],
    [{ bypassAttemptCount: 0 }, 'bypassAttempts'],
    [{ bypassAttemptCount: -1 }, 'bypassAttemptCount'],
    [{ bypassAttemptCount: 100, bypassAttempts: Array.from({ length: MAX_BYPASS_ATTEMPTS_LISTED + 1 }, () => valid.bypassAttempts[0]) }, 'bypassAttempts'],
  ])('refuses %j', (change, field) => {
    const result = Heartbeat.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it('carries no field for customer data', () => {
    expect(Object.keys(Heartbeat.parse(valid)).sort()).toEqual(['bypassAttemptCount', 'bypassAttempts', 'inUse', 'kioskId', 'lastResetAt', 'phase', 'sentAt', 'version']);
  });
});
