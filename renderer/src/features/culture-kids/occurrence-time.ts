import type { Language } from '../../../../domain/languages.ts';
import { fromWallClock, toIsoInstant, toWallClock } from '../../../../domain/wall-clock.ts';
import { dayForInput, parseDay } from '../../format/dates.ts';

/** A clock as staff type it: "17.30", "17:30" or "9" (Finnish writes a dot), 0.00–23.59. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

/** The typed day and clock, read as Helsinki time, as a UTC instant; null when either does not read. */
export function occurrenceInstant(day: string, clock: string, lang: Language): string | null {
  const d = parseDay(day, lang);
  const minutes = parseClock(clock);
  if (!d.ok || minutes === null) return null;
  return toIsoInstant(fromWallClock(d.iso, minutes));
}

/** An instant as the two fields show it (Helsinki day in the UI's format, clock with a dot). */
export function occurrenceFields(instant: string, lang: Language): { day: string; clock: string } {
  const w = toWallClock(Date.parse(instant));
  return { day: dayForInput(w.date, lang), clock: `${Math.floor(w.minutes / 60)}.${String(w.minutes % 60).padStart(2, '0')}` };
}
