import { Checkbox, TextInput } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../../domain/bookings/series.ts';
import { SelectField } from '../../components/SelectField.tsx';
import type { SeriesPatternFieldsState } from './series-pattern.ts';

/**
 * The fields of a series' pattern: weekdays, every N weeks, the dates (the end included) and the
 * wall-clock times. `idPrefix` names every field (`{prefix}-from`, `{prefix}-day-MONDAY`, …).
 */
export function SeriesPatternFields({ fields: f, idPrefix, fromLabel }: { fields: SeriesPatternFieldsState; idPrefix: string; fromLabel: string }) {
  const { t } = useTranslation();
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <fieldset className="radio-group radio-group--row" data-testid={id('weekdays')}>
        <legend>{t('bookings.series.weekdays')}</legend>
        {WEEKDAYS.map((d) => (
          <Checkbox key={d} id={id(`day-${d}`)} data-testid={id(`day-${d}`)} label={t(`bookings.weekdays.${d}`)} checked={f.weekdays.includes(d)} onChange={() => f.toggleDay(d)} />
        ))}
      </fieldset>
      <div className="form-row">
        <SelectField id={id('every')} label={t('bookings.series.every')} value={f.every} onChange={f.setEvery} options={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('bookings.series.everyWeeks', { count: n }) }))} />
        <TextInput id={id('from')} data-testid={id('from')} label={fromLabel} value={f.fromText} onChange={(e) => f.setFromText(e.target.value)} autoComplete="off" required />
        <TextInput id={id('to')} data-testid={id('to')} label={t('bookings.series.to')} helperText={t('bookings.series.toHelp')} value={f.toText} onChange={(e) => f.setToText(e.target.value)} autoComplete="off" required />
      </div>
      <div className="form-row">
        <TextInput id={id('begin')} data-testid={id('begin')} label={t('bookings.staff.begin')} value={f.beginText} onChange={(e) => f.setBeginText(e.target.value)} autoComplete="off" required />
        <TextInput id={id('end')} data-testid={id('end')} label={t('bookings.staff.end')} value={f.endText} onChange={(e) => f.setEndText(e.target.value)} autoComplete="off" required />
      </div>
    </>
  );
}
