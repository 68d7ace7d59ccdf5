import { randomUUID } from 'node:crypto';
import { ReadFields } from '../../domain/audit/entry.ts';
import type { Queryable } from '../db/db.ts';
import { appendRows, auditRow } from './store.ts';

/** A read the central makes itself on a person's behalf: a GDPR export, a pull of personal data. */
export type CentralRead = ReadFields & { actor: { id: string; name: string } };

/**
 * Appends the central's own reads, at the central's time. Pass the transaction that reads the
 * data, so a read and its audit row commit together. Bad fields are a programming error: thrown.
 */
export async function recordCentralReads(db: Queryable, reads: readonly CentralRead[]): Promise<string[]> {
  const now = new Date().toISOString();
  const rows = reads.map(({ actor, ...fields }) =>
    auditRow(ReadFields.parse(fields), { id: randomUUID(), actor, readAt: now, recordedAt: now, source: 'central', commandId: null }),
  );
  await appendRows(db, rows);
  return rows.map((r) => r.id);
}

/** One read the central makes itself; answers the row's id. */
export async function recordCentralRead(db: Queryable, read: CentralRead): Promise<string> {
  const [id] = await recordCentralReads(db, [read]);
  return id!;
}
