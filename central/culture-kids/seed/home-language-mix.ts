import type { Weighted } from '../../demo-data/names.ts';

/**
 * How common each home language of languages_spoken_at_home.csv is among Helsinki families with
 * children under school age, in tenths of a per cent. Written by hand for the demo, rounded from
 * the city's published population figures by mother tongue (Helsinki facts and figures, Statistics
 * Finland), with the foreign-language share of young children (about a quarter) rather than of
 * the whole population. Not an exact statistic: it makes generated registries look like Helsinki.
 */
export const HOME_LANGUAGE_MIX: Weighted = [
  ['fin', 690], ['swe', 58], ['rus', 36], ['som', 26], ['ara', 26], ['est', 20], ['eng', 20], ['ukr', 14],
  ['zho', 8], ['fas', 8], ['kur', 7], ['vie', 6], ['spa', 6], ['sqi', 5], ['tur', 5], ['ben', 5],
  ['urd', 4], ['nep', 4], ['fra', 4], ['deu', 4], ['hin', 3], ['tha', 3], ['tgl', 3], ['por', 3],
  ['ita', 3], ['pol', 3], ['ron', 3], ['nor', 1], ['smi', 1], ['__OTHER__', 27],
];

/** The contact language a family of that home language chooses (fi/sv/en), as shares. */
const FINNISH_SPEAKING: Weighted = [['fi', 97], ['sv', 1], ['en', 2]];
const SWEDISH_SPEAKING: Weighted = [['sv', 85], ['fi', 15]];
const ENGLISH_SPEAKING: Weighted = [['en', 85], ['fi', 15]];
const OTHER: Weighted = [['fi', 55], ['en', 44], ['sv', 1]];

export function contactLanguageShares(homeLanguage: string): Weighted {
  if (homeLanguage === 'fin') return FINNISH_SPEAKING;
  if (homeLanguage === 'swe') return SWEDISH_SPEAKING;
  if (homeLanguage === 'eng') return ENGLISH_SPEAKING;
  return OTHER;
}
