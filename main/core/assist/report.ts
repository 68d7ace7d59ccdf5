import type { z } from 'zod';
import type { AssistReportParams } from '../../../domain/assist/contract.ts';
import type { HelpSession } from '../../../domain/assist/entities.ts';
import { reportTable, type Dimension } from '../../../domain/assist/statistics.ts';
import { suppress, type SuppressedTable } from '../../../domain/assist/suppression.ts';
import { AGE_BANDS, CHANNELS, OUTCOMES, REFERRALS, SERVICE_LANGUAGES, SUPPRESSION_THRESHOLD, TOPICS } from '../../../domain/assist/vocabulary.ts';
import type { Method } from '../../../domain/contract.ts';
import { ok, type Result } from '../../../domain/result.ts';
import { helsinkiDateOf, parseInstant } from '../../../domain/wall-clock.ts';
import type { QueryContext } from '../cache/workspace.ts';
import { assistDashboard } from './dashboard.ts';
import { periodMs } from './period.ts';
import { assistRights } from './rights.ts';
import { asRows, records } from './rows.ts';

/** The export's read (not a renderer method): the report tables, suppressed in the core before any cell leaves it. */
export const REPORT_TABLES_READ = 'assist.reportTables' as Method;

export type ReportInput = z.output<typeof AssistReportParams>;

/** One table of the report; a dimension's rows are `<service point>|<YYYY-MM>`, the month table's rows are the points. */
export interface ReportTable {
  dimension: Dimension | 'month';
  table: SuppressedTable;
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const COLUMNS: Record<Dimension, readonly string[]> = {
  topic: TOPICS,
  channel: CHANNELS,
  language: SERVICE_LANGUAGES,
  hour: HOURS,
  outcome: OUTCOMES,
  referral: REFERRALS,
  ageBand: [...AGE_BANDS, 'not_given'],
};

/** A row key joins the point and the month; the export splits them back into two columns. */
export const ROW_KEY_SEPARATOR = '|';
const monthOf = (s: HelpSession) => helsinkiDateOf(parseInstant(s.occurredAt)).slice(0, 7);

/**
 * Sessions of the dashboard's points and period as suppressed count tables: each dimension by point
 * and month, and sessions by point (rows) and month (columns). Refused where the dashboard is.
 */
export function reportTables(ctx: QueryContext, input: ReportInput): Result<ReportTable[]> {
  const rights = assistRights(ctx.actor);
  const dashboard = assistDashboard(ctx.db, rights, input);
  if (!dashboard.ok) return dashboard;
  const { from, to } = periodMs(input.from, input.to);
  const sessions = records(asRows(ctx.db).sessionsOccurred(dashboard.value.servicePointIds, from, to));
  const byMonth = sessions.map((s) => ({ ...s, servicePointId: `${s.servicePointId}${ROW_KEY_SEPARATOR}${monthOf(s)}` }));
  const months = [...new Set(sessions.map(monthOf))].sort();
  const points = [...new Set(sessions.map((s) => s.servicePointId))].sort();
  const perMonth = points.map((p) => months.map((m) => sessions.filter((s) => s.servicePointId === p && monthOf(s) === m).length));
  return ok([
    { dimension: 'month', table: suppress({ rows: points, columns: months, counts: perMonth }, SUPPRESSION_THRESHOLD) },
    ...(Object.keys(COLUMNS) as Dimension[]).map((dimension) => ({ dimension, table: reportTable(byMonth, dimension, COLUMNS[dimension]) })),
  ]);
}
