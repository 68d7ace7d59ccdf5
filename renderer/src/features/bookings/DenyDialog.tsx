import { RadioButton } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import { isPaid } from '../../../../domain/bookings/pricing.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { useDenyReservationMutation } from '../../api/kuva-api.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { formatMoney, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { commandError } from '../../api/command-error.ts';

/**
 * Deny with a reason from the managed list (the customer sees it) and an internal note (staff
 * only). A paid booking needs an explicit choice: refund or keep the payment (pain point 7).
 */
export function DenyDialog({ detail, onClose }: { detail: ReservationDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [deny] = useDenyReservationMutation();
  const r = detail.reservation;
  const reasons = [...detail.denyReasons].filter((d) => d.isActive).sort((a, b) => a.rank - b.rank);
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const paid = isPaid(r.paymentStatus);
  const [refund, setRefund] = useState<boolean | null>(null);
  const blocked = !reasonId ? t('bookings.deny.reasonRequired') : !note.trim() ? t('bookings.deny.noteRequired') : paid && refund === null ? t('bookings.deny.refundRequired') : null;
  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.deny.title')}
      confirmLabel={t('bookings.deny.confirm')}
      cancelLabel={t('bookings.deny.cancel')}
      variant="danger"
      testId="deny-dialog"
      confirmTestId="deny-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await deny({ reservationId: r.id, denyReasonId: reasonId, note: note.trim(), ...(paid ? { refund: refund === true } : {}) }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.denyReservation' } }));
        return err;
      }}
    >
      <SelectField
        id="deny-reason"
        label={t('bookings.deny.reason')}
        value={reasonId}
        onChange={setReasonId}
        options={[{ value: '', label: t('bookings.deny.chooseReason') }, ...reasons.map((d) => ({ value: d.id, label: localized(d.reason, lang) }))]}
      />
      <p className="muted">{t('bookings.deny.reasonShown')}</p>
      <p className="muted">{t('bookings.deny.noteHelp')}</p>
      <TextAreaWithCounter id="deny-note" data-testid="deny-note" label={t('bookings.deny.note')} required value={note} max={LONG_TEXT_MAX} onValueChange={setNote} />
      {paid ? (
        <fieldset className="radio-group" data-testid="deny-refund">
          <legend>{t('bookings.deny.refundLegend')}</legend>
          <RadioButton id="deny-refund-yes" name="deny-refund" value="yes" label={t('bookings.deny.refund', { price: formatMoney(r.priceCents, lang) })} checked={refund === true} onChange={() => setRefund(true)} />
          <RadioButton id="deny-refund-no" name="deny-refund" value="no" label={t('bookings.deny.noRefund')} checked={refund === false} onChange={() => setRefund(false)} />
        </fieldset>
      ) : null}
    </ConfirmDialog>
  );
}
