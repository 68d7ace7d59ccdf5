import { parseInstant, toWallClock } from '../wall-clock.ts';
import type { HelpSession } from './entities.ts';
import { suppress, type CountTable, type SuppressedTable } from './suppression.ts';
import { SUPPRESSION_THRESHOLD } from './vocabulary.ts';

/**
 * Report tables of help sessions (issue 9, item 4): counts by service point against one
 * dimension, suppressed before anyone sees them. Topics are a multi-select, so a session counts
 * once under each of its topics; the totals are then mentions, the sum of what the row shows.
 */
export type Dimension = 'topic' | 'channel' | 'language' | 'hour' | 'outcome' | 'referral' | 'ageBand';

function valuesOf(s: HelpSession, d: Dimension): string[] {
  switch (d) {
    case 'topic':
      return s.topics;
    case 'channel':
      return [s.channel];
    case 'language':
      return [s.serviceLanguage];
    case 'hour':
      return [String(Math.floor(toWallClock(parseInstant(s.occurredAt)).minutes / 60)).padStart(2, '0')];
    case 'outcome':
      return [s.outcome];
    case 'referral':
      return [s.referral];
    case 'ageBand':
      return [s.ageBand ?? 'not_given'];
  }
}

/**
 * Counts of sessions per service point (rows) and value of the dimension (columns). `columns`
 * fixes the columns and their order (a vocabulary list), so values nobody had still show as 0.
 */
export function countTable(sessions: readonly HelpSession[], dimension: Dimension, columns: readonly string[]): CountTable {
  const rows = [...new Set(sessions.map((s) => s.servicePointId))].sort();
  const counts = rows.map(() => columns.map(() => 0));
  for (const s of sessions) {
    const r = rows.indexOf(s.servicePointId);
    for (const value of valuesOf(s, dimension)) {
      const c = columns.indexOf(value);
      const row = counts[r];
      if (row && c >= 0) row[c] = (row[c] ?? 0) + 1;
    }
  }
  return { rows, columns, counts };
}

/** What a report and an export show: the table suppressed at the threshold. */
export function reportTable(sessions: readonly HelpSession[], dimension: Dimension, columns: readonly string[], threshold = SUPPRESSION_THRESHOLD): SuppressedTable {
  return suppress(countTable(sessions, dimension, columns), threshold);
}
