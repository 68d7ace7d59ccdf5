import type { CommandResult } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import type { SettleSummary } from './cache-port.ts';
import type { RowWriter } from './entity-table.ts';
import type { OptimisticLayer } from './optimistic-layer.ts';
import { REFUSED_HERE, type Outbox } from './outbox.ts';

/** Thrown (to roll the savepoint back) when the answers are not what the desk expected: settle the long way. */
export class NotPromotable extends Error {}

type StoredPut = { entity: EntityName; version: number; record: { id: string } };

function storedPuts(puts: string | null): StoredPut[] | 'refused' {
  if (puts === null) throw new NotPromotable('a queued command from before its rows were kept');
  return puts === REFUSED_HERE ? 'refused' : (JSON.parse(puts) as StoredPut[]);
}

/**
 * Settles a push's answers by promoting the rows the desk already holds, without deciding any
 * command again, when the answers are exactly what it expected: every command applied, they are
 * the outbox's oldest commands in order, and each one's kept rows (its decision at the last
 * rebase, on the server rows as they are now) carry the version the central answered. Those rows
 * become server rows; where a command still queued also wrote the row, the row stays pending and
 * its server copy (the one restored when the layer comes off) becomes the answered command's. The
 * commands still queued were decided on top of exactly these rows, so nothing needs rebasing.
 * Anything else throws NotPromotable before or while writing; the caller runs this in a savepoint.
 */
export function promoteSettled(results: readonly CommandResult[], outbox: Outbox, layer: OptimisticLayer, writer: (entity: EntityName) => RowWriter): SettleSummary {
  const queued = outbox.allPuts();
  if (results.length === 0 || results.length > queued.length) throw new NotPromotable('not the oldest queued commands');
  const answered = queued.slice(0, results.length);
  const rowsOf = new Map<string, StoredPut[]>();
  results.forEach((r, i) => {
    const row = answered[i]!;
    if (r.status !== 'applied' || r.id !== row.id) throw new NotPromotable('not applied, or not in queue order');
    const puts = storedPuts(row.puts);
    if (puts === 'refused' || (r.version !== undefined && !puts.some((p) => p.version === r.version))) throw new NotPromotable('the central decided otherwise');
    rowsOf.set(row.id, puts);
  });
  const stillPending = new Set<string>();
  for (const row of queued.slice(results.length)) {
    const puts = storedPuts(row.puts);
    if (puts !== 'refused') for (const p of puts) stillPending.add(`${p.entity}:${p.record.id}`);
  }
  // Each row as the last answered command left it.
  const last = new Map<string, StoredPut>();
  for (const row of answered) for (const p of rowsOf.get(row.id)!) last.set(`${p.entity}:${p.record.id}`, p);
  const touched = new Set<EntityName>();
  for (const [key, p] of last) {
    if (stillPending.has(key)) {
      if (!layer.reshadow(p.entity, p.record.id, p.version, JSON.stringify(p.record))) throw new NotPromotable(`${key} has no server copy`);
    } else {
      // The pending row holds exactly this put (written from it when queued or at the last rebase).
      const w = writer(p.entity);
      if (!w.settlePending(p.record.id, p.version) && !w.putServer(p.record.id, p.version, p.record)) throw new NotPromotable(`${key} is newer here`);
      layer.unshadow(p.entity, p.record.id);
    }
    touched.add(p.entity);
  }
  for (const row of answered) outbox.remove(row.id);
  return { entities: [...touched], settled: answered.map((row) => ({ id: row.id, type: row.type, status: 'applied' as const })), promoted: true };
}
