import { helsinkiOffsetMinutes } from '../../../domain/wall-clock.ts';

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included), i.e. 25569 days before 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The wall-clock time in Helsinki at an instant, as if it were UTC (ms since the epoch). */
export function helsinkiWallMs(instant: Date): number {
  const ms = instant.getTime();
  return ms + helsinkiOffsetMinutes(ms) * 60_000;
}

/** An instant as an Excel serial date in Helsinki wall time (Excel dates carry no zone); null if unreadable. */
export function excelSerialOfInstant(iso: string): number | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return helsinkiWallMs(at) / DAY_MS + EXCEL_EPOCH_OFFSET_DAYS;
}

/** A calendar day 'YYYY-MM-DD' as an Excel serial date; null if it is not one. */
export function excelSerialOfDay(day: string): number | null {
  const m = ISO_DAY.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(ms) ? null : ms / DAY_MS + EXCEL_EPOCH_OFFSET_DAYS;
}

/** "1.12.2026 klo 16.05" style stamps for printed pages: Helsinki wall time, the user's language. */
export function formatHelsinki(instant: Date, language: 'fi' | 'sv' | 'en'): string {
  const locale = language === 'fi' ? 'fi-FI' : language === 'sv' ? 'sv-FI' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Helsinki', dateStyle: 'short', timeStyle: 'short' }).format(instant);
}
