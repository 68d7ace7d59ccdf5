import type { Application } from '../../domain/berths/entities.ts';
import type { Queryable } from '../db/db.ts';

/** Pending applications with a berth that is free for their season, fits the boat and lies in a chosen harbour. */
export async function offerableCases(db: Queryable, limit = 10): Promise<{ application: Application; version: number; berthId: string }[]> {
  const res = await db.query<{ data: Application; version: number; berth_id: string }>(
    `SELECT a.data, a.version, b.id AS berth_id
     FROM application a
     CROSS JOIN LATERAL (
       SELECT b.id FROM berth b
       WHERE b.is_active
         AND b.harbour_id = ANY(ARRAY(SELECT jsonb_array_elements_text(a.data->'harbourChoices'))::uuid[])
         AND b.width >= (a.data->'boat'->>'width')::numeric
         AND (b.data->>'length')::numeric >= (a.data->'boat'->>'length')::numeric
         AND NOT EXISTS (SELECT 1 FROM lease l WHERE l.berth_id = b.id
           AND ((l.season = a.season AND l.status IN ('drafted', 'offered', 'awaiting_payment', 'paid')) OR (l.season = a.season - 1 AND l.status = 'paid')))
       ORDER BY b.id LIMIT 1) b
     WHERE a.status = 'pending'
     ORDER BY a.reference LIMIT $1`,
    [limit],
  );
  return res.rows.map((r) => ({ application: r.data, version: r.version, berthId: r.berth_id }));
}

/** Pending applications (any), in reference order. */
export async function pendingApplications(db: Queryable, limit = 10): Promise<{ application: Application; version: number }[]> {
  const res = await db.query<{ data: Application; version: number }>(
    `SELECT data, version FROM application WHERE status = 'pending' ORDER BY reference LIMIT $1`,
    [limit],
  );
  return res.rows.map((r) => ({ application: r.data, version: r.version }));
}
