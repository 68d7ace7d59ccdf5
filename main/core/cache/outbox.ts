import type { CommandType } from '../../../domain/workspaces.ts';
import { RECORD_READS } from '../../../domain/audit/commands.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { OutboxEntry } from './cache-port.ts';

export interface OutboxRow {
  seq: number;
  id: string;
  type: CommandType;
  payload: string;
  base_version: number | null;
  issued_at: string;
  attempts: number;
  aggregate_id: string | null;
  actor_id: string;
  actor_name: string;
  /** The rows its local decision put (JSON), 'refused' when it had no effect here, null when not known. */
  puts: string | null;
}

/** What outbox.puts holds for a command whose local decision put nothing. */
export const REFUSED_HERE = 'refused';

export interface NewCommand {
  id: string;
  type: CommandType;
  payload: unknown;
  baseVersion: number | null;
  issuedAt: string;
  aggregateId: string | null;
  actor: { id: string; name: string };
  /** The rows its local decision put. */
  puts: readonly unknown[];
}

/** The queue of commands waiting for the central, in the order they were issued. */
export function createOutbox(db: SqliteDatabase) {
  const insert = db.prepare<[string, string, string, number | null, string, string | null, string, string, string]>(
    'INSERT INTO outbox (id, type, payload, base_version, issued_at, aggregate_id, actor_id, actor_name, puts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const setPuts = db.prepare<[string | null, string]>('UPDATE outbox SET puts = ? WHERE id = ?');
  const head = db.prepare<[number], OutboxRow>('SELECT * FROM outbox ORDER BY seq LIMIT ?');
  const everything = db.prepare<[], OutboxRow>('SELECT * FROM outbox ORDER BY seq');
  const everyPuts = db.prepare<[], Pick<OutboxRow, 'id' | 'type' | 'puts'>>('SELECT id, type, puts FROM outbox ORDER BY seq');
  const byId = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM outbox WHERE id = ?');
  const attempted = db.prepare<[string]>('UPDATE outbox SET attempts = attempts + 1 WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM outbox');
  // Audit entries of reads wait in the outbox like any command, but they are no change the person
  // made: counting them as "changes waiting" after merely opening a family would mislead.
  const changes = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE type <> ?');

  return {
    append(c: NewCommand): number {
      const r = insert.run(c.id, c.type, JSON.stringify(c.payload), c.baseVersion, c.issuedAt, c.aggregateId, c.actor.id, c.actor.name, JSON.stringify(c.puts));
      return Number(r.lastInsertRowid);
    },
    head(limit: number): OutboxEntry[] {
      return head.all(limit).map((r) => ({
        id: r.id,
        seq: r.seq,
        type: r.type,
        payload: JSON.parse(r.payload) as unknown,
        baseVersion: r.base_version,
        issuedAt: r.issued_at,
        attempts: r.attempts,
      }));
    },
    all: () => everything.all(),
    /** Each queued command's id, type and kept rows, in order: what a settle by promotion reads. */
    allPuts: () => everyPuts.all(),
    get: (id: string) => byId.get(id),
    remove: (id: string) => void remove.run(id),
    /** Records what a rebase decided for the command: its rows, or REFUSED_HERE. */
    setPuts: (id: string, puts: string) => void setPuts.run(puts, id),
    markAttempted: (id: string) => void attempted.run(id),
    count: () => count.get()!.n,
    /** The person's own changes waiting: what the UI shows as pending. */
    countChanges: () => changes.get(RECORD_READS)!.n,
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
