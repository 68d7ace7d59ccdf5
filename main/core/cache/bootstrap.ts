import type { Change } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { commitWithoutSync } from '../db/commit-without-sync.ts';
import type { RowWriter } from './entity-table.ts';

/** SQLite's default: how many WAL pages a commit lets pile up before it checkpoints them. */
const CHECKPOINT_PAGES = 1000;
/**
 * During a download: 256 MB of the cache's 16 KB pages (64 MB of an older cache's 4 KB), so a
 * large one still checkpoints now and then. With 16 KB pages, 64 MB made the download of 100,000
 * applications slower (14.9–18.7 s against 13.5–13.9 s); with 4 KB pages, 256 MB did not help.
 */
const DOWNLOAD_CHECKPOINT_PAGES = 16_384;

/** FTS5's own default: merge once this many segments of a level exist. */
const FTS_AUTOMERGE = 4;
/** After a download, one bounded round of merging (pages written) rather than a full optimize. */
const MERGE_PAGES = 500;

/** Tables that are not the read model: their indexes stay whatever happens. */
const KEEP = new Set(['outbox', 'conflicts', 'sync_state', 'shadow', 'deferred_index', 'document_blob']);

/**
 * The first download into an empty read model. Growing a dozen b-trees row by row is what makes
 * a naive download slow, so the read model's secondary indexes are set aside at the start and
 * built once at the end (their SQL kept in `deferred_index`, so a download cut off by a crash gets
 * them back at the next open). Batches are plain inserts committed without fsync: the read model
 * can always be downloaded again, while the outbox keeps `synchronous=FULL` for its own writes.
 */
export function createBootstrap(db: SqliteDatabase, writers: ReadonlyMap<EntityName, RowWriter>) {
  const deferred = db.prepare<[], { name: string; sql: string }>('SELECT name, sql FROM deferred_index');
  const readModelIndexes = db.prepare<[], { name: string; sql: string; tbl_name: string }>(
    "SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
  );
  const remember = db.prepare<[string, string]>('INSERT OR REPLACE INTO deferred_index (name, sql) VALUES (?, ?)');
  const forget = db.prepare('DELETE FROM deferred_index');

  const running = () => deferred.all().length > 0;

  // The search indexes (FTS5) merge their segments as they grow; during a download every batch's
  // commit merged again what the next one grows. Their merging waits until the end instead
  // (measured at 100,000 applications: about a tenth of the download, searches as fast after).
  const searchIndexes = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'")
    .all()
    .map((r) => r.name);
  const setMerging = (on: boolean) => {
    for (const t of searchIndexes) {
      // Literals: FTS5 takes these settings as integers only, and a bound JS number is a double.
      db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('automerge', ${on ? FTS_AUTOMERGE : 0})`);
      if (on) db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('merge', ${MERGE_PAGES})`);
    }
  };

  /** Put back indexes a cut-off download set aside (at open; harmless when there are none). */
  const restoreIndexes = () => {
    const aside = deferred.all();
    if (aside.length === 0) return;
    for (const ix of aside) db.exec(ix.sql.replace(/^CREATE INDEX /i, 'CREATE INDEX IF NOT EXISTS '));
    setMerging(true);
    forget.run();
  };

  const setIndexesAside = () => {
    const aside = readModelIndexes.all().filter((ix) => !KEEP.has(ix.tbl_name));
    // What is set aside is what a cut-off download's next open puts back, merging with it.
    if (aside.length > 0) setMerging(false);
    for (const ix of aside) {
      remember.run(ix.name, ix.sql);
      db.exec(`DROP INDEX "${ix.name.replaceAll('"', '""')}"`);
    }
  };

  /** Writes one batch; returns the entity types it touched and how many rows it wrote. */
  const insertBatch = (changes: readonly (Change & { dataText?: string })[], touched: Set<EntityName>): number => {
    let rows = 0;
    for (const c of changes) {
      if (c.op !== 'put' || c.data == null) continue; // nothing to delete in an empty read model
      const w = writers.get(c.entity);
      if (!w) continue;
      w.insertFresh(c.id, c.version, c.data, c.dataText);
      touched.add(c.entity);
      rows++;
    }
    return rows;
  };

  /**
   * Runs `fn` in a transaction whose commit does not wait for the disk, and does not checkpoint
   * the WAL at the default 1,000 pages either: at that size every batch's commit copied the WAL
   * into the file and synced it, and the pages a download rewrites batch after batch (b-tree
   * interiors, the search indexes' segments) were copied again each time. Measured, that was a
   * quarter of the download; `checkpoint` copies them once at the end.
   */
  const withoutFsync = <T>(fn: () => T): T => {
    db.pragma(`wal_autocheckpoint = ${DOWNLOAD_CHECKPOINT_PAGES}`);
    try {
      return commitWithoutSync(db, () => db.transaction(fn).immediate());
    } finally {
      db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    }
  };

  /** The download's WAL into the file at its end, so the user's first command does not pay for it. */
  const checkpoint = () => void db.pragma('wal_checkpoint(PASSIVE)');

  return { running, restoreIndexes, setIndexesAside, insertBatch, withoutFsync, checkpoint };
}
