import type { Db, Queryable } from '../central/db/db.ts';
import { median } from './report.ts';

/** Where the central stood just before the timed push: enough to find afterwards what it wrote. */
export interface PushMarks {
  /** The feed's head the client had pulled to just before the push. */
  feedSeqBefore: number;
  /**
   * The entities the pushed commands write, and the workspace their messages belong to: the
   * central's own jobs (Culture Kids, Assist) write other rows meanwhile, and those are not the push's.
   */
  entities: readonly string[];
  workspace: string;
  /** The queued commands the push carried. */
  commandIds: readonly string[];
  /** Messages queued after this instant are the push's (the central's clock is the bench machine's). */
  startedAt: Date;
}

/** The rows the push left in the central's tables, each as its whole row in JSON, per table. */
export type PushRows = Map<string, string[]>;

/** Copies of the tables live here while the context row (inserts into empty tables) runs. */
const SCHEMA = 'push_baseline';
const IDENT = /^[a-z_][a-z0-9_]*$/;

function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a plain table name: ${name}`);
  return name;
}

async function rowsOf(db: Queryable, sql: string, params: unknown[]): Promise<string[]> {
  return (await db.query<{ row: string }>(sql, params)).rows.map((r) => r.row);
}

/**
 * Reads back what the push wrote: the feed lines above the mark of the push's entities, the rows they carry (as
 * the tables hold them now), the stored commands and the queued messages. A row the push wrote
 * twice is read once; the feed keeps one line per entity, so no more can be known afterwards.
 */
export async function readPushRows(db: Db, marks: PushMarks): Promise<PushRows> {
  const rows: PushRows = new Map();
  const feed = await db.query<{ entity: string; id: string; row: string }>(
    'SELECT entity, id, to_jsonb(f)::text AS row FROM sync_feed f WHERE seq > $1::bigint AND entity = ANY($2::text[]) ORDER BY seq',
    [String(marks.feedSeqBefore), [...marks.entities]],
  );
  rows.set('sync_feed', feed.rows.map((r) => r.row));
  const idsByEntity = new Map<string, string[]>();
  for (const line of feed.rows) idsByEntity.set(line.entity, [...(idsByEntity.get(line.entity) ?? []), line.id]);
  for (const [entity, ids] of idsByEntity) {
    const table = ident(entity);
    const written = await rowsOf(db, `SELECT to_jsonb(t)::text AS row FROM public.${table} t WHERE t.id::text = ANY($1::text[])`, [ids]);
    if (written.length !== ids.length) throw new Error(`${table}: ${ids.length} feed lines but ${written.length} rows`);
    rows.set(table, written);
  }
  rows.set('commands', await rowsOf(db, 'SELECT to_jsonb(c)::text AS row FROM commands c WHERE c.id = ANY($1::uuid[])', [[...marks.commandIds]]));
  rows.set('notification_outbox', await rowsOf(db, 'SELECT to_jsonb(n)::text AS row FROM notification_outbox n WHERE n.created_at >= $1 AND n.workspace = $2', [marks.startedAt.toISOString(), marks.workspace]));
  for (const [table, list] of rows) if (list.length === 0) rows.delete(table);
  return rows;
}

/** Columns a row is written with: generated ones are the database's to compute. */
async function writableColumns(db: Queryable, table: string): Promise<string[]> {
  const res = await db.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [`public.${table}`],
  );
  return res.rows.map((r) => ident(r.name));
}

/**
 * Empty copies of the tables with everything that makes a write cost what it costs there: columns
 * (generated ones included), defaults, checks, unique and other indexes, and the foreign keys,
 * which still point at the central's own tables (every row they name is there). Row triggers are
 * left out: the central's fire on UPDATE only, and the baseline inserts.
 */
async function createCopies(db: Db, tables: readonly string[]): Promise<void> {
  await db.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA};`);
  for (const table of tables) {
    await db.exec(`CREATE TABLE ${SCHEMA}.${table} (LIKE public.${table} INCLUDING ALL)`);
    const keys = await db.query<{ def: string }>(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`, [`public.${table}`]);
    for (const k of keys.rows) await db.exec(`ALTER TABLE ${SCHEMA}.${table} ADD ${k.def}`);
  }
}

export interface DirectWrites {
  /**
   * One INSERT per table carrying all of its rows, in one transaction: the least the database
   * needs to hold these rows (every index, check and foreign key is still kept up per row), for
   * context beside the baseline (`timeSameWrites`).
   */
  perTableMs: number;
  /**
   * One prepared INSERT per row, in one transaction, for context: on PostgreSQL it mostly measures
   * round trips, on PGlite the cost of a statement; neither is a write.
   */
  rowByRowMs: number;
  rows: number;
  /** e.g. "lease 214, berth_order 214, …" */
  breakdown: string;
}

/**
 * The push's rows inserted on the database the push left, in one transaction each time, into
 * fresh copies of the tables (the central's own hold these rows now, and their unique indexes
 * would refuse them again). Both forms are timed `runs` times each, alternately, emptied in between.
 */
export async function timeDirectWrites(db: Db, rows: PushRows, runs = 3): Promise<DirectWrites> {
  const tables = [...rows.keys()];
  await createCopies(db, tables);
  try {
    const columns = new Map<string, string>();
    for (const t of tables) columns.set(t, (await writableColumns(db, t)).join(', '));
    const one = (t: string) => `INSERT INTO ${SCHEMA}.${t} (${columns.get(t)}) SELECT ${columns.get(t)} FROM jsonb_populate_record(NULL::${SCHEMA}.${t}, $1::jsonb)`;
    const many = (t: string) => `INSERT INTO ${SCHEMA}.${t} (${columns.get(t)}) SELECT ${columns.get(t)} FROM jsonb_populate_recordset(NULL::${SCHEMA}.${t}, $1::jsonb)`;
    const rowByRow: number[] = [];
    const perTable: number[] = [];
    const empty = () => db.exec(`TRUNCATE ${tables.map((t) => `${SCHEMA}.${t}`).join(', ')}`);
    for (let i = 0; i < runs; i++) {
      for (const form of i % 2 === 0 ? (['row', 'table'] as const) : (['table', 'row'] as const)) {
        const t0 = performance.now();
        await db.transaction(async (tx) => {
          for (const [t, list] of rows) {
            if (form === 'table') await tx.query(many(t), [`[${list.join(',')}]`]);
            else for (const row of list) await tx.query(one(t), [row], `push_baseline_${t}`);
          }
        });
        (form === 'row' ? rowByRow : perTable).push(performance.now() - t0);
        await empty();
      }
    }
    return {
      rowByRowMs: median(rowByRow),
      perTableMs: median(perTable),
      rows: [...rows.values()].reduce((n, list) => n + list.length, 0),
      breakdown: [...rows].map(([t, list]) => `${t} ${list.length}`).join(', '),
    };
  } finally {
    await db.exec(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  }
}

/** The table's primary key columns. */
async function primaryKey(db: Queryable, table: string): Promise<string[]> {
  const res = await db.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY a.attnum`,
    [`public.${table}`],
  );
  if (res.rows.length === 0) throw new Error(`${table} has no primary key`);
  return res.rows.map((r) => ident(r.name));
}

/** The tables in an order where every row a foreign key names is written before the row naming it. */
async function referencedFirst(db: Queryable, tables: readonly string[]): Promise<string[]> {
  const refs = await db.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
     WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[]) AND c.confrelid = ANY($1::regclass[]) AND c.conrelid <> c.confrelid`,
    [tables.map((t) => `public.${t}`)],
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of refs.rows) parents.get(r.child.replace(/^public\./, ''))?.add(r.parent.replace(/^public\./, ''));
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t)) return;
    if (path.has(t)) throw new Error(`foreign keys go round through ${t}`);
    for (const p of parents.get(t) ?? []) visit(p, new Set([...path, t]));
    ordered.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return ordered;
}

/** What a table's writes are built from, read once from the catalog. */
interface TableShape {
  table: string;
  key: string[];
  columns: string[];
}

async function tableShapes(db: Queryable, tables: readonly string[]): Promise<TableShape[]> {
  const shapes: TableShape[] = [];
  for (const table of await referencedFirst(db, tables)) shapes.push({ table, key: await primaryKey(db, table), columns: await writableColumns(db, table) });
  return shapes;
}

/** The statements that write `list` into the table: an UPDATE of the rows it holds, an INSERT of the rest. */
async function writesOf(db: Queryable, { table, key, columns }: TableShape, list: readonly string[]): Promise<{ sql: string; rows: string[] }[]> {
  const match = key.map((k) => `x.${k} = r.${k}`).join(' AND ');
  const found = await db.query<{ i: number }>(
    `SELECT (e.ord - 1)::int AS i FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(row, ord)
     WHERE EXISTS (SELECT 1 FROM public.${table} x, jsonb_populate_record(NULL::public.${table}, e.row) r WHERE ${match})`,
    [`[${list.join(',')}]`],
  );
  const existing = new Set(found.rows.map((r) => r.i));
  const set = columns.filter((c) => !key.includes(c));
  const from = `jsonb_populate_recordset(NULL::public.${table}, $1::jsonb)`;
  return [
    { sql: `UPDATE public.${table} AS x SET ${set.map((c) => `${c} = r.${c}`).join(', ')} FROM ${from} r WHERE ${match}`, rows: list.filter((_, i) => existing.has(i)) },
    { sql: `INSERT INTO public.${table} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${from}`, rows: list.filter((_, i) => !existing.has(i)) },
  ].filter((w) => w.rows.length > 0);
}

/**
 * The same writes made on the central's own tables, as they stood when the push began: the rows
 * the push created are inserted, the rows it changed are updated to what it left them as (every
 * writable column), one statement of each kind per table, in one transaction. Run on the saved
 * state (`open` puts it back each time), `runs` times. Which rows already exist is found before the
 * clock starts; that also reads the pages the writes meet, as the push's own reads did.
 */
export async function timeSameWrites(open: () => Promise<Db>, rows: PushRows, runs = 3): Promise<{ ms: number; updated: number; inserted: number }> {
  const times: number[] = [];
  let shapes: TableShape[] | null = null;
  let counts = { updated: 0, inserted: 0 };
  for (let run = 0; run < runs; run++) {
    const db = await open();
    try {
      shapes ??= await tableShapes(db, [...rows.keys()]);
      const writes = (await Promise.all(shapes.map((shape) => writesOf(db, shape, rows.get(shape.table)!)))).flat();
      counts = {
        updated: writes.filter((w) => w.sql.startsWith('UPDATE')).reduce((n, w) => n + w.rows.length, 0),
        inserted: writes.filter((w) => w.sql.startsWith('INSERT')).reduce((n, w) => n + w.rows.length, 0),
      };
      const t0 = performance.now();
      await db.transaction(async (tx) => {
        for (const w of writes) await tx.query(w.sql, [`[${w.rows.join(',')}]`]);
      });
      times.push(performance.now() - t0);
    } finally {
      await db.close();
    }
  }
  return { ms: median(times), ...counts };
}
