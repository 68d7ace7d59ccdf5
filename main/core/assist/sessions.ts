import type { SessionList } from '../../../domain/assist/contract.ts';
import { ASSIST_PERMISSIONS as P } from '../../../domain/assist/vocabulary.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { periodMs } from './period.ts';
import type { AssistRights } from './rights.ts';
import { asRows } from './rows.ts';
import { pointWith } from './service-points.ts';

/** The sessions logged at a service point over a period, newest first (the session log's list). */
export function listSessions(db: SqliteDatabase, rights: AssistRights, input: ParsedInput<'assist.listSessions'>): Result<SessionList> {
  const point = pointWith(db, rights, input.servicePointId, P.staff);
  if (!point.ok) return point;
  const { from, to } = periodMs(input.from, input.to);
  const rows = asRows(db);
  return ok({
    rows: rows.sessionsOf(point.value.id, from, to, input.limit, input.offset).map((c) => ({ session: c.record, pending: c.pending })),
    total: rows.sessionCount(point.value.id, from, to),
  });
}
