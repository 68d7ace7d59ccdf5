import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Change, CommandResult, StaffUser } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import { COMMANDS } from '../../../domain/workspaces.ts';
import type { Method, Output, ParsedInput } from '../../../domain/contract.ts';
import { can } from '../../../domain/roles.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { openDatabase, type SqliteDatabase } from '../db/open-database.ts';
import { commitWithoutSync } from '../db/commit-without-sync.ts';
import type { ApplySummary, Cache, OpenCacheOptions, OutboxEntry, SettleSummary } from './cache-port.ts';
import { createRowWriter, type RowWriter } from './entity-table.ts';
import type { CacheAccess, CacheWorkspace, CommandSpec, DecisionContext, QuerySpec } from './workspace.ts';
import { createOptimisticLayer } from './optimistic-layer.ts';
import { createOutbox, REFUSED_HERE, type OutboxRow } from './outbox.ts';
import { NotPromotable, promoteSettled } from './promote-settled.ts';
import { createConflicts } from './conflicts.ts';
import { createSyncState } from './sync-state.ts';
import { WORKSPACES } from './workspaces.ts';
import { createBootstrap } from './bootstrap.ts';
import { markRefused, markUploaded, pendingUploads, readLocalDocument, storeDocument, documentSweeper } from '../documents/local-documents.ts';

/** Every entity's row writer for a database (the apply path; benchmarks use it for their baseline). */
export function createRowWriters(db: SqliteDatabase, workspaces: readonly CacheWorkspace[] = WORKSPACES): Map<EntityName, RowWriter> {
  const writers = new Map<EntityName, RowWriter>();
  for (const ws of workspaces) for (const spec of ws.tables) writers.set(spec.entity, createRowWriter(db, spec));
  return writers;
}

function contextOf(row: OutboxRow): DecisionContext {
  return {
    commandId: row.id,
    actor: { id: row.actor_id, name: row.actor_name },
    now: row.issued_at,
    recordedAt: null,
    today: helsinkiDate(new Date(row.issued_at)),
    baseVersion: row.base_version,
  };
}

export function openCache(options: OpenCacheOptions): Cache {
  const db = openDatabase(options.file, { key: options.key });
  try {
    return buildCache(db, options);
  } catch (error) {
    db.close();
    throw error;
  }
}

function buildCache(db: SqliteDatabase, options: OpenCacheOptions): Cache {
  // A kiosk terminal's cache has its own set (main/core/kiosk); everyone else has them all.
  const workspaces = options.workspaces ?? WORKSPACES;
  const writers = createRowWriters(db, workspaces);
  const writer = (entity: EntityName): RowWriter => {
    const w = writers.get(entity);
    if (!w) throw new Error(`No table for entity ${entity}.`);
    return w;
  };
  const access: CacheAccess = { db, writer };
  const workspaceOf = new Map<string, CacheWorkspace>();
  const queryOf = new Map<string, { ws: CacheWorkspace; spec: NonNullable<CacheWorkspace['queries'][Method]> }>();
  const commandOf = new Map<string, { ws: CacheWorkspace; spec: CommandSpec }>();
  const coreReadOf = new Map<string, QuerySpec>();
  for (const ws of workspaces) {
    for (const [method, spec] of Object.entries(ws.queries)) if (spec) queryOf.set(method, { ws, spec });
    for (const [name, spec] of Object.entries(ws.coreReads ?? {})) coreReadOf.set(name, spec);
    for (const [method, spec] of Object.entries(ws.commands)) {
      if (!spec) continue;
      commandOf.set(method, { ws, spec });
      workspaceOf.set(spec.type, ws);
    }
  }
  const state = createSyncState(db, options.userId);
  const bootstrap = createBootstrap(db, writers);
  // A download cut off by a crash left the indexes aside: queries need them back.
  bootstrap.restoreIndexes();
  const documentHolders = workspaces.flatMap((ws) => ws.documentHolders ?? []);
  let sweepDocuments: ((now: Date) => number) | undefined;
  const layer = createOptimisticLayer(db, writer);
  const outbox = createOutbox(db);
  const conflicts = createConflicts(db, (id) => {
    for (const ws of workspaces) {
      const ref = ws.describeAggregate?.(access, id);
      if (ref) return ref;
    }
    return null;
  });

  const decideStored = (row: OutboxRow) => {
    const ws = workspaceOf.get(row.type);
    if (!ws) return null;
    return ws.decide(access, row.type, JSON.parse(row.payload), contextOf(row));
  };

  /**
   * Pending commands on top of the server rows, in issue order; one that now fails has no effect.
   * Each keeps what it put, for a settle that can promote it (promote-settled.ts).
   */
  const rebase = (touched: Set<EntityName>) => {
    for (const row of outbox.all()) {
      const decision = decideStored(row);
      if (decision?.ok) layer.put(decision.puts, touched);
      outbox.setPuts(row.id, decision === null ? '[]' : decision.ok ? JSON.stringify(decision.puts) : REFUSED_HERE);
    }
  };
  const promote = db.transaction((results: readonly CommandResult[]) => promoteSettled(results, outbox, layer, writer));

  const applyChanges = db.transaction((changes: readonly Change[], cursor: string | null): ApplySummary => {
    const touched = new Set<EntityName>();
    if (!layer.isEmpty()) layer.takeOff(touched);
    let rows = 0;
    for (const c of changes) {
      const w = writers.get(c.entity);
      if (!w) continue;
      const done = c.op === 'delete' ? w.remove(c.id, c.version) : c.data != null && w.putServer(c.id, c.version, c.data);
      if (done) {
        rows++;
        touched.add(c.entity);
      }
    }
    if (cursor !== null) state.setCursor(cursor);
    if (outbox.count() > 0) rebase(touched);
    return { entities: [...touched], rows };
  });

  const settle = db.transaction((results: readonly CommandResult[]): SettleSummary => {
    // Answers that are what the desk expected promote its rows; the rest are decided again.
    try {
      return promote(results);
    } catch (error) {
      if (!(error instanceof NotPromotable)) throw error;
    }
    const touched = new Set<EntityName>();
    layer.takeOff(touched);
    const settled: SettleSummary['settled'] = [];
    const at = new Date().toISOString();
    for (const r of results) {
      const row = outbox.get(r.id);
      if (!row) continue; // answered before: settling is idempotent
      outbox.remove(r.id);
      if (r.status === 'applied') {
        // The central ran the same decider on the same ids: keep its effect as server rows until
        // the pull brings the authoritative ones (same or newer versions replace them).
        const decision = decideStored(row);
        if (decision?.ok && (r.version === undefined || decision.puts.some((p) => p.version === r.version))) {
          for (const p of decision.puts) {
            if (writer(p.entity).putServer((p.record as { id: string }).id, p.version, p.record)) touched.add(p.entity);
          }
        }
        settled.push({ id: r.id, type: row.type, status: r.status });
      } else {
        conflicts.add(row, r.status, r.code, r.message, r.status === 'conflict' ? r.current : undefined, at);
        settled.push({ id: r.id, type: row.type, status: r.status, code: r.code, message: r.message });
      }
    }
    rebase(touched);
    return { entities: [...touched], settled };
  });

  const resetReadModel = db.transaction(() => {
    for (const w of writers.values()) w.clear();
    layer.clear();
    state.setCursor(null);
  });

  const applyBootstrap = (changes: readonly (Change & { dataText?: string })[], endCursor: string | null): ApplySummary => {
    const touched = new Set<EntityName>();
    const rows = bootstrap.withoutFsync(() => {
      if (!bootstrap.running()) {
        // Start from a clean slate: a download cut off earlier may have left rows behind.
        for (const w of writers.values()) w.clear();
        layer.clear();
        state.setCursor(null);
        bootstrap.setIndexesAside();
      }
      return bootstrap.insertBatch(changes, touched);
    });
    if (endCursor === null) return { entities: [...touched], rows };
    // The end: indexes back, cursor stored and pending commands on top, durable again.
    db.transaction(() => {
      bootstrap.restoreIndexes();
      state.setCursor(endCursor);
      if (outbox.count() > 0) rebase(touched);
    }).immediate();
    bootstrap.checkpoint();
    return { entities: [...touched], rows };
  };

  const runCommand = (method: string, input: unknown, actor: StaffUser, now: Date): Result<unknown> => {
    const entry = commandOf.get(method)!;
    const { ws, spec } = entry;
    const meta = COMMANDS[spec.type];
    if (!can(actor.roles, meta.permission)) return fail('forbidden', 'Your role may not do this.');
    const today = helsinkiDate(now);
    // The same schema the central checks: what it would refuse is never queued.
    const wire = meta.payload.safeParse(spec.payload(input, today, randomUUID));
    if (!wire.success) return fail('bad_request', z.prettifyError(wire.error));
    const payload = wire.data;
    const aggregate = ws.aggregateOf(spec.type, payload);
    const decideAndQueue = (): Result<unknown> => {
      const baseVersion = meta.versioned && aggregate ? (writer(aggregate.entity).read(aggregate.id)?.version ?? null) : null;
      const ctx: DecisionContext = { commandId: randomUUID(), actor: { id: actor.id, name: actor.name }, now: now.toISOString(), recordedAt: null, today, baseVersion };
      const refused = ws.authorize?.(access, actor, spec.type, payload);
      if (refused) return fail(refused.code, refused.message, refused.details);
      const decision = ws.decide(access, spec.type, payload, ctx);
      if (!decision.ok) return fail(decision.code, decision.message, decision.current);
      outbox.append({ id: ctx.commandId, type: spec.type, payload, baseVersion, issuedAt: ctx.now, aggregateId: aggregate?.id ?? null, actor: ctx.actor, puts: decision.puts });
      layer.put(decision.puts, new Set());
      return ok({ commandId: ctx.commandId, status: 'pending' as const });
    };
    // Within handleMany's transaction, no savepoint: a refusal has written nothing, an error ends
    // the whole batch, and a savepoint would make the FTS indexes flush at every command.
    return db.inTransaction ? decideAndQueue() : db.transaction(decideAndQueue).immediate();
  };

  const runQuery = (spec: QuerySpec, input: unknown, actor: StaffUser, now: Date): Result<unknown> =>
    can(actor.roles, spec.permission) ? spec.run({ ...access, actor, now }, input) : fail('forbidden', 'Your role may not see this.');

  const handleAny = (method: Method, input: unknown, actor: StaffUser, now: Date): Result<unknown> => {
    const query = queryOf.get(method);
    if (query) return runQuery(query.spec, input, actor, now);
    if (commandOf.has(method)) return runCommand(method, input, actor, now);
    if (method === 'conflicts.list') return ok(conflicts.list());
    if (method === 'conflicts.dismiss') {
      const id = (input as ParsedInput<'conflicts.dismiss'>).id;
      return conflicts.dismiss(id, now.toISOString()) ? ok({ dismissed: true as const }) : fail('not_found', 'No such conflict.');
    }
    return fail('unknown_method', `The local cache does not answer ${method}.`);
  };

  return {
    clientId: state.clientId,
    userId: options.userId,
    getCursor: () => state.cursor(),
    getLastSyncAt: () => state.lastSyncAt(),
    setLastSyncAt: (iso) => state.setLastSyncAt(iso),
    applyChanges: (changes, cursor) => commitWithoutSync(db, () => applyChanges.immediate(changes, cursor)),
    applyBootstrap,
    resetReadModel: () => resetReadModel.immediate(),
    pendingCommands: (limit): OutboxEntry[] => outbox.head(limit),
    markAttempted: db.transaction((ids: readonly string[]) => {
      for (const id of ids) outbox.markAttempted(id);
    }),
    settle: (results) => settle.immediate(results),
    counts: () => ({ pendingCommands: outbox.countChanges(), openConflicts: conflicts.openCount() }),
    outboxSize: () => outbox.count(),
    handle: <M extends Method>(method: M, input: ParsedInput<M>, actor: StaffUser, now: Date) => handleAny(method, input, actor, now) as Result<Output<M>>,
    handles: (method) => queryOf.has(method) || commandOf.has(method) || method === 'conflicts.list' || method === 'conflicts.dismiss',
    // Each command sees the rows the ones before it put, as if sent one by one.
    handleMany: <M extends Method>(method: M, inputs: readonly ParsedInput<M>[], actor: StaffUser, now: Date) =>
      (commandOf.has(method)
        ? db.transaction(() => inputs.map((input) => runCommand(method, input, actor, now))).immediate()
        : inputs.map(() => fail('unknown_method', `${method} is not a command of the local cache.`))) as Result<Output<M>>[],
    read: (name, input, actor, now) => {
      const spec = coreReadOf.get(name);
      return spec ? runQuery(spec, input, actor, now) : fail('unknown_method', `The local cache has no core read ${name}.`);
    },
    storeDocument: (input, now) => storeDocument(db, input, now),
    readDocument: (id) => readLocalDocument(db, id),
    pendingDocuments: (limit) => pendingUploads(db, limit),
    markDocumentUploaded: (id) => markUploaded(db, id),
    markDocumentRefused: (id) => markRefused(db, id),
    sweepDocuments: (now) => (sweepDocuments ??= documentSweeper(db, documentHolders))(now),
    close: () => db.close(),
  };
}
