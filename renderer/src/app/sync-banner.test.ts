import { describe, expect, it } from 'vitest';
import { syncStatus } from '../api/sync-status.test-support.ts';
import { bannerFor } from './sync-banner.ts';

describe('bannerFor', () => {
  it('says nothing while all is well', () => {
    expect(bannerFor(syncStatus())).toBeNull();
    expect(bannerFor(undefined)).toBeNull();
  });

  it('says changes are not going out when the central keeps answering their push with an error', () => {
    expect(bannerFor(syncStatus({ lastError: { code: 'push_failed', message: 'HTTP 500' } }))).toBe('pushFailed');
    // Once nothing waits any more, the old error is no news.
    expect(bannerFor(syncStatus({ pendingCommands: 0, lastError: { code: 'push_failed', message: 'HTTP 500' } }))).toBeNull();
  });

  it('puts the most urgent first: signed out, then offline, then refused pushes, then the first download', () => {
    const all = syncStatus({
      authExpired: true,
      connection: 'offline',
      lastError: { code: 'push_failed', message: 'x' },
      bootstrap: { received: 10, total: 100, phase: 'receiving', secondsLeft: null },
    });
    expect(bannerFor(all)).toBe('authExpired');
    expect(bannerFor({ ...all, authExpired: false })).toBe('offline');
    expect(bannerFor({ ...all, authExpired: false, connection: 'online' })).toBe('pushFailed');
    expect(bannerFor({ ...all, authExpired: false, connection: 'online', lastError: null })).toBe('bootstrap');
  });
});
