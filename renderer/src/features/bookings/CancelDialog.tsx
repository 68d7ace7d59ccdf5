import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import { CANCEL_REASONS, type CancelReason } from '../../../../domain/bookings/entities.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { useCancelReservationMutation } from '../../api/kuva-api.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { commandError } from '../../api/command-error.ts';

/** NOT_PAID is the system's own reason, never a person's. */
const STAFF_REASONS = CANCEL_REASONS.filter((r): r is Exclude<CancelReason, 'NOT_PAID'> => r !== 'NOT_PAID');

export function CancelDialog({ detail, onClose }: { detail: ReservationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [cancel] = useCancelReservationMutation();
  const [reason, setReason] = useState<Exclude<CancelReason, 'NOT_PAID'> | ''>('');
  const [details, setDetails] = useState('');
  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.cancel.title')}
      confirmLabel={t('bookings.cancel.confirm')}
      cancelLabel={t('bookings.cancel.cancel')}
      variant="danger"
      testId="cancel-dialog"
      confirmTestId="cancel-confirm"
      confirmDisabled={reason === ''}
      blockedReason={t('bookings.cancel.reasonRequired')}
      onClose={onClose}
      onConfirm={async () => {
        if (reason === '') return null;
        const err = commandError(await cancel({ reservationId: detail.reservation.id, reason, details: details.trim() }));
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.cancelReservation' } }));
        return err;
      }}
    >
      <SelectField
        id="cancel-reason"
        label={t('bookings.cancel.reason')}
        value={reason}
        onChange={(v) => setReason(v as typeof reason)}
        options={[{ value: '', label: t('bookings.cancel.chooseReason') }, ...STAFF_REASONS.map((r) => ({ value: r, label: t(`bookings.cancelReasons.${r}`) }))]}
      />
      <TextAreaWithCounter id="cancel-details" label={t('bookings.cancel.details')} value={details} max={LONG_TEXT_MAX} onValueChange={setDetails} />
    </ConfirmDialog>
  );
}
