import { RadioButton, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { useEndSeriesMutation } from '../../api/kuva-api.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { dayForInput, parseDay } from '../../format/dates.ts';
import { helsinkiToday, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { commandError } from '../../api/command-error.ts';

/** Deny or cancel every occurrence of a series from a date on, in one action; the past stays as it is. */
export function EndSeriesDialog({ detail, onClose }: { detail: ReservationDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [endSeries] = useEndSeriesMutation();
  const [fromText, setFromText] = useState(dayForInput(helsinkiToday(), lang));
  const [action, setAction] = useState<'deny' | 'cancel'>('cancel');
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const from = parseDay(fromText, lang);
  const reasons = detail.denyReasons.filter((d) => d.isActive).sort((a, b) => a.rank - b.rank);
  const blocked = !from.ok ? t('bookings.endSeries.fromInvalid', { example: dayForInput('2026-12-31', lang) }) : action === 'deny' && !reasonId ? t('bookings.deny.reasonRequired') : null;
  const series = detail.series;
  if (!series) return null;
  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.endSeries.title', { name: series.name })}
      text={t('bookings.endSeries.text')}
      confirmLabel={t('bookings.endSeries.confirm')}
      cancelLabel={t('bookings.endSeries.cancel')}
      variant="danger"
      testId="end-series-dialog"
      confirmTestId="end-series-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        if (!from.ok) return null;
        const err = commandError(await endSeries({ seriesId: series.id, fromDate: from.iso, action, denyReasonId: action === 'deny' ? reasonId : null, note: note.trim() }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.endSeries' } }));
        return err;
      }}
    >
      <TextInput id="end-series-from" data-testid="end-series-from" label={t('bookings.endSeries.from')} value={fromText} onChange={(e) => setFromText(e.target.value)} invalid={!from.ok} autoComplete="off" required />
      <fieldset className="radio-group">
        <legend>{t('bookings.endSeries.how')}</legend>
        <RadioButton id="end-series-cancel" name="end-series-action" value="cancel" label={t('bookings.endSeries.cancelAll')} checked={action === 'cancel'} onChange={() => setAction('cancel')} />
        <RadioButton id="end-series-deny" name="end-series-action" value="deny" label={t('bookings.endSeries.denyAll')} checked={action === 'deny'} onChange={() => setAction('deny')} />
      </fieldset>
      {action === 'deny' ? (
        <SelectField
          id="end-series-reason"
          label={t('bookings.deny.reason')}
          value={reasonId}
          onChange={setReasonId}
          options={[{ value: '', label: t('bookings.deny.chooseReason') }, ...reasons.map((d) => ({ value: d.id, label: localized(d.reason, lang) }))]}
        />
      ) : null}
      <TextAreaWithCounter id="end-series-note" label={t('bookings.endSeries.note')} value={note} max={LONG_TEXT_MAX} onValueChange={setNote} />
    </ConfirmDialog>
  );
}
