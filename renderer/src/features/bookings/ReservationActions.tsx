import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import { useReturnReservationToHandlingMutation } from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { ApproveDialog } from './ApproveDialog.tsx';
import { CancelDialog } from './CancelDialog.tsx';
import { commandError } from '../../api/command-error.ts';
import { DenyDialog } from './DenyDialog.tsx';

type Open = 'approve' | 'deny' | 'returnToHandling' | 'cancel' | null;

/** The decisions `allowedActions` permits now (states, types and the user's role on the unit): no others show. */
export function ReservationActions({ detail }: { detail: ReservationDetail }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [open, setOpen] = useState<Open>(null);
  const [returnToHandling] = useReturnReservationToHandlingMutation();
  const allowed = detail.allowedActions;
  const reservationId = detail.reservation.id;
  const shown = (['approve', 'deny', 'returnToHandling', 'cancel'] as const).filter((a) => allowed.includes(a));
  if (detail.pending) return <p className="pending-marker" data-testid="reservation-waiting">{t('bookings.actions.waiting')}</p>;
  if (shown.length === 0) return <p className="read-only-note" data-testid="reservation-no-actions">{t('bookings.actions.none')}</p>;
  return (
    <div className="detail-actions" role="group" aria-label={t('actions.label')}>
      {shown.map((a) => (
        <Button
          key={a}
          size={ButtonSize.Small}
          variant={a === 'approve' ? ButtonVariant.Primary : a === 'deny' || a === 'cancel' ? ButtonVariant.Danger : ButtonVariant.Secondary}
          onClick={() => setOpen(a)}
          data-testid={`reservation-${a}`}
        >
          {t(`bookings.actions.${a}`)}
        </Button>
      ))}
      {open === 'approve' ? <ApproveDialog detail={detail} onClose={() => setOpen(null)} /> : null}
      {open === 'deny' ? <DenyDialog detail={detail} onClose={() => setOpen(null)} /> : null}
      {open === 'cancel' ? <CancelDialog detail={detail} onClose={() => setOpen(null)} /> : null}
      {open === 'returnToHandling' ? (
        <ConfirmDialog
          isOpen
          title={t('bookings.actions.returnToHandling')}
          text={t('bookings.actions.returnToHandlingText')}
          confirmLabel={t('bookings.actions.returnToHandlingConfirm')}
          cancelLabel={t('bookings.actions.returnToHandlingCancel')}
          testId="return-dialog"
          confirmTestId="return-confirm"
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            const err = commandError(await returnToHandling({ reservationId }));
            if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.returnToHandling' } }));
            return err;
          }}
        />
      ) : null}
    </div>
  );
}
