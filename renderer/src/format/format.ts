import type { Language, Localized } from '../../../domain/languages.ts';
import { HELSINKI, INTL_LOCALE } from './locale.ts';

// Intl formatters are costly to build and the grid formats thousands of cells: keep one of each.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(id: string, build: () => F): F {
  let f = cache.get(id) as F | undefined;
  if (!f) {
    f = build();
    cache.set(id, f);
  }
  return f;
}

const dateTimeFormat = (lang: Language, key: string, options: Intl.DateTimeFormatOptions) =>
  cached(`dt:${lang}:${key}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], options));

const numberFormat = (lang: Language, key: string, options: Intl.NumberFormatOptions) =>
  cached(`n:${lang}:${key}`, () => new Intl.NumberFormat(INTL_LOCALE[lang], options));

function toDate(value: string | Date): Date | null {
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? null : d;
}

/** An instant as Helsinki wall-clock time, e.g. "28.11.2026 klo 14.05" in Finnish. */
export function formatDateTime(value: string | Date | null | undefined, lang: Language): string {
  if (value == null) return '';
  const d = toDate(value);
  if (!d) return '';
  return dateTimeFormat(lang, 'datetime', {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: HELSINKI,
  }).format(d);
}

/** The Helsinki calendar day of an instant, e.g. "28.11.2026". */
export function formatInstantDate(value: string | Date | null | undefined, lang: Language): string {
  if (value == null) return '';
  const d = toDate(value);
  if (!d) return '';
  return dateTimeFormat(lang, 'date-hki', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: HELSINKI }).format(d);
}

/** A calendar day given as YYYY-MM-DD; it is a day, not an instant, so no zone shift applies. */
export function formatIsoDate(value: string | null | undefined, lang: Language): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value ?? '';
  const d = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return dateTimeFormat(lang, 'date-utc', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Euro cents as money, e.g. "1 234,50 €" in Finnish. */
export function formatMoney(cents: number | null | undefined, lang: Language): string {
  if (cents == null || !Number.isFinite(cents)) return '';
  return numberFormat(lang, 'eur', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** A measure with two decimals and the locale's decimal mark, e.g. "2,50". */
export function formatNumber2(value: number | null | undefined, lang: Language): string {
  if (value == null || !Number.isFinite(value)) return '';
  return numberFormat(lang, 'm2', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** Metres with two decimals and the locale's decimal mark, e.g. "2,50 m". */
export function formatMetres(metres: number | null | undefined, lang: Language): string {
  const n = formatNumber2(metres, lang);
  return n ? `${n}\u00a0m` : '';
}

/** A percentage with at most two decimals, e.g. "12,35 %" in Finnish, "12.35 %" in English. */
export function formatPercent(value: number | null | undefined, lang: Language): string {
  if (value == null || !Number.isFinite(value)) return '';
  return `${numberFormat(lang, 'pct2', { maximumFractionDigits: 2 }).format(value)}\u00a0%`;
}

/** A file's size in kilobytes or megabytes, one decimal, e.g. "1,2 Mt" in Finnish, "1.2 MB" in English. */
export function formatFileSize(bytes: number | null | undefined, lang: Language): string {
  if (bytes == null || !Number.isFinite(bytes)) return '';
  const mega = bytes >= 1_000_000;
  const unit = mega ? 'megabyte' : 'kilobyte';
  return numberFormat(lang, unit, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(Math.max(bytes / (mega ? 1_000_000 : 1_000), 0.1));
}

export function formatInteger(value: number | null | undefined, lang: Language): string {
  if (value == null || !Number.isFinite(value)) return '';
  return numberFormat(lang, 'int', { maximumFractionDigits: 0 }).format(value);
}

/** A place name in the UI language, falling back to Finnish (names always exist in Finnish). */
export function localized(value: Localized | null | undefined, lang: Language): string {
  if (!value) return '';
  return value[lang] || value.fi;
}

/** Today's calendar day in Helsinki as YYYY-MM-DD. */
export function helsinkiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: HELSINKI, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
