import { medianHelpMinutes, ROLLING_WINDOW, type FinishedHelp } from '../../domain/help-queue/help-time.ts';
import type { Queryable } from '../db/db.ts';

/**
 * A service point's rolling median help time on a service date, by the desk's rule
 * (domain/help-queue/help-time.ts) over its latest finished tickets. Only the one figure leaves
 * here for a kiosk, never a ticket's own times. Null before anyone was helped that day.
 */
export async function medianHelpToday(db: Queryable, servicePointId: string, serviceDate: string): Promise<number | null> {
  const res = await db.query<FinishedHelp>(
    `SELECT status, data->>'serviceStartedAt' AS "serviceStartedAt", data->>'closedAt' AS "closedAt" FROM as_queue_ticket
     WHERE service_point_id = $1 AND service_date = $2 AND status = 'done' AND data->>'serviceStartedAt' IS NOT NULL AND data->>'closedAt' IS NOT NULL
     ORDER BY data->>'closedAt' DESC LIMIT $3`,
    [servicePointId, serviceDate, ROLLING_WINDOW],
    'kiosk_median_help',
  );
  return medianHelpMinutes(res.rows);
}
