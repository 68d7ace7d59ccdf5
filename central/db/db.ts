import pg from 'pg';
import { poolSettings } from './pool-settings.ts';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { openMemoryPglite, type TemplateStage } from './memory-template.ts';
import { Mutex } from './mutex.ts';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** What a statement runs on: the database itself or an open transaction. */
export interface Queryable {
  /** One statement with $n parameters. `name` lets `pg` keep it prepared on the connection. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[], name?: string): Promise<QueryResult<R>>;
  /** Several statements without parameters in one round trip. */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls back on every NOTIFY of the channel (from any process for PostgreSQL). */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** A PostgreSQL connection string; without it PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; in memory when absent. */
  dataDir?: string;
  /**
   * How an in-memory PGlite is prepared before use, kept as a template (the migrations: tests open
   * one central per file, and migrating each took seconds). Ignored for other databases.
   */
  memoryStage?: TemplateStage;
}

export async function openDb(opts: DbOptions): Promise<Db> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(opts.dataDir, opts.memoryStage);
}

// ---------- PostgreSQL (pg Pool) ----------

function pgQueryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R>(text: string, params?: readonly unknown[], name?: string) {
      const res = await client.query({ text, values: params as unknown[] | undefined, ...(name ? { name } : {}) });
      return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

async function openPostgres(databaseUrl: string): Promise<Db> {
  const { poolSize, statementTimeoutMs } = poolSettings();
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    application_name: 'kuva-central',
    ...(statementTimeoutMs > 0 ? { statement_timeout: statementTimeoutMs } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const base = pgQueryable(pool);
  const listeners = new Set<pg.Client>();
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      // A connection that dies mid-transaction emits 'error' on its client as well as failing the
      // query in flight: without a listener that would be an uncaught exception (the process ends).
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(pgQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    async listen(channel, onNotify) {
      let client: pg.Client | null = null;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const c = new pg.Client({ connectionString: databaseUrl });
        c.on('notification', (msg) => {
          if (msg.channel === channel) onNotify();
        });
        c.on('error', () => {
          listeners.delete(c);
          c.end().catch(() => {});
          // Reconnect so pokes survive a database restart; pulls catch up on their own.
          if (!stopped) setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        await c.connect();
        await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        client = c;
        listeners.add(c);
      };
      await connect();
      return async () => {
        stopped = true;
        if (client) {
          listeners.delete(client);
          await client.end().catch(() => {});
        }
      };
    },
    async close() {
      for (const c of listeners) await c.end().catch(() => {});
      listeners.clear();
      await pool.end();
    },
  };
}

// ---------- PGlite ----------

function pgliteQueryable(db: PGlite | Parameters<Parameters<PGlite['transaction']>[0]>[0]): Queryable {
  return {
    async query<R>(text: string, params?: readonly unknown[]) {
      const res = await db.query<R>(text, params as unknown[] | undefined);
      return { rows: res.rows, rowCount: res.rows.length > 0 ? res.rows.length : (res.affectedRows ?? 0) };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

async function openPglite(dataDir: string | undefined, stage: TemplateStage | undefined): Promise<Db> {
  // btree_gist: the bookings' exclusion constraint compares text and uuid columns inside a GiST index.
  const extensions = { btree_gist };
  const db = dataDir ? await PGlite.create(dataDir, { extensions }) : await openMemoryPglite(extensions, undefined, stage);
  return wrapPglite(db);
}

/** One PGlite as a Db: its statements one at a time. */
export function wrapPglite(db: PGlite): Db {
  // One connection: statements outside a transaction must not slip into an open one.
  const mutex = new Mutex();
  const raw = pgliteQueryable(db);
  return {
    kind: 'pglite',
    query: (text, params) => mutex.run(() => raw.query(text, params)),
    exec: (sql) => mutex.run(() => raw.exec(sql)),
    transaction: (fn) => mutex.run(() => db.transaction((tx) => fn(pgliteQueryable(tx)))),
    async listen(channel, onNotify) {
      const unlisten = await mutex.run(() => db.listen(channel, () => onNotify()));
      return () => mutex.run(() => unlisten());
    },
    async close() {
      await mutex.run(() => db.close());
    },
  };
}

/** The SQLSTATE and constraint of a database error, whichever driver raised it. */
export function pgErrorInfo(error: unknown): { code: string | null; constraint: string | null } {
  if (typeof error !== 'object' || error === null) return { code: null, constraint: null };
  const e = error as { code?: unknown; constraint?: unknown };
  return {
    code: typeof e.code === 'string' ? e.code : null,
    constraint: typeof e.constraint === 'string' ? e.constraint : null,
  };
}

/**
 * SQLSTATE classes of errors caused by what one statement tried to write, not by the state of
 * the database or the connection: cardinality (21), data exceptions (22: a value the type cannot
 * hold), integrity constraints (23), syntax and access (42), check option (44), program limits
 * (54: a value too large), and errors raised by triggers and functions (P0). Such an error ends
 * only the command that caused it; any other error ends the transaction.
 */
const STATEMENT_FAULT_CLASSES = new Set(['21', '22', '23', '42', '44', '54', 'P0']);

export function isStatementFault(error: unknown): boolean {
  const { code } = pgErrorInfo(error);
  return code !== null && /^[0-9A-Z]{5}$/.test(code) && STATEMENT_FAULT_CLASSES.has(code.slice(0, 2));
}
