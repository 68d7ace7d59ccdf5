import type { Language } from '../../../domain/languages.ts';
import { formatInteger, formatIsoDate } from '../format/format.ts';
import { INTL_LOCALE } from '../format/locale.ts';
import { addDays } from '../../../domain/wall-clock.ts';
import { isoWeek, type BucketUnit } from './date-buckets.ts';

/**
 * Numbers and date buckets as the charts write them, in the Finnish conventions of each UI
 * language (format/locale.ts): whole numbers through the app's integer format, the rest with
 * at most two decimals.
 */
const decimals = new Map<Language, Intl.NumberFormat>();

export function formatChartNumber(value: number, lang: Language): string {
  if (Number.isInteger(value)) return formatInteger(value, lang);
  let f = decimals.get(lang);
  if (!f) decimals.set(lang, (f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 })));
  return f.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function formatDay(day: string, lang: Language, key: string, options: Intl.DateTimeFormatOptions): string {
  let f = dateFormats.get(`${lang}:${key}`);
  if (!f) dateFormats.set(`${lang}:${key}`, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: 'UTC' })));
  // A bucket is a calendar day, not an instant: noon UTC names the same day in every zone.
  return f.format(new Date(`${day}T12:00:00Z`));
}

export interface BucketLabel {
  /** On the axis, where room is short: "4.1.", "vk 1", "tammik. 2027". */
  short: string;
  /** In the table, the tooltip and the summary: "4.1.2027", "vk 1/2027 (4.1.2027–10.1.2027)", "tammikuu 2027". */
  full: string;
}

/** How a bucket reads; `weekName` words a week number in the UI language ("vk 1", "v. 1", "wk 1"). */
export function bucketLabel(start: string, unit: BucketUnit, lang: Language, weekName: (week: number, year: number) => string): BucketLabel {
  if (unit === 'day') return { short: formatDay(start, lang, 'dm', { day: 'numeric', month: 'numeric' }), full: formatIsoDate(start, lang) };
  if (unit === 'week') {
    const { week, year } = isoWeek(start);
    return { short: weekName(week, year), full: `${weekName(week, year)} (${formatIsoDate(start, lang)}–${formatIsoDate(addDays(start, 6), lang)})` };
  }
  return { short: formatDay(start, lang, 'my-short', { month: 'short', year: 'numeric' }), full: formatDay(start, lang, 'my-long', { month: 'long', year: 'numeric' }) };
}
