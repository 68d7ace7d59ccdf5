import type { TicketCode } from './entities.ts';

/**
 * External ticket codes (kukkuu's TicketSystemPasswords): imported by paste or CSV, one per line,
 * unique per event; free while no child holds one. A warning shows when few are left.
 */
export const LOW_CODES_SHARE = 0.1;
export const LOW_CODES_MIN = 10;

/** The codes of a paste or a CSV column: trimmed, blanks dropped, first of each repeat kept, the rest reported. */
export function splitImport(codes: readonly string[], existing: readonly Pick<TicketCode, 'value'>[]): { fresh: string[]; duplicates: string[] } {
  const seen = new Set(existing.map((c) => c.value));
  const fresh: string[] = [];
  const duplicates: string[] = [];
  for (const raw of codes) {
    const code = raw.trim();
    if (code === '') continue;
    if (seen.has(code)) duplicates.push(code);
    else {
      seen.add(code);
      fresh.push(code);
    }
  }
  return { fresh, duplicates };
}

export interface CodeCounts {
  free: number;
  used: number;
  /** Fewer free than a tenth of all, or than ten: time to import more. */
  low: boolean;
}

export function codeCounts(codes: readonly Pick<TicketCode, 'childId'>[]): CodeCounts {
  const used = codes.filter((c) => c.childId !== null).length;
  const free = codes.length - used;
  return { free, used, low: codes.length > 0 && (free < LOW_CODES_MIN || free < codes.length * LOW_CODES_SHARE) };
}
