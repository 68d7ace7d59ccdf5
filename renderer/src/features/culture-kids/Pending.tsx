import { useTranslation } from 'react-i18next';
import { PendingIcon } from '../../components/PendingIcon.tsx';

/** "Waiting to be sent": a change made here that the central has not confirmed yet. */
export function Pending() {
  const { t } = useTranslation();
  return (
    <span className="muted ck-pending" data-testid="ck-pending">
      <PendingIcon /> {t('cultureKids.states.pending')}
    </span>
  );
}
