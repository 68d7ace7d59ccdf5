import { randomUUID } from 'node:crypto';
import type { MasterDataCommandType } from '../../domain/berths/master-data-commands.ts';
import { MASTER_DATA_DECIDERS, type MasterDataDecision, type MasterDataState } from '../../domain/berths/master-data-deciders.ts';
import { fieldChanges } from '../../domain/berths/master-data-changes.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import type { ChunkCache, CommandHandler } from '../sync/handler.ts';
import { loadMasterDataState } from './master-data-state.ts';

/** What `written` needs of the decision: who acted and when, and each record as it was before. */
interface Pending {
  ctx: CommandContext;
  before: Map<string, Record<string, unknown>>;
}
const pendingKey = (commandId: string) => `master-data:${commandId}`;

function recordsOf(state: MasterDataState): Record<string, unknown>[] {
  const one = [state.harbour, state.pier, state.berth].flatMap((v) => (v ? [v.record] : []));
  return [...one, ...(state.products ?? []).map((p) => p.record)];
}

/**
 * Harbour, pier, berth and price list edits on the central: the deciders the client runs offline,
 * fed with state loaded under row locks. Every record written leaves a row in master_data_change
 * in the same savepoint, so an edit and its audit commit or roll back together.
 */
export const masterDataCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const type = command.type as MasterDataCommandType;
    const state = await loadMasterDataState(tx, type, command.payload, ctx.today);
    const decide = MASTER_DATA_DECIDERS[type] as (s: { master: MasterDataState }, p: unknown, c: CommandContext) => MasterDataDecision;
    const decision = decide({ master: state }, command.payload, ctx);
    if (decision.ok) keepBefore(cache, command.id, ctx, recordsOf(state));
    return decision;
  },

  async written(tx, command, puts, cache) {
    // Offers later in the chunk price from the products: they must see this list, not the one cached before it.
    if (puts.some((p) => p.entity === 'berth_product')) cache.delete('berth_product');
    await writeChanges(tx, command.id, puts, cache);
  },

  async explainViolation() {
    return null;
  },
};

/**
 * The first half of recording a master data edit (berth or winter storage, decision 43): the
 * records as they were before an applied decision, kept for `writeChanges` once the puts are written.
 */
export function keepBefore(cache: ChunkCache, commandId: string, ctx: CommandContext, records: readonly Record<string, unknown>[]): void {
  cache.set(pendingKey(commandId), { ctx, before: new Map(records.map((r) => [r.id as string, r])) } satisfies Pending);
}

/** The second half: one master_data_change row per record written, each field before and after, in the command's savepoint. */
export async function writeChanges(tx: Queryable, commandId: string, puts: readonly { entity: string; id: string; version: number; data: unknown }[], cache: ChunkCache): Promise<void> {
  const pending = cache.get(pendingKey(commandId)) as Pending | undefined;
  cache.delete(pendingKey(commandId));
  if (pending) await appendChanges(tx, commandId, pending, puts);
}

async function appendChanges(tx: Queryable, commandId: string, pending: Pending, puts: readonly { entity: string; id: string; version: number; data: unknown }[]): Promise<void> {
  const { ctx, before } = pending;
  const rows = puts.map((p) => ({
    id: randomUUID(),
    command_id: commandId,
    actor_id: ctx.actor.id,
    actor_name: ctx.actor.name,
    changed_at: ctx.now,
    recorded_at: ctx.recordedAt ?? ctx.now,
    entity: p.entity,
    entity_id: p.id,
    version: p.version,
    changes: fieldChanges(before.get(p.id) ?? null, p.data as Record<string, unknown>),
  }));
  await tx.query(
    `INSERT INTO master_data_change (id, command_id, actor_id, actor_name, changed_at, recorded_at, entity, entity_id, version, changes)
     SELECT id, command_id, actor_id, actor_name, changed_at, recorded_at, entity, entity_id, version, changes
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, command_id uuid, actor_id uuid, actor_name text, changed_at timestamptz,
       recorded_at timestamptz, entity text, entity_id uuid, version int, changes jsonb)`,
    [JSON.stringify(rows)],
    'master_data_changes_append',
  );
}
