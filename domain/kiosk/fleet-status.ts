import type { Heartbeat } from './heartbeat.ts';
import { isScheduledOpen, type KioskSchedule } from './schedule.ts';

/**
 * A kiosk's row in the staff fleet view, derived from its last heartbeat. Ages are measured from
 * when the central received the heartbeat, on the central's clock: a kiosk's own clock may be
 * wrong (Libki #117), and a wrong clock must not make a dead kiosk look alive.
 */
export type Connection = 'online' | 'stale' | 'offline';

export interface FleetThresholds {
  staleAfterMs: number;
  offlineAfterMs: number;
}

/** For a heartbeat every 30 s: one lost is nothing, four lost is stale, ten minutes is offline. */
export const DEFAULT_FLEET_THRESHOLDS: FleetThresholds = { staleAfterMs: 2 * 60_000, offlineAfterMs: 10 * 60_000 };

export function connectionOf(receivedAtMs: number | null, nowMs: number, thresholds: FleetThresholds = DEFAULT_FLEET_THRESHOLDS): Connection {
  if (receivedAtMs === null) return 'offline';
  const age = Math.max(0, nowMs - receivedAtMs);
  if (age >= thresholds.offlineAfterMs) return 'offline';
  return age >= thresholds.staleAfterMs ? 'stale' : 'online';
}

export interface LastHeartbeat {
  receivedAtMs: number;
  heartbeat: Heartbeat;
}

export interface FleetRow {
  connection: Connection;
  scheduledOpen: boolean;
  /** As last reported; null when the kiosk is offline, since nobody knows. */
  inUse: boolean | null;
  lastResetAt: string | null;
  version: string | null;
  /** Staff should look: not online during opening hours, or bypass attempts in the last report. */
  needsAttention: boolean;
}

export function deriveFleetRow(last: LastHeartbeat | null, schedule: KioskSchedule, nowMs: number, thresholds: FleetThresholds = DEFAULT_FLEET_THRESHOLDS): FleetRow {
  const connection = connectionOf(last?.receivedAtMs ?? null, nowMs, thresholds);
  const scheduledOpen = isScheduledOpen(schedule, nowMs);
  const heartbeat = last?.heartbeat ?? null;
  return {
    connection,
    scheduledOpen,
    inUse: connection === 'offline' || !heartbeat ? null : heartbeat.inUse,
    lastResetAt: heartbeat?.lastResetAt ?? null,
    version: heartbeat?.version ?? null,
    // A kiosk switched off for the night is expected; one gone quiet while open is not.
    needsAttention: (scheduledOpen && connection !== 'online') || (heartbeat !== null && heartbeat.bypassAttemptCount > 0),
  };
}
