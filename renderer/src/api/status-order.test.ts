import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../domain/contract.ts';
import { newerStatus, statusIsFor } from './status-order.ts';

const base: SyncStatus = {
  userId: 'user-aino',
  revision: 10,
  connection: 'online',
  phase: 'idle',
  signedIn: true,
  authExpired: false,
  pendingCommands: 1,
  openConflicts: 0,
  lastSyncAt: null,
  lastError: null,
  bootstrap: null,
};

describe('newerStatus', () => {
  it('keeps the newer status when an older answer arrives after it', () => {
    const expired = { ...base, revision: 12, authExpired: true };
    const stale = { ...base, revision: 11 };
    expect(newerStatus(expired, stale)).toBe(expired);
    expect(newerStatus(stale, expired)).toBe(expired);
  });
});

describe('statusIsFor', () => {
  it('accepts only the shown user’s status', () => {
    expect(statusIsFor(base, 'user-aino')).toBe(true);
    expect(statusIsFor({ ...base, userId: 'user-eero' }, 'user-aino')).toBe(false);
    expect(statusIsFor({ ...base, userId: null }, 'user-aino')).toBe(false);
    expect(statusIsFor(base, null)).toBe(false);
  });
});
