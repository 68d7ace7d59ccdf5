import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import { applyHeartbeat, decideRequestRestart, decideSetSchedule, type TerminalState } from './decide.ts';
import { KioskEvent, KioskTerminal, restartPending } from './entities.ts';
import type { Heartbeat } from './heartbeat.ts';

const terminal = (o: Partial<KioskTerminal> = {}): KioskTerminal => ({
  id: 'k-1',
  name: 'Oodi lobby',
  servicePointId: 'sp-oodi',
  schedule: { weekly: { 1: { opens: '08:00', closes: '20:00' } }, exceptions: {} },
  lastHeartbeat: null,
  restartRequestedAt: null,
  restartRequestedBy: null,
  restartAcknowledgedAt: null,
  ...o,
});
const ctx: CommandContext = { commandId: 'c-1', actor: { id: 'maija', name: 'Maija Koskinen' }, now: '2027-03-01T10:00:00+02:00', recordedAt: '2027-03-01T08:00:05.000Z', today: '2027-03-01', baseVersion: null };
const state = (o: Partial<TerminalState> = {}): TerminalState => ({ terminal: { record: terminal(), version: 3 }, mayManage: true, ...o });
const beat = (o: Partial<Heartbeat> = {}): Heartbeat => ({ kioskId: 'k-1', sentAt: '1999-01-01T00:00:00.000Z', version: '1.2.0', phase: 'attract', inUse: false, lastResetAt: null, bypassAttemptCount: 0, bypassAttempts: [], ...o });

describe('the fleet commands', () => {
  it('ask for a restart on the central\'s clock, by whom, at the next version', () => {
    const d = decideRequestRestart(state(), { terminalId: 'k-1' }, ctx);
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'kiosk_terminal', version: 4, record: { restartRequestedAt: '2027-03-01T08:00:05.000Z', restartRequestedBy: 'maija' } }] });
    if (d.ok) expect(KioskTerminal.safeParse(d.puts[0]!.record).success).toBe(true);
  });

  it('set the hours', () => {
    const schedule = { weekly: {}, exceptions: { '2027-03-02': null } };
    expect(decideSetSchedule(state(), { terminalId: 'k-1', schedule }, ctx)).toMatchObject({ ok: true, puts: [{ record: { schedule } }] });
  });

  it('refuse a terminal that does not exist, and a user who does not manage its service point', () => {
    expect(decideRequestRestart(state({ terminal: null }), { terminalId: 'k-9' }, ctx)).toMatchObject({ ok: false, code: 'not_found' });
    expect(decideSetSchedule(state({ mayManage: false }), { terminalId: 'k-1', schedule: { weekly: {}, exceptions: {} } }, ctx)).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('a heartbeat', () => {
  it('is kept with the central\'s receive time, never the kiosk\'s own', () => {
    const { record, answer } = applyHeartbeat(terminal(), beat({ inUse: true, phase: 'in_use', bypassAttemptCount: 3, bypassAttempts: [{ at: '2027-03-01T07:59:00.000Z', kind: 'popup' }] }), '2027-03-01T08:00:00.000Z');
    expect(record.lastHeartbeat).toEqual({ receivedAt: '2027-03-01T08:00:00.000Z', phase: 'in_use', inUse: true, lastResetAt: null, appVersion: '1.2.0', bypassCount: 3, bypassAttempts: [{ at: '2027-03-01T07:59:00.000Z', kind: 'popup' }] });
    expect(answer).toEqual({ restartRequested: false, schedule: terminal().schedule });
  });

  it('is told to restart until it says it carried out that very request', () => {
    const asked = terminal({ restartRequestedAt: '2027-03-01T08:00:05.000Z', restartRequestedBy: 'maija' });
    expect(applyHeartbeat(asked, beat(), '2027-03-01T08:00:30.000Z').answer.restartRequested).toBe(true);
    // An older request's echo does not acknowledge a newer one.
    expect(applyHeartbeat(asked, beat({ restartedFor: '2027-02-01T08:00:00.000Z' }), '2027-03-01T08:00:30.000Z').answer.restartRequested).toBe(true);
    const done = applyHeartbeat(asked, beat({ restartedFor: '2027-03-01T08:00:05Z' }), '2027-03-01T08:01:00.000Z');
    expect(done.answer.restartRequested).toBe(false);
    expect(done.record.restartAcknowledgedAt).toBe('2027-03-01T08:01:00.000Z');
    // Asked again later: pending again.
    expect(restartPending({ ...done.record, restartRequestedAt: '2027-03-01T09:00:00.000Z' })).toBe(true);
  });
});

describe('a kiosk event', () => {
  it('ends after it starts', () => {
    const e = { id: 'e-1', servicePointId: 'sp-oodi', title: { fi: 'Satutunti', sv: 'Sagostund', en: 'Story time' }, startsAt: '2027-03-01T08:00:00.000Z', endsAt: '2027-03-01T08:45:00.000Z', place: 'Lastenmaa', description: { fi: '', sv: '', en: '' } };
    expect(KioskEvent.safeParse(e).success).toBe(true);
    expect(KioskEvent.safeParse({ ...e, endsAt: e.startsAt }).success).toBe(false);
  });
});
