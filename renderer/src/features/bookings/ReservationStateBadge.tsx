import { StatusLabel, type StatusLabelType } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { ReservationState } from '../../../../domain/bookings/vocabulary.ts';
import { PendingIcon } from '../../components/PendingIcon.tsx';

const TYPE: Record<ReservationState, StatusLabelType> = {
  CREATED: 'neutral',
  WAITING_FOR_PAYMENT: 'info',
  REQUIRES_HANDLING: 'alert',
  CONFIRMED: 'success',
  DENIED: 'error',
  CANCELLED: 'neutral',
};

/** A reservation's state; `compact` (grid cells) shows "waiting for the central" as an icon only. */
export function ReservationStateBadge({ state, pending, compact }: { state: ReservationState; pending?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const waiting = t('grid.waitingForCentral');
  return (
    <span className={`status-badge${compact ? ' status-badge--compact' : ''}`} data-state={state}>
      <StatusLabel type={TYPE[state]}>{t(`bookings.states.${state}`)}</StatusLabel>
      {pending ? (
        <span className="pending-marker" title={compact ? waiting : undefined} data-testid="reservation-pending">
          <PendingIcon />
          {compact ? <span className="visually-hidden">{waiting}</span> : waiting}
        </span>
      ) : null}
    </span>
  );
}
