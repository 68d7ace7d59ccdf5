import type { Language } from '../../../domain/languages.ts';

/** Finnish conventions in every UI language: the Finnish variants of Swedish, British English. */
export const INTL_LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export const HELSINKI = 'Europe/Helsinki';

export function asLanguage(value: string | null | undefined): Language {
  return value === 'sv' || value === 'en' ? value : 'fi';
}
