import type { TFunction } from 'i18next';
import type { BookingUnitOption, ReservationFilter } from '../../../../domain/bookings/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { formatIsoDate, formatMoney, localized } from '../../format/format.ts';

export interface FilterTag {
  /** Stable id for React and tests: the filter key and value. */
  id: string;
  label: string;
  /** The filter without this constraint. */
  without: ReservationFilter;
}

type ListKey = 'states' | 'types' | 'unitIds' | 'reservationUnitIds' | 'payment';

/** Every active constraint of the list's filter as a removable tag (brief 5.2). */
export function filterTags(filter: ReservationFilter, units: readonly BookingUnitOption[], t: TFunction, lang: Language): FilterTag[] {
  const tags: FilterTag[] = [];
  const unitName = (id: string) => localized(units.find((u) => u.id === id)?.name, lang) || id;
  const ruName = (id: string) => localized(units.flatMap((u) => u.reservationUnits).find((r) => r.id === id)?.name, lang) || id;
  const valueLabel: Record<ListKey, (v: string) => string> = {
    states: (v) => t(`bookings.states.${v}`),
    types: (v) => t(`bookings.types.${v}`),
    unitIds: unitName,
    reservationUnitIds: ruName,
    payment: (v) => t(`bookings.payment.${v}`),
  };
  for (const key of ['states', 'types', 'unitIds', 'reservationUnitIds', 'payment'] as const) {
    for (const v of filter[key] ?? []) {
      const rest = (filter[key] as string[]).filter((x) => x !== v);
      tags.push({ id: `${key}:${v}`, label: `${t(`bookings.filters.${key}`)}: ${valueLabel[key](v)}`, without: { ...filter, [key]: rest.length ? rest : undefined } });
    }
  }
  const single = (key: keyof ReservationFilter, text: string) => tags.push({ id: `${key}`, label: text, without: { ...filter, [key]: undefined } });
  if (filter.text?.trim()) single('text', `${t('bookings.filters.text')}: ${filter.text.trim()}`);
  if (filter.from) single('from', `${t('bookings.filters.from')}: ${formatIsoDate(filter.from, lang)}`);
  if (filter.to) single('to', `${t('bookings.filters.to')}: ${formatIsoDate(filter.to, lang)}`);
  if (filter.createdFrom) single('createdFrom', `${t('bookings.filters.createdFrom')}: ${formatIsoDate(filter.createdFrom, lang)}`);
  if (filter.createdTo) single('createdTo', `${t('bookings.filters.createdTo')}: ${formatIsoDate(filter.createdTo, lang)}`);
  if (filter.priceMinCents !== undefined) single('priceMinCents', `${t('bookings.filters.priceMin')}: ${formatMoney(filter.priceMinCents, lang)}`);
  if (filter.priceMaxCents !== undefined) single('priceMaxCents', `${t('bookings.filters.priceMax')}: ${formatMoney(filter.priceMaxCents, lang)}`);
  if (filter.recurring) single('recurring', t(`bookings.filters.recurring_${filter.recurring}`));
  return tags;
}

/** Adds a value to one of the list filters (the pickers add, the tags remove). */
export function withValue(filter: ReservationFilter, key: ListKey, value: string): ReservationFilter {
  const list = (filter[key] ?? []) as string[];
  return list.includes(value) ? filter : ({ ...filter, [key]: [...list, value] } as ReservationFilter);
}
