/**
 * Calendar days as handlers type them. Finland writes days as d.m.yyyy in every UI language
 * (the Swedish and English UIs serve Finnish offices too), so that is the one typed format;
 * an ISO day (yyyy-mm-dd, from a paste) is accepted as well.
 */
export type ParsedDay = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'no_such_day' };

const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Parses "5.1.2027", "05.01.2027" or "2027-01-05" into "2027-01-05". */
export function parseDay(text: string): ParsedDay {
  const value = text.trim();
  if (value === '') return { ok: false, reason: 'empty' };
  let day: number;
  let month: number;
  let year: number;
  const fi = FINNISH.exec(value);
  const iso = fi ? null : ISO.exec(value);
  if (fi) [day, month, year] = [Number(fi[1]), Number(fi[2]), Number(fi[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return { ok: false, reason: 'format' };
  // Date.UTC rolls 31.2. over into March; a day that rolls over does not exist.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, reason: 'no_such_day' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** "2027-01-05" as "5.1.2027", the way parseDay reads it back. */
export function finnishDay(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${Number(m[3])}.${Number(m[2])}.${m[1]}` : iso;
}

/** A YYYY-MM-DD day as a local Date at noon (for calendar widgets that think in local time). */
export function dayAsLocalDate(iso: string): Date {
  const m = ISO.exec(iso);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date(NaN);
}
