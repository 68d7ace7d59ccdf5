import { describe, expect, it } from 'vitest';
import { connectionOf, DEFAULT_FLEET_THRESHOLDS as F, deriveFleetRow } from './fleet-status.ts';
import { Heartbeat } from './heartbeat.ts';
import { KioskSchedule } from './schedule.ts';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-12-02T10:00:00Z'); // Wednesday 12:00 in Helsinki
const weekdays = KioskSchedule.parse({ weekly: { '1': { opens: '08:00', closes: '20:00' }, '2': { opens: '08:00', closes: '20:00' }, '3': { opens: '08:00', closes: '20:00' }, '4': { opens: '08:00', closes: '20:00' }, '5': { opens: '08:00', closes: '20:00' } }, exceptions: {} });

function heartbeat(overrides: Partial<Heartbeat> = {}): Heartbeat {
  return Heartbeat.parse({ kioskId: 'oodi-1', sentAt: '2026-12-02T09:59:50.000Z', version: '1.4.0', phase: 'in_use', inUse: true, lastResetAt: '2026-12-02T09:40:00.000Z', bypassAttemptCount: 0, bypassAttempts: [], ...overrides });
}

describe('connectionOf', () => {
  it('is online, stale and offline by the age of the last heartbeat', () => {
    expect(connectionOf(NOW, NOW)).toBe('online');
    expect(connectionOf(NOW - F.staleAfterMs + 1, NOW)).toBe('online');
    expect(connectionOf(NOW - F.staleAfterMs, NOW)).toBe('stale');
    expect(connectionOf(NOW - F.offlineAfterMs + 1, NOW)).toBe('stale');
    expect(connectionOf(NOW - F.offlineAfterMs, NOW)).toBe('offline');
  });

  it('is offline for a kiosk never heard from, and online for a receipt a moment "ahead" of the clock', () => {
    expect(connectionOf(null, NOW)).toBe('offline');
    expect(connectionOf(NOW + 500, NOW)).toBe('online');
  });
});

describe('deriveFleetRow', () => {
  it('reports an online kiosk as it last said, with nothing to look at', () => {
    expect(deriveFleetRow({ receivedAtMs: NOW - 10_000, heartbeat: heartbeat() }, weekdays, NOW)).toEqual({
      connection: 'online',
      scheduledOpen: true,
      inUse: true,
      lastResetAt: '2026-12-02T09:40:00.000Z',
      version: '1.4.0',
      needsAttention: false,
    });
  });

  it('flags a kiosk gone quiet during opening hours, and not one switched off for the night', () => {
    const quiet = { receivedAtMs: NOW - F.offlineAfterMs, heartbeat: heartbeat() };
    expect(deriveFleetRow(quiet, weekdays, NOW)).toMatchObject({ connection: 'offline', inUse: null, needsAttention: true });
    const night = at('2026-12-02T20:00:00Z'); // 22:00 in Helsinki
    expect(deriveFleetRow({ ...quiet, receivedAtMs: night - F.offlineAfterMs }, weekdays, night)).toMatchObject({ connection: 'offline', scheduledOpen: false, needsAttention: false });
    expect(deriveFleetRow({ ...quiet, receivedAtMs: NOW - F.staleAfterMs }, weekdays, NOW)).toMatchObject({ connection: 'stale', inUse: true, needsAttention: true });
  });

  it('flags bypass attempts in the last heartbeat even out of hours', () => {
    const night = at('2026-12-02T20:00:00Z');
    const hb = heartbeat({ bypassAttemptCount: 3, bypassAttempts: [{ at: '2026-12-02T19:59:00.000Z', kind: 'devtools_chord' }] });
    expect(deriveFleetRow({ receivedAtMs: night, heartbeat: hb }, weekdays, night).needsAttention).toBe(true);
  });

  it('shows a kiosk never heard from as offline with nothing known', () => {
    expect(deriveFleetRow(null, weekdays, NOW)).toEqual({ connection: 'offline', scheduledOpen: true, inUse: null, lastResetAt: null, version: null, needsAttention: true });
  });
});
