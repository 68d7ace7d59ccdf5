import type { Language } from '../../../../domain/languages.ts';
import { helsinkiDateOf } from '../../../../domain/wall-clock.ts';
import { formatDateTime } from '../../format/format.ts';
import { HELSINKI, INTL_LOCALE } from '../../format/locale.ts';

const clocks = new Map<Language, Intl.DateTimeFormat>();
const weekdays = new Map<Language, Intl.DateTimeFormat>();

function clockOf(lang: Language): Intl.DateTimeFormat {
  let f = clocks.get(lang);
  if (!f) clocks.set(lang, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { hour: '2-digit', minute: '2-digit', timeZone: HELSINKI })));
  return f;
}

function weekdayOf(lang: Language): Intl.DateTimeFormat {
  let f = weekdays.get(lang);
  if (!f) weekdays.set(lang, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: 'short', timeZone: HELSINKI })));
  return f;
}

/**
 * A booking's time in Helsinki as one range: "ti 8.12.2026 klo 17.00–19.00" in Finnish; an end on
 * another day is written out in full.
 */
export function timeRange(beginsAt: string, endsAt: string, lang: Language): string {
  const begin = Date.parse(beginsAt);
  const end = Date.parse(endsAt);
  if (Number.isNaN(begin) || Number.isNaN(end)) return '';
  const day = weekdayOf(lang).format(new Date(begin));
  const sameDay = helsinkiDateOf(begin) === helsinkiDateOf(end);
  return `${day} ${formatDateTime(beginsAt, lang)}–${sameDay ? clockOf(lang).format(new Date(end)) : formatDateTime(endsAt, lang)}`;
}

/**
 * The same range with each end kept on one line: a range over two days breaks after its dash, if
 * anywhere, not inside a date or a time.
 */
export function wholeEnds(range: string): string {
  return range.replace(/ /g, '\u00a0');
}

/** A Helsinki day with its weekday: "ma 7.12." style, for calendar lanes. */
export function dayLabel(date: string, lang: Language): string {
  const d = new Date(`${date}T12:00:00Z`);
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(d);
}
