import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/StateViews.tsx';

export function EmptyRole() {
  const { t } = useTranslation();
  return (
    <div className="workspace workspace--centered">
      <EmptyState title={t('emptyRole.title')} text={t('emptyRole.text')} testId="empty-role" />
    </div>
  );
}
