import type { ApplicationStatus, MooringType } from '../../../../domain/berths/entities.ts';
import { BERTH_WORDS, type BerthWords } from '../../../../domain/berths/words.ts';
import type { ApplicationRow, BerthOccupancyReason } from '../../../../domain/contract.ts';
import { LANGUAGES, type Language, type Texts } from '../table-model.ts';

/**
 * The berth words a file prints, in each language: the screens' own words from domain/berths/words.ts,
 * turned per key so a file's column reads one word in the file's language.
 */
type Words<K extends string> = Record<K, Texts>;

function byKey<G extends keyof BerthWords>(group: G): Words<keyof BerthWords[G] & string> {
  const keys = Object.keys(BERTH_WORDS.fi[group]) as (keyof BerthWords[G] & string)[];
  return Object.fromEntries(
    keys.map((k) => [k, Object.fromEntries(LANGUAGES.map((l) => [l, (BERTH_WORDS[l][group] as Record<string, string>)[k]])) as Texts]),
  ) as Words<keyof BerthWords[G] & string>;
}

export const STATUS_WORDS: Words<ApplicationStatus> = byKey('statuses');
export const KIND_WORDS: Words<ApplicationRow['kind']> = byKey('kinds');
export const OCCUPANCY_WORDS: Words<BerthOccupancyReason> = byKey('occupancy');
export const MOORING_WORDS: Words<MooringType> = byKey('mooring');

/** An application's priority is a number on the row; the words are keyed like the screens'. */
const PRIORITIES = byKey('priority');
export const PRIORITY_WORDS: Words<'0' | '1' | '2'> = { 0: PRIORITIES.low, 1: PRIORITIES.normal, 2: PRIORITIES.high };

export function word<K extends string>(words: Words<K>, key: K, language: Language): string {
  return words[key][language];
}
