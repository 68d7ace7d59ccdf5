import type { AuditRead } from '../../domain/audit/read-api.ts';
import type { Queryable } from '../db/db.ts';
import { SELECT_READS, toAuditRead, type SelectedRow } from './store.ts';

/** Subject ids and partitions hold no comma (domain/audit/entry.ts), so lists travel as one text. */
export interface ReadsFilter {
  subjectIds?: readonly string[];
  actorId?: string;
  /** With subjectIds: also the reads of this whole partition. Alone: every read of the partition. */
  partition?: string;
  before?: string;
  limit: number;
  /** The partitions the asker may audit ('all' for an unscoped grant). */
  visiblePartitions: 'all' | readonly string[];
}

/**
 * Recorded reads, newest first. For a GDPR export (ck-central): `subjectIds` of the person and
 * their children with the cohort as `partition` answers who read their data, and when and why.
 */
export async function listReads(db: Queryable, f: ReadsFilter): Promise<AuditRead[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  if (f.subjectIds !== undefined) {
    const named = `subject_ids && string_to_array(${param(f.subjectIds.join(','))}, ',')`;
    where.push(f.partition === undefined ? named : `(${named} OR (cardinality(subject_ids) = 0 AND partition = ${param(f.partition)}))`);
  } else if (f.partition !== undefined) where.push(`partition = ${param(f.partition)}`);
  if (f.actorId !== undefined) where.push(`actor_id = ${param(f.actorId)}::uuid`);
  if (f.before !== undefined) where.push(`read_at < ${param(f.before)}::timestamptz`);
  if (f.visiblePartitions !== 'all') where.push(`partition = ANY(string_to_array(${param(f.visiblePartitions.join(','))}, ','))`);
  const res = await db.query<SelectedRow>(
    `${SELECT_READS} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY read_at DESC, id LIMIT ${param(f.limit)}`,
    params,
  );
  return res.rows.map(toAuditRead);
}
