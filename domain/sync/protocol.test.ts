import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../workspaces.ts';
import { CommandEnvelope, LoginRequest } from './protocol.ts';

const ID = '6a1f3c52-7d41-4c0e-9b1a-0000000000ab';
const envelope = (over: Partial<CommandEnvelope>) => ({
  id: ID,
  seq: 1,
  type: 'berths.addNote',
  payload: {},
  issuedAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

describe('protocol bounds', () => {
  it('keeps baseVersion and seq within what the central’s columns hold', () => {
    expect(CommandEnvelope.safeParse(envelope({ baseVersion: 2 ** 31 - 1 })).success).toBe(true);
    for (const baseVersion of [2 ** 31, 2 ** 53, -1, 1.5]) expect(CommandEnvelope.safeParse(envelope({ baseVersion })).success, String(baseVersion)).toBe(false);
    expect(CommandEnvelope.safeParse(envelope({ seq: Number.MAX_SAFE_INTEGER })).success).toBe(true);
    for (const seq of [2 ** 63, -1, 0.5]) expect(CommandEnvelope.safeParse(envelope({ seq })).success, String(seq)).toBe(false);
  });

  it('refuses unstorable text in every command payload and in the login request', () => {
    const applicationId = ID;
    expect(COMMANDS['berths.addNote'].payload.safeParse({ applicationId, note: 'a\u0000b' }).success).toBe(false);
    expect(COMMANDS['berths.withdrawOffer'].payload.safeParse({ applicationId, leaseId: applicationId, reason: '\ud83d' }).success).toBe(false);
    expect(LoginRequest.safeParse({ username: 'ai\u0000no', password: 'demo' }).success).toBe(false);
  });
});
