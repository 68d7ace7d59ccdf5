import { Button, ButtonSize, ButtonVariant, IconCrossCircle } from 'hds-react';
import { useTranslation } from 'react-i18next';

/** The workspaces' "clear filters" action, enabled only while a filter is on. */
export function ClearFiltersButton({ active, onClear, testId }: { active: boolean; onClear: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      variant={ButtonVariant.Supplementary}
      size={ButtonSize.Small}
      iconStart={<IconCrossCircle aria-hidden />}
      disabled={!active}
      onClick={onClear}
      data-testid={testId}
    >
      {t('filters.clear')}
    </Button>
  );
}
