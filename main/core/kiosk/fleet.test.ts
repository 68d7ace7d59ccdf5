import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCall } from '../../../domain/contract.ts';
import type { KioskFleet } from '../../../domain/kiosk/contract.ts';
import type { KioskTerminal } from '../../../domain/kiosk/entities.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { at, NOW } from './testing/kiosk-world.ts';

const MAIJA: StaffUser = { id: 'u-maija', name: 'Maija Koskinen', roles: ['assist_supervisor'], grants: [{ role: 'assist_supervisor' }] };
const MALMI_ONLY: StaffUser = { id: 'u-malmi', name: 'Malmi supervisor', roles: ['assist_supervisor'], grants: [{ role: 'assist_supervisor', servicePointId: 'sp-malmi' }] };
const HILKKA: StaffUser = { id: 'u-hilkka', name: 'Hilkka Laine', roles: ['assist_helper'], grants: [{ role: 'assist_helper', servicePointId: 'sp-oodi' }] };
const OPEN_THURSDAY = { weekly: { '4': { opens: '08:00', closes: '20:00' } }, exceptions: {} };

function terminal(id: string, servicePointId: string, extra: Partial<KioskTerminal> = {}): KioskTerminal {
  return { id, name: id, servicePointId, schedule: OPEN_THURSDAY, lastHeartbeat: null, restartRequestedAt: null, restartRequestedBy: null, restartAcknowledgedAt: null, ...extra };
}

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache(MAIJA.id);
  const beat = { phase: 'in_use' as const, inUse: true, lastResetAt: at('09:40'), appVersion: '0.1.0', bypassCount: 2, bypassAttempts: [{ at: at('09:50'), kind: 'devtools_chord' as const }] };
  t.cache.applyChanges(
    [
      terminal('kiosk-oodi-1', 'sp-oodi', { lastHeartbeat: { ...beat, receivedAt: at('09:59') } }),
      terminal('kiosk-malmi-1', 'sp-malmi', { lastHeartbeat: { ...beat, bypassCount: 0, bypassAttempts: [], receivedAt: at('09:30') } }),
    ].map((data) => ({ entity: 'kiosk_terminal' as const, id: data.id, op: 'put' as const, version: 1, data })),
    'c1',
  );
});
afterEach(() => t.dispose());

function call(method: 'kiosk.fleet' | 'kiosk.requestRestart' | 'kiosk.setSchedule', input: unknown, actor: StaffUser = MAIJA) {
  const parsed = parseCall(method, input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return t.cache.handle(method, parsed.value.input as never, actor, NOW);
}
const fleet = (actor: StaffUser = MAIJA, input: object = {}) => {
  const r = call('kiosk.fleet', input, actor);
  if (!r.ok) throw new Error(r.error.code);
  return r.value as KioskFleet;
};

describe('the staff fleet view', () => {
  it('derives each terminal from its last heartbeat, aged on the central clock', () => {
    const rows = fleet().rows;
    expect(rows.map((r) => [r.terminalId, r.connection, r.scheduledOpen, r.inUse, r.needsAttention])).toEqual([
      ['kiosk-malmi-1', 'offline', true, null, true],
      ['kiosk-oodi-1', 'online', true, true, true],
    ]);
    expect(rows[1]).toMatchObject({ lastResetAt: at('09:40'), version: '0.1.0', bypassAttemptCount: 2, phase: 'in_use', restartPending: false, pending: false });
  });

  it('shows a supervisor the service points they look after only, and a helper nothing', () => {
    expect(fleet(MALMI_ONLY).rows.map((r) => r.terminalId)).toEqual(['kiosk-malmi-1']);
    expect(fleet(MAIJA, { servicePointId: 'sp-oodi' }).rows.map((r) => r.terminalId)).toEqual(['kiosk-oodi-1']);
    const refused = call('kiosk.fleet', {}, HILKKA);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('forbidden');
  });

  it('shows a restart request at once as pending, and queues it for the central', () => {
    expect(call('kiosk.requestRestart', { terminalId: 'kiosk-oodi-1' }).ok).toBe(true);
    const row = fleet().rows.find((r) => r.terminalId === 'kiosk-oodi-1')!;
    expect(row).toMatchObject({ restartPending: true, restartRequestedAt: NOW.toISOString(), pending: true });
    expect(t.cache.pendingCommands(5).map((c) => [c.type, c.payload])).toEqual([['kiosk.requestRestart', { terminalId: 'kiosk-oodi-1' }]]);
  });

  it('refuses a restart of a kiosk elsewhere, and of one that does not exist', () => {
    const elsewhere = call('kiosk.requestRestart', { terminalId: 'kiosk-oodi-1' }, MALMI_ONLY);
    expect(elsewhere.ok ? 'ok' : elsewhere.error.code).toBe('forbidden');
    const missing = call('kiosk.setSchedule', { terminalId: 'kiosk-nowhere', schedule: OPEN_THURSDAY });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not_found');
    expect(t.cache.pendingCommands(5)).toEqual([]);
  });
});
