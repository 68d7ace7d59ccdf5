import { Button, ButtonSize, ButtonVariant, IconAngleDown, IconAngleUp, Tag } from 'hds-react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_FILTER_VALUES, type BookingUnitOption, type ReservationFilter } from '../../../../domain/bookings/contract.ts';
import { RESERVATION_STATES, RESERVATION_TYPES } from '../../../../domain/bookings/vocabulary.ts';
import { SearchField } from '../../components/SearchField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { dayForInput, parseDay } from '../../format/dates.ts';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { eurosForInput, parseEuros } from './money-input.ts';
import { filterTags, withValue } from './reservation-filter-tags.ts';
import { TypedField, type ReadResult } from './TypedField.tsx';

const TEXT_DEBOUNCE_MS = 250;

/**
 * Every filter of the reservation list. The pickers add a value (so several states, units or
 * payment statuses can be chosen with the keyboard alone); each value shows as a removable tag.
 */
export function ReservationFilterBar({
  filter,
  units,
  onChange,
  searchRef,
}: {
  filter: ReservationFilter;
  units: readonly BookingUnitOption[];
  onChange: (f: ReservationFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => {
    if ((filter.text ?? '') === text) return;
    const id = setTimeout(() => onChange({ ...filter, text: text || undefined }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text, filter, onChange]);

  const picker = (key: 'states' | 'types' | 'unitIds' | 'reservationUnitIds' | 'payment', options: { value: string; label: string }[]) => (
    <SelectField
      id={`bk-filter-${key}`}
      label={t(`bookings.filters.${key}`)}
      value=""
      onChange={(v) => v && onChange(withValue(filter, key, v))}
      options={[{ value: '', label: t('bookings.filters.add') }, ...options.filter((o) => !((filter[key] ?? []) as string[]).includes(o.value))]}
    />
  );
  // The rarer filters stay folded until asked for (or while one of them is on), so the list keeps its room.
  const secondaryOn = Boolean(filter.payment?.length || filter.recurring || filter.createdFrom || filter.createdTo || filter.priceMinCents !== undefined || filter.priceMaxCents !== undefined);
  const [more, setMore] = useState(secondaryOn);
  const chosenUnits = filter.unitIds?.length ? units.filter((u) => filter.unitIds?.includes(u.id)) : units;
  const tags = filterTags(filter, units, t, lang);

  return (
    <>
      <form className="filter-bar filter-bar--bookings" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <SearchField id="bk-filter-text" label={t('bookings.filters.text')} value={text} onChange={setText} inputRef={searchRef} />
        {picker('states', RESERVATION_STATES.map((s) => ({ value: s, label: t(`bookings.states.${s}`) })))}
        {picker('types', RESERVATION_TYPES.map((s) => ({ value: s, label: t(`bookings.types.${s}`) })))}
        {picker('unitIds', units.map((u) => ({ value: u.id, label: localized(u.name, lang) })))}
        {picker('reservationUnitIds', chosenUnits.flatMap((u) => u.reservationUnits.map((r) => ({ value: r.id, label: localized(r.name, lang) }))))}
        <DayField id="bk-filter-from" label={t('bookings.filters.from')} value={filter.from} onChange={(v) => onChange({ ...filter, from: v })} />
        <DayField id="bk-filter-to" label={t('bookings.filters.to')} value={filter.to} onChange={(v) => onChange({ ...filter, to: v })} />
        <div className="field field--more">
          <Button size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconStart={more ? <IconAngleUp aria-hidden /> : <IconAngleDown aria-hidden />} aria-expanded={more} aria-controls="bk-more-filters" onClick={() => setMore(!more)} data-testid="bk-more-filters">
            {more ? t('bookings.filters.fewerFilters') : t('bookings.filters.moreFilters')}
          </Button>
        </div>
      </form>
      <div id="bk-more-filters" className="filter-bar filter-bar--bookings filter-bar--more" role="group" aria-label={t('bookings.filters.moreFilters')} hidden={!more}>
        {picker('payment', PAYMENT_FILTER_VALUES.map((s) => ({ value: s, label: t(`bookings.payment.${s}`) })))}
        <SelectField
          id="bk-filter-recurring"
          label={t('bookings.filters.recurring')}
          value={filter.recurring ?? ''}
          onChange={(v) => onChange({ ...filter, recurring: v === '' ? undefined : (v as 'recurring' | 'single') })}
          options={[
            { value: '', label: t('bookings.filters.recurring_all') },
            { value: 'recurring', label: t('bookings.filters.recurring_recurring') },
            { value: 'single', label: t('bookings.filters.recurring_single') },
          ]}
        />
        <DayField id="bk-filter-created-from" label={t('bookings.filters.createdFrom')} value={filter.createdFrom} onChange={(v) => onChange({ ...filter, createdFrom: v })} />
        <DayField id="bk-filter-created-to" label={t('bookings.filters.createdTo')} value={filter.createdTo} onChange={(v) => onChange({ ...filter, createdTo: v })} />
        <EuroField id="bk-filter-price-min" label={t('bookings.filters.priceMin')} value={filter.priceMinCents} onChange={(v) => onChange({ ...filter, priceMinCents: v })} />
        <EuroField id="bk-filter-price-max" label={t('bookings.filters.priceMax')} value={filter.priceMaxCents} onChange={(v) => onChange({ ...filter, priceMaxCents: v })} />
      </div>
      {tags.length > 0 ? (
        <ul className="filter-tags" aria-label={t('bookings.filters.active')} data-testid="filter-tags">
          {tags.map((tag) => (
            <li key={tag.id}>
              <Tag
                onDelete={() => {
                  if (tag.id === 'text') setText('');
                  onChange(tag.without);
                }}
                aria-label={t('bookings.filters.remove', { filter: tag.label })}
                data-testid={`filter-tag-${tag.id}`}
              >
                {tag.label}
              </Tag>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** A day typed in the user's format. */
function DayField({ id, label, value, onChange }: { id: string; label: string; value: string | undefined; onChange: (iso: string | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const read = (text: string): ReadResult<string> => {
    const day = parseDay(text, lang);
    if (day.ok) return { ok: true, value: day.iso };
    return day.reason === 'empty' ? { ok: true, value: undefined } : { ok: false };
  };
  const error = t('bookings.filters.dayInvalid', { example: dayForInput('2026-12-31', lang) });
  return <TypedField id={id} label={label} className="field--day" value={value} show={(iso) => dayForInput(iso, lang)} read={read} error={error} onChange={onChange} />;
}

/** A sum in euros, kept in cents. */
function EuroField({ id, label, value, onChange }: { id: string; label: string; value: number | undefined; onChange: (cents: number | undefined) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const read = (text: string): ReadResult<number> => {
    if (text.trim() === '') return { ok: true, value: undefined };
    const cents = parseEuros(text);
    return cents === null ? { ok: false } : { ok: true, value: cents };
  };
  return (
    <TypedField id={id} label={label} className="field--money" inputMode="decimal" value={value} show={(cents) => eurosForInput(cents, lang)} read={read} error={t('bookings.filters.moneyInvalid')} onChange={onChange} />
  );
}
