import type { Language } from '../../../domain/languages.ts';
import { LOCALES } from '../../payments/money.ts';

/** A Helsinki calendar day as the customer reads it: 20.6.2027, or 20 June 2027 in English. */
export function formatDay(date: string, lang: Language): string {
  const options: Intl.DateTimeFormatOptions =
    lang === 'en' ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(`${date}T00:00:00Z`));
}
