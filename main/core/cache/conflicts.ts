import type { ConflictItem } from '../../../domain/contract.ts';
import type { ErrorCode } from '../../../domain/errors.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { OutboxRow } from './outbox.ts';

interface ConflictRow {
  command_id: string;
  type: string;
  payload: string;
  status: 'conflict' | 'rejected';
  code: ErrorCode;
  message: string;
  current: string | null;
  aggregate_id: string | null;
  created_at: string;
}

/** The inbox of commands the central refused, kept until a handler dismisses them. */
export function createConflicts(db: SqliteDatabase, describe: (aggregateId: string) => string | null) {
  const insert = db.prepare<[string, string, string, string, string, string, string | null, string | null, string]>(
    // A command is refused once: the first refusal stands, and one a handler dismissed stays dismissed.
    `INSERT INTO conflicts (command_id, type, payload, status, code, message, current, aggregate_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (command_id) DO NOTHING`,
  );
  const open = db.prepare<[], ConflictRow>('SELECT * FROM conflicts WHERE dismissed_at IS NULL ORDER BY created_at DESC, command_id');
  const dismiss = db.prepare<[string, string]>('UPDATE conflicts SET dismissed_at = ? WHERE command_id = ? AND dismissed_at IS NULL');
  const exists = db.prepare<[string], { n: number }>('SELECT 1 AS n FROM conflicts WHERE command_id = ?');
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM conflicts WHERE dismissed_at IS NULL');

  return {
    add(command: OutboxRow, status: 'conflict' | 'rejected', code: string, message: string, current: unknown, at: string): void {
      const currentJson = current === undefined ? null : JSON.stringify(current);
      insert.run(command.id, command.type, command.payload, status, code, message, currentJson, command.aggregate_id, at);
    },
    list(): ConflictItem[] {
      return open.all().map((r) => ({
        id: r.command_id,
        commandType: r.type,
        status: r.status,
        code: r.code,
        message: r.message,
        applicationId: r.aggregate_id,
        applicationReference: r.aggregate_id ? describe(r.aggregate_id) : null,
        current: r.current === null ? null : (JSON.parse(r.current) as unknown),
        payload: JSON.parse(r.payload) as unknown,
        createdAt: r.created_at,
      }));
    },
    /** False when there is no such conflict; dismissing twice is fine. */
    dismiss(id: string, at: string): boolean {
      dismiss.run(at, id);
      return exists.get(id) !== undefined;
    },
    openCount: () => count.get()!.n,
  };
}
