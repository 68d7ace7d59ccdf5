/**
 * The languages spoken at home that the registry records (kukkuu's default set, ISO 639 alpha-3),
 * and how a screen names one: the browser's own language names, in the UI language.
 */
export const HOME_LANGUAGES = [
  'fin', 'swe', 'eng', 'ara', 'ben', 'deu', 'est', 'fas', 'fra', 'hin', 'ita', 'kur', 'nep', 'nor', 'pol',
  'por', 'ron', 'rus', 'smi', 'som', 'spa', 'sqi', 'tgl', 'tha', 'tur', 'ukr', 'urd', 'vie', 'zho', '__OTHER__',
] as const;

export function homeLanguageName(code: string, lang: string, other: string): string {
  if (code === '__OTHER__') return other;
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
