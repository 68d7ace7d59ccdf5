import type { Language } from '../../../domain/languages.ts';
import { formatIsoDate } from './format.ts';

/**
 * Calendar days as handlers type them: one format per language, the one the app displays
 * (format.ts): d.m.yyyy in Finnish and in Finland's Swedish, dd/mm/yyyy in British English, leading
 * zeros optional. An ISO day (yyyy-mm-dd, from a paste) is read in every language.
 */
export type ParsedDay = { ok: true; iso: string } | { ok: false; reason: 'empty' | 'format' | 'no_such_day' };

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED: Record<Language, RegExp> = { fi: DOTTED, sv: DOTTED, en: SLASHED };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Parses a typed day in the language's format (or ISO) into "2027-01-05". */
export function parseDay(text: string, lang: Language): ParsedDay {
  const value = text.trim();
  if (value === '') return { ok: false, reason: 'empty' };
  let day: number;
  let month: number;
  let year: number;
  const typed = TYPED[lang].exec(value);
  const iso = typed ? null : ISO.exec(value);
  if (typed) [day, month, year] = [Number(typed[1]), Number(typed[2]), Number(typed[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return { ok: false, reason: 'format' };
  // Date.UTC rolls 31.2. over into March; a day that rolls over does not exist.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, reason: 'no_such_day' };
  return { ok: true, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** An ISO day as the field shows it: exactly as the app displays days, which parseDay reads back. */
export function dayForInput(iso: string, lang: Language): string {
  return formatIsoDate(iso, lang);
}
