import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { RECORD_READS, RecordReadsPayload } from '../../../domain/audit/commands.ts';
import { MAX_ENTRIES, MAX_SUBJECT_IDS, splitSubjects, type ReadDetail, type ReadPurpose, type SubjectKind } from '../../../domain/audit/entry.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { can } from '../../../domain/roles.ts';
import { createOutbox, type Outbox } from '../cache/outbox.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { QueryContext } from '../cache/workspace.ts';

/** A read of personal data a core query made, as the query knows it. */
export interface PersonalDataRead {
  subjectKind: SubjectKind;
  /** The children, guardians… read. Empty: the whole partition (an export). More than 200 are split over entries. */
  subjectIds: readonly string[];
  /** The workspace that read, e.g. 'culture-kids'. */
  workspace: string;
  /** The slice read, e.g. the cohort id; null for a workspace without partitions. */
  partition: string | null;
  purpose: ReadPurpose;
  /** Required when purpose is 'other'. */
  purposeText?: string | null;
  /** The search that found them, how many rows a list held. */
  detail?: ReadDetail | null;
}

/** One prepared outbox per open cache: a query that records on every call should not prepare statements each time. */
const outboxes = new WeakMap<SqliteDatabase, Outbox>();
function outboxOf(db: SqliteDatabase): Outbox {
  let outbox = outboxes.get(db);
  if (!outbox) outboxes.set(db, (outbox = createOutbox(db)));
  return outbox;
}

/**
 * Records a read in the audit: one `audit.recordReads` command in the outbox, committed with
 * synchronous=FULL like every command, so it survives kill -9 and goes up at the next sync — a
 * read made offline is audited when the desk reconnects. Nothing is applied locally. The actor is
 * not sent: the central takes the signed-in user. Call it before answering the query, and do not
 * answer when it fails: no personal data leaves the cache without its audit entry.
 */
export function recordPersonalDataRead(ctx: QueryContext, read: PersonalDataRead): Result<{ commandId: string; entryIds: string[] }> {
  if (!can(ctx.actor.roles, 'audit.record')) return fail('forbidden', 'Your role may not read personal data.');
  const pieces = splitSubjects(read.subjectIds);
  if (pieces.length > MAX_ENTRIES) {
    return fail('bad_request', `A read of more than ${MAX_ENTRIES * MAX_SUBJECT_IDS} subjects is recorded as a read of the whole partition (no subject ids).`);
  }
  const readAt = ctx.now.toISOString();
  const entries = pieces.map((subjectIds) => ({
    id: randomUUID(),
    readAt,
    subjectKind: read.subjectKind,
    subjectIds,
    workspace: read.workspace,
    partition: read.partition,
    purpose: read.purpose,
    purposeText: read.purposeText ?? null,
    detail: read.detail ?? null,
  }));
  const payload = RecordReadsPayload.safeParse({ entries });
  if (!payload.success) return fail('bad_request', z.prettifyError(payload.error));
  const commandId = randomUUID();
  outboxOf(ctx.db).append({
    id: commandId,
    type: RECORD_READS,
    payload: payload.data,
    baseVersion: null,
    issuedAt: readAt,
    aggregateId: null,
    actor: { id: ctx.actor.id, name: ctx.actor.name },
    // An audit entry changes nothing in this cache: the central keeps it.
    puts: [],
  });
  return ok({ commandId, entryIds: entries.map((e) => e.id) });
}
