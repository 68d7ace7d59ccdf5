import type { KioskFleet, KioskFleetRow } from '../../../domain/kiosk/contract.ts';
import { restartPending, type KioskTerminal } from '../../../domain/kiosk/entities.ts';
import { deriveFleetRow, type LastHeartbeat } from '../../../domain/kiosk/fleet-status.ts';
import { Localized } from '../../../domain/languages.ts';
import { canAtServicePoint } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

/** The terminal's last report in the shape the fleet rules read; its age is the central's receipt. */
export function lastHeartbeatOf(t: KioskTerminal): LastHeartbeat | null {
  const h = t.lastHeartbeat;
  if (!h) return null;
  return {
    receivedAtMs: Date.parse(h.receivedAt),
    heartbeat: {
      kioskId: t.id,
      sentAt: h.receivedAt,
      version: h.appVersion,
      phase: h.phase,
      inUse: h.inUse,
      lastResetAt: h.lastResetAt,
      bypassAttemptCount: h.bypassCount,
      bypassAttempts: h.bypassAttempts,
    },
  };
}

function servicePointName(db: SqliteDatabase, id: string): Localized | null {
  // The Assistance workspace's table, when this build has it.
  const exists = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'as_service_point'").get()!.n > 0;
  if (!exists) return null;
  const row = db.prepare<[string], { data: string }>('SELECT data FROM as_service_point WHERE id = ?').get(id);
  const name = Localized.safeParse(row ? (JSON.parse(row.data) as { name?: unknown }).name : null);
  return name.success ? name.data : null;
}

/** The staff fleet view: every terminal of the service points the user may look after. */
export function kioskFleet(db: SqliteDatabase, actor: StaffUser, servicePointId: string | undefined, now: Date): KioskFleet {
  const rows = db
    .prepare<[], { data: string; pending: number }>('SELECT data, pending FROM kiosk_terminal ORDER BY service_point_id, id')
    .all()
    .map((r) => ({ terminal: JSON.parse(r.data) as KioskTerminal, pending: r.pending === 1 }))
    .filter(({ terminal }) => (servicePointId === undefined || terminal.servicePointId === servicePointId) && canAtServicePoint(actor.grants, 'kiosk.fleet', terminal.servicePointId));
  const nowMs = now.getTime();
  return {
    at: now.toISOString(),
    rows: rows.map(({ terminal: t, pending }): KioskFleetRow => ({
      ...deriveFleetRow(lastHeartbeatOf(t), t.schedule, nowMs),
      terminalId: t.id,
      name: t.name,
      servicePointId: t.servicePointId,
      servicePointName: servicePointName(db, t.servicePointId),
      schedule: t.schedule,
      lastHeartbeatAt: t.lastHeartbeat?.receivedAt ?? null,
      phase: t.lastHeartbeat?.phase ?? null,
      bypassAttemptCount: t.lastHeartbeat?.bypassCount ?? 0,
      bypassAttempts: t.lastHeartbeat?.bypassAttempts ?? [],
      restartRequestedAt: t.restartRequestedAt,
      restartAcknowledgedAt: t.restartAcknowledgedAt,
      restartPending: restartPending(t),
      pending,
    })),
  };
}
