import { describe, expect, it } from 'vitest';
import { ASSIST_COMMANDS } from './commands.ts';
import { ASSIST_DECIDERS } from './decide.ts';
import { ASSIST_PERMISSIONS } from './vocabulary.ts';

describe('the Assistance commands', () => {
  it('each have a decider and name a permission of the workspace', () => {
    expect(Object.keys(ASSIST_DECIDERS).sort()).toEqual(Object.keys(ASSIST_COMMANDS).sort());
    const permissions: readonly string[] = Object.values(ASSIST_PERMISSIONS);
    for (const spec of Object.values(ASSIST_COMMANDS)) expect(permissions).toContain(spec.permission);
  });

  it('leave the kiosk nothing but taking a ticket, booking and asking for help', () => {
    const kiosk = new Set<string>([ASSIST_PERMISSIONS.ticket, ASSIST_PERMISSIONS.book, ASSIST_PERMISSIONS.requestHelp]);
    expect(Object.entries(ASSIST_COMMANDS).filter(([, c]) => kiosk.has(c.permission)).map(([t]) => t).sort()).toEqual(['assist.bookAppointment', 'assist.issueTicket', 'assist.requestHelp']);
  });

  it('refuse bad payloads at the schema: ids of new rows are UUIDs, and notes are short', () => {
    expect(ASSIST_COMMANDS['assist.issueTicket'].payload.safeParse({ ticketId: 'x', servicePointId: 'sp', source: 'desk', topicHint: null, language: null }).success).toBe(false);
    expect(ASSIST_COMMANDS['assist.issueTicket'].payload.safeParse({ ticketId: '7d3f6c2a-1b4e-4f8a-9c0d-000000000001', servicePointId: 'sp', source: 'mobile', topicHint: null, language: null }).success).toBe(false);
    const session = { sessionId: '7d3f6c2a-1b4e-4f8a-9c0d-000000000001', servicePointId: 'sp', startedAt: '2027-03-01T09:00:00.000Z', endedAt: '2027-03-01T09:10:00.000Z', ticketId: null, appointmentId: null, channel: 'chat', helperType: 'staff', topics: ['other'], serviceLanguage: 'fi', interpreted: false, ageBand: null, firstTimeUser: null, outcome: 'resolved', referral: 'none' };
    expect(ASSIST_COMMANDS['assist.logSession'].payload.safeParse({ ...session, note: 'a'.repeat(501) }).success).toBe(false);
    expect(ASSIST_COMMANDS['assist.logSession'].payload.safeParse({ ...session, note: 'ok' }).success).toBe(true);
  });
});
