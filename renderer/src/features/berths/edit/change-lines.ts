import type { TFunction } from 'i18next';
import type { ApplicationChange } from '../../../../../domain/berths/application-edit-schema.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { INTL_LOCALE } from '../../../format/locale.ts';

const metreFormats = new Map<Language, Intl.NumberFormat>();
/** Metres as a person writes them: "2,5 m", "2,75 m" (no trailing zeros, the language's decimal mark). */
export function metres(value: number, lang: Language): string {
  let f = metreFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2 });
    metreFormats.set(lang, f);
  }
  return `${f.format(value)}\u00a0m`;
}

/** One value of a change as the history shows it. */
function valueText(change: ApplicationChange, value: ApplicationChange['before'], t: TFunction, lang: Language, harbourName: (id: string) => string): string {
  if (value === null || value === '') return t('applicationEdit.log.empty');
  if (Array.isArray(value)) return value.length === 0 ? t('applicationEdit.log.empty') : value.map(harbourName).join(', ');
  if (change.field === 'boat.boatType') return t(`boatTypes.t${value}`);
  if (change.field === 'applicant.language') return t(`languages.${value}`);
  if (typeof value === 'number') return metres(value, lang);
  return value;
}

/** An edit's change log in the user's language: "Veneen leveys: 2,5 m → 2,8 m", "Satamatoiveet: Pajalahti, Merisatama → Merisatama, Pajalahti". */
export function changeLines(changes: readonly ApplicationChange[], t: TFunction, lang: Language, harbourName: (id: string) => string): string[] {
  return changes.map((c) =>
    t('applicationEdit.log.line', {
      field: t(`applicationEdit.log.${c.field}`),
      before: valueText(c, c.before, t, lang, harbourName),
      after: valueText(c, c.after, t, lang, harbourName),
    }),
  );
}
