import { describe, expect, it } from 'vitest';
import { newerStatus, statusIsFor } from './status-order.ts';
import { syncStatus } from './sync-status.test-support.ts';

const base = syncStatus({ revision: 10 });

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
