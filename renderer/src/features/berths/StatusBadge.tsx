import { StatusLabel, type StatusLabelType } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { PendingIcon } from '../../components/PendingIcon.tsx';
import type { ApplicationStatus } from '../../../../domain/berths/entities.ts';

const TYPE: Record<ApplicationStatus, StatusLabelType> = {
  pending: 'info',
  offer_sent: 'alert',
  no_suitable_berths: 'neutral',
  handled: 'success',
  rejected: 'error',
  expired: 'neutral',
};

export function StatusBadge({ status, pending }: { status: ApplicationStatus; pending?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="status-badge">
      <StatusLabel type={TYPE[status]}>{t(`statuses.${status}`)}</StatusLabel>
      {pending ? (
        <span className="pending-marker" title={t('grid.waitingForCentral')}>
          <PendingIcon />
          {t('grid.waitingForCentral')}
        </span>
      ) : null}
    </span>
  );
}
