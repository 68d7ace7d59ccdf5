import type { ReadDetail, ReadFields } from '../../domain/audit/entry.ts';
import type { AuditRead } from '../../domain/audit/read-api.ts';
import type { Queryable } from '../db/db.ts';

/** One audit row as the table holds it. */
export interface AuditRow {
  id: string;
  actor_id: string;
  actor_name: string;
  read_at: string;
  recorded_at: string;
  source: 'desk' | 'central';
  command_id: string | null;
  subject_kind: string;
  subject_ids: string[];
  workspace: string;
  partition: string | null;
  purpose: string;
  purpose_text: string | null;
  detail: ReadDetail | null;
}

export function auditRow(
  fields: ReadFields,
  meta: { id: string; actor: { id: string; name: string }; readAt: string; recordedAt: string; source: AuditRow['source']; commandId: string | null },
): AuditRow {
  return {
    id: meta.id,
    actor_id: meta.actor.id,
    actor_name: meta.actor.name,
    read_at: meta.readAt,
    recorded_at: meta.recordedAt,
    source: meta.source,
    command_id: meta.commandId,
    subject_kind: fields.subjectKind,
    subject_ids: fields.subjectIds,
    workspace: fields.workspace,
    partition: fields.partition,
    purpose: fields.purpose,
    purpose_text: fields.purposeText,
    detail: fields.detail,
  };
}

/** Appends rows; an id the table holds already is left as it is (a replay is not a second row). */
export async function appendRows(tx: Queryable, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO audit_read (id, actor_id, actor_name, read_at, recorded_at, source, command_id, subject_kind, subject_ids, workspace, partition, purpose, purpose_text, detail)
     SELECT id, actor_id, actor_name, read_at, recorded_at, source, command_id, subject_kind, subject_ids, workspace, partition, purpose, purpose_text, detail
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, actor_id uuid, actor_name text, read_at timestamptz, recorded_at timestamptz, source text,
       command_id uuid, subject_kind text, subject_ids text[], workspace text, partition text, purpose text, purpose_text text, detail jsonb)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(rows)],
    'audit_append',
  );
}

/** Who recorded each of these ids, for the ids the table holds. */
export async function recordedBy(tx: Queryable, ids: readonly string[]): Promise<Map<string, string>> {
  const res = await tx.query<{ id: string; actor_id: string }>(
    `SELECT id::text AS id, actor_id::text AS actor_id FROM audit_read WHERE id = ANY(string_to_array($1, ',')::uuid[])`,
    [ids.join(',')],
    'audit_recorded_by',
  );
  return new Map(res.rows.map((r) => [r.id, r.actor_id]));
}

export interface SelectedRow extends Omit<AuditRow, 'read_at' | 'recorded_at'> {
  read_at: string | Date;
  recorded_at: string | Date;
}

const iso = (v: string | Date) => new Date(v).toISOString();

export function toAuditRead(r: SelectedRow): AuditRead {
  return {
    id: r.id,
    actor: { id: r.actor_id, name: r.actor_name },
    readAt: iso(r.read_at),
    recordedAt: iso(r.recorded_at),
    source: r.source,
    subjectKind: r.subject_kind as AuditRead['subjectKind'],
    subjectIds: r.subject_ids,
    workspace: r.workspace,
    partition: r.partition,
    purpose: r.purpose as AuditRead['purpose'],
    purposeText: r.purpose_text,
    detail: r.detail,
  };
}

export const SELECT_READS = `SELECT id::text AS id, actor_id::text AS actor_id, actor_name, read_at, recorded_at, source, command_id::text AS command_id,
  subject_kind, subject_ids, workspace, partition, purpose, purpose_text, detail FROM audit_read`;
