import { describe, expect, it } from 'vitest';
import { HelpSession, Appointment } from './entities.ts';
import { LogSessionPayload, LogSessionsBulkPayload } from './commands.ts';
import { decideLogSession, decideLogSessionsBulk, type LogSessionState } from './decide-session.ts';
import { appointment, ctx, NOW, point, ticket, v } from './fixtures.test-support.ts';

const ID = (n: number) => `7d3f6c2a-1b4e-4f8a-9c0d-${String(n).padStart(12, '0')}`;
const fields = { channel: 'walk_in', helperType: 'volunteer', topics: ['strong_auth', 'eservices_public'], serviceLanguage: 'ar', interpreted: true, ageBand: '65_74', firstTimeUser: true, outcome: 'partly_resolved', referral: 'kansalaisneuvonta', note: null } as const;
const payload = (o: object = {}) => LogSessionPayload.parse({ ...fields, sessionId: ID(1), servicePointId: 'sp-oodi', startedAt: '2027-03-01T09:40:00.000Z', endedAt: '2027-03-01T09:58:00.000Z', ticketId: null, appointmentId: null, ...o });
const state = (o: Partial<LogSessionState> = {}): LogSessionState => ({ servicePoint: point(), loggedIds: new Set(), ticket: null, appointment: null, ...o });
const records = (d: ReturnType<typeof decideLogSession>) => (d.ok ? d.puts.map((p) => p.record) : []);

describe('logging a timed session', () => {
  it('stores an anonymous session with its bucket, logger and time', () => {
    const d = decideLogSession(state(), payload(), ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'as_help_session', version: 1, record: { id: ID(1), occurredAt: '2027-03-01T09:40:00.000Z', durationBucket: '15_30', loggedBy: 'helper-1', loggedAt: NOW, note: null, noteExpiresAt: null } }] });
    expect(HelpSession.safeParse(records(d)[0]).success).toBe(true);
  });

  it('keeps a note with its expiry, and refuses one that looks like personal data', () => {
    expect(decideLogSession(state(), payload({ note: 'Kela-lomake, jatketaan' }), ctx())).toMatchObject({ puts: [{ record: { note: 'Kela-lomake, jatketaan', noteExpiresAt: '2027-03-15T10:00:00.000Z' } }] });
    const d = decideLogSession(state(), payload({ note: 'asiakas 131052-308T' }), ctx());
    expect(d).toMatchObject({ ok: false, code: 'as_note_personal_data' });
    expect(d.ok ? '' : d.message).toContain('identity_code');
  });

  it('refuses times that end before they start or after now, and a session logged twice', () => {
    expect(decideLogSession(state(), payload({ endedAt: '2027-03-01T09:30:00.000Z' }), ctx())).toMatchObject({ code: 'as_session_times' });
    expect(decideLogSession(state(), payload({ endedAt: '2027-03-01T10:30:00.000Z' }), ctx())).toMatchObject({ code: 'as_session_in_future' });
    expect(decideLogSession(state({ loggedIds: new Set([ID(1)]) }), payload(), ctx())).toMatchObject({ code: 'as_session_duplicate' });
  });

  it('links the served ticket, and closes the appointment it kept as done', () => {
    const served = ticket(4, { status: 'done', calledAt: NOW, serviceStartedAt: NOW, closedAt: NOW });
    expect(decideLogSession(state({ ticket: served }), payload({ ticketId: 't-4' }), ctx())).toMatchObject({ ok: true, puts: [{ record: { ticketId: 't-4' } }] });
    expect(decideLogSession(state(), payload({ ticketId: 't-4' }), ctx())).toMatchObject({ code: 'not_found' });
    const d = decideLogSession(state({ appointment: v(appointment(), 2) }), payload({ appointmentId: 'ap-1', channel: 'booked' }), ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ record: { appointmentId: 'ap-1' } }, { entity: 'as_appointment', version: 3, record: { status: 'done', closedAt: NOW } }] });
    expect(Appointment.safeParse(records(d)[1]).success).toBe(true);
  });
});

describe('logging the sessions of a busy hour', () => {
  const row = (n: number, o: object = {}) => ({ ...fields, sessionId: ID(n), durationBucket: '5_15', ...o });
  const bulk = (sessions: object[]) => LogSessionsBulkPayload.parse({ servicePointId: 'sp-oodi', hourStartedAt: '2027-03-01T09:00:00.000Z', sessions });

  it('stores every session of the batch in the hour, with no timer times', () => {
    const d = decideLogSessionsBulk({ servicePoint: point(), loggedIds: new Set() }, bulk([row(1), row(2, { durationBucket: 'under_5', note: 'tulostus' })]), ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ record: { id: ID(1), occurredAt: '2027-03-01T09:00:00.000Z', startedAt: null, endedAt: null, durationBucket: '5_15' } }, { record: { id: ID(2), durationBucket: 'under_5', noteExpiresAt: '2027-03-15T10:00:00.000Z' } }] });
    for (const r of records(d)) expect(HelpSession.safeParse(r).success).toBe(true);
  });

  it('takes nothing when a row is wrong, naming each row', () => {
    const d = decideLogSessionsBulk({ servicePoint: point(), loggedIds: new Set([ID(3)]) }, bulk([row(1), row(2, { note: 'posti: x@y.fi' }), row(3)]), ctx());
    expect(d).toMatchObject({ ok: false, code: 'as_note_personal_data' });
    expect(d.ok ? '' : d.message).toMatch(/Row 2:.*Row 3:/);
  });

  it('refuses an empty or oversized batch and a topic chosen twice in the payload', () => {
    expect(LogSessionsBulkPayload.safeParse({ servicePointId: 'sp-oodi', hourStartedAt: '2027-03-01T09:00:00.000Z', sessions: [] }).success).toBe(false);
    expect(LogSessionsBulkPayload.safeParse({ servicePointId: 'sp-oodi', hourStartedAt: '2027-03-01T09:00:00.000Z', sessions: Array.from({ length: 101 }, (_, i) => row(i)) }).success).toBe(false);
    expect(LogSessionsBulkPayload.safeParse({ servicePointId: 'sp-oodi', hourStartedAt: '2027-03-01T09:00:00.000Z', sessions: [row(1, { topics: ['other', 'other'] })] }).success).toBe(false);
  });
});
