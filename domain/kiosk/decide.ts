import type { ErrorCode } from '../errors.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { KioskCommandPayload } from './commands.ts';
import { restartPending, type KioskTerminal } from './entities.ts';
import type { Heartbeat } from './heartbeat.ts';
import type { KioskSchedule } from './schedule.ts';

/**
 * The deciders of the fleet commands and of a terminal's heartbeat. Each answers the terminal row
 * to write (at the next version), or a refusal with a stable code.
 */
export interface KioskPut {
  entity: 'kiosk_terminal';
  record: KioskTerminal;
  version: number;
}

export type KioskDecision = { ok: true; puts: KioskPut[] } | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

/** What the caller loads: the terminal under a row lock, and whether the user manages the fleet at its service point. */
export interface TerminalState {
  terminal: Versioned<KioskTerminal> | null;
  mayManage: boolean;
}

const reject = (code: ErrorCode, message: string): KioskDecision => ({ ok: false, status: 'rejected', code, message });

function guarded(state: TerminalState, terminalId: string, change: (t: KioskTerminal) => KioskTerminal): KioskDecision {
  const current = state.terminal;
  if (!current) return reject('not_found', `There is no kiosk terminal ${terminalId}.`);
  if (!state.mayManage) return reject('forbidden', `You do not manage the terminals of the service point ${current.record.servicePointId}.`);
  return { ok: true, puts: [{ entity: 'kiosk_terminal', version: current.version + 1, record: change(current.record) }] };
}

/** A remote restart: the kiosk restarts when it is idle, and its next heartbeat acknowledges it. */
export function decideRequestRestart(state: TerminalState, p: KioskCommandPayload<'kiosk.requestRestart'>, ctx: CommandContext): KioskDecision {
  // The central's clock: the acknowledgement echoes it back, whatever the kiosk's clock says.
  const at = new Date(ctx.recordedAt ?? ctx.now).toISOString();
  return guarded(state, p.terminalId, (t) => ({ ...t, restartRequestedAt: at, restartRequestedBy: ctx.actor.id }));
}

export function decideSetSchedule(state: TerminalState, p: KioskCommandPayload<'kiosk.setSchedule'>, _ctx: CommandContext): KioskDecision {
  return guarded(state, p.terminalId, (t) => ({ ...t, schedule: p.schedule }));
}

/** What the central answers a heartbeat: whether to restart, and the hours to keep. */
export interface HeartbeatAnswer {
  restartRequested: boolean;
  schedule: KioskSchedule;
}

/**
 * The terminal row after a heartbeat the central received at `receivedAt` (its own clock). A
 * pending restart is acknowledged when the kiosk says it carried out that very request.
 */
export function applyHeartbeat(terminal: KioskTerminal, h: Heartbeat, receivedAt: string): { record: KioskTerminal; answer: HeartbeatAnswer } {
  const carriedOut = restartPending(terminal) && h.restartedFor !== undefined && Date.parse(h.restartedFor) === Date.parse(terminal.restartRequestedAt!);
  const record: KioskTerminal = {
    ...terminal,
    lastHeartbeat: {
      receivedAt,
      phase: h.phase,
      inUse: h.inUse,
      lastResetAt: h.lastResetAt,
      appVersion: h.version,
      bypassCount: h.bypassAttemptCount,
      bypassAttempts: h.bypassAttempts,
    },
    restartAcknowledgedAt: carriedOut ? receivedAt : terminal.restartAcknowledgedAt,
  };
  return { record, answer: { restartRequested: restartPending(record), schedule: record.schedule } };
}
