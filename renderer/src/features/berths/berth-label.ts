import type { TFunction } from 'i18next';
import type { Language, Localized } from '../../../../domain/languages.ts';
import { localized } from '../../format/format.ts';

/** "Harbour, pier P, berth N", or without the pier for harbours that have none. */
export function berthLabel(
  t: TFunction,
  lang: Language,
  berth: { harbourName: Localized | null | undefined; pier: string | null | undefined; number: string | number | null | undefined },
): string {
  const values = { harbour: localized(berth.harbourName, lang) || '?', pier: berth.pier ?? '', number: berth.number ?? '?' };
  return t(berth.pier ? 'detail.berthLabel' : 'detail.berthLabelNoPier', values);
}
