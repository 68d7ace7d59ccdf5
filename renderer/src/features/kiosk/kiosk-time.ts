import type { Language } from '../../../../domain/languages.ts';
import { HELSINKI, INTL_LOCALE } from '../../format/locale.ts';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, kind: 'clock' | 'day', options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${lang}:${kind}`;
  let f = formats.get(id);
  if (!f) formats.set(id, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], options)));
  return f;
}

/** "14.05" in Finnish: an instant's Helsinki clock time. */
export function clockTime(instant: string, lang: Language): string {
  return format(lang, 'clock', { hour: '2-digit', minute: '2-digit', timeZone: HELSINKI }).format(new Date(instant));
}

/** "ke 2.12." in Finnish: a calendar day (YYYY-MM-DD) with its weekday. */
export function weekdayDate(date: string, lang: Language): string {
  return format(lang, 'day', { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

export function clockSpan(beginsAt: string, endsAt: string, lang: Language): string {
  return `${clockTime(beginsAt, lang)}–${clockTime(endsAt, lang)}`;
}
