import { StatusLabel, type StatusLabelType } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { PendingIcon } from '../../components/PendingIcon.tsx';
import type { ApplicationStatus } from '../../../../domain/berths/entities.ts';

const TYPE: Record<ApplicationStatus, StatusLabelType> = {
  pending: 'info',
  offer_generated: 'alert',
  offer_sent: 'alert',
  awaiting_payment: 'info',
  no_suitable_berths: 'neutral',
  handled: 'success',
  rejected: 'error',
  // The customer's choice, not a failure: neutral, unlike the city's rejection.
  declined_by_customer: 'neutral',
  expired: 'neutral',
};

/** An application's status; `compact` (grid cells) shows "waiting for the central" as an icon. */
export function StatusBadge({ status, pending, compact }: { status: ApplicationStatus; pending?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const waiting = t('grid.waitingForCentral');
  return (
    <span className={`status-badge${compact ? ' status-badge--compact' : ''}`}>
      <StatusLabel type={TYPE[status]}>{t(`statuses.${status}`)}</StatusLabel>
      {pending ? (
        <span className="pending-marker" title={compact ? waiting : undefined}>
          <PendingIcon />
          {compact ? <span className="visually-hidden">{waiting}</span> : waiting}
        </span>
      ) : null}
    </span>
  );
}
