import { personalDataFeedScope } from '../../domain/audit/scopes.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import { recordCentralReads, type CentralRead } from './record.ts';

/**
 * A pull or a download that delivers rows of a personal-data scope to a desk is a read by that
 * user: one audit row per partition that delivered rows, for the feed range (after, upTo]. Called
 * before the rows leave the central, so no personal data goes out unaudited. Users without such a
 * scope cost nothing; the count runs on the feed's seq index over the delivered range only.
 */
export async function recordPulledPersonalData(db: Queryable, user: StaffUser, feedScopes: readonly string[], after: number, upTo: number): Promise<void> {
  const personal = feedScopes.filter((s) => personalDataFeedScope(s) !== null);
  if (personal.length === 0 || upTo <= after) return;
  const res = await db.query<{ scope: string; n: number }>(
    `SELECT scope, count(*)::int AS n FROM sync_feed
     WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ',')) GROUP BY scope ORDER BY scope`,
    [String(after), String(upTo), personal.join(',')],
    'audit_pulled_personal',
  );
  const reads = res.rows.map((r): CentralRead => {
    const parts = personalDataFeedScope(r.scope)!;
    return {
      actor: { id: user.id, name: user.name },
      subjectKind: 'sync_pull',
      subjectIds: [],
      workspace: parts.workspace,
      partition: parts.partition,
      purpose: 'other',
      purposeText: `Sync: ${parts.scope} delivered to the desk's offline cache.`,
      detail: { rows: r.n },
    };
  });
  await recordCentralReads(db, reads);
}
