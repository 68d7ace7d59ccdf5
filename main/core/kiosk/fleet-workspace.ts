import type { ParsedInput } from '../../../domain/contract.ts';
import type { KioskTerminal } from '../../../domain/kiosk/entities.ts';
import { ok } from '../../../domain/result.ts';
import { canAtServicePoint } from '../../../domain/roles.ts';
import type { CacheAccess, CacheWorkspace, DecisionContext, LocalDecision } from '../cache/workspace.ts';
import { kioskFleet } from './fleet.ts';
import { KIOSK_ENTITY_TABLES } from './tables.ts';

function loadTerminal({ writer }: CacheAccess, id: string): { terminal: KioskTerminal; version: number } | null {
  const row = writer('kiosk_terminal').read(id);
  return row ? { terminal: JSON.parse(row.data) as KioskTerminal, version: row.version } : null;
}

/** The staff's restart request and schedule, shown at once; the central has the last word. */
function decideFleet(access: CacheAccess, type: string, payload: unknown, ctx: DecisionContext): LocalDecision {
  const p = payload as ParsedInput<'kiosk.setSchedule'> | ParsedInput<'kiosk.requestRestart'>;
  const found = loadTerminal(access, p.terminalId);
  if (!found) return { ok: false, status: 'rejected', code: 'not_found', message: 'No such kiosk terminal.' };
  const record: KioskTerminal =
    type === 'kiosk.setSchedule' && 'schedule' in p ? { ...found.terminal, schedule: p.schedule } : { ...found.terminal, restartRequestedAt: ctx.now, restartRequestedBy: ctx.actor.id };
  return { ok: true, puts: [{ entity: 'kiosk_terminal', record, version: found.version + 1 }] };
}

/** The kiosk entities in a staff member's cache: the fleet view and its two commands. */
export const KIOSK_FLEET_CACHE: CacheWorkspace = {
  tables: KIOSK_ENTITY_TABLES,
  queries: {
    'kiosk.fleet': { permission: 'kiosk.fleet', run: ({ db, actor, now }, input) => ok(kioskFleet(db, actor, (input as ParsedInput<'kiosk.fleet'>).servicePointId, now)) },
  },
  commands: {
    'kiosk.requestRestart': { type: 'kiosk.requestRestart', payload: (input) => ({ ...(input as ParsedInput<'kiosk.requestRestart'>) }) },
    'kiosk.setSchedule': { type: 'kiosk.setSchedule', payload: (input) => ({ ...(input as ParsedInput<'kiosk.setSchedule'>) }) },
  },
  aggregateOf: (_type, payload) => ({ entity: 'kiosk_terminal', id: (payload as { terminalId: string }).terminalId }),
  authorize: (access, actor, _type, payload) => {
    const found = loadTerminal(access, (payload as { terminalId: string }).terminalId);
    if (found && !canAtServicePoint(actor.grants, 'kiosk.fleet', found.terminal.servicePointId)) return { code: 'forbidden', message: 'This kiosk is at a service point you do not look after.' };
    return null;
  },
  decide: (access, type, payload, ctx) => decideFleet(access, type, payload, ctx),
  describeAggregate: (access, id) => loadTerminal(access, id)?.terminal.name ?? null,
};
