import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { useExport } from '../../files/use-export.ts';
import type { PurposeChoice } from './ck-session.ts';

/** The child's and the guardians' data as the GDPR export shapes it, saved as a file (view families only). */
export function GdprExportButton({ childId, purpose }: { childId: string; purpose: PurposeChoice }) {
  const { t } = useTranslation();
  const { state, run } = useExport();
  const busy = state.phase === 'making' || state.phase === 'delivering';
  return (
    <span className="kuva-export" data-testid="ck-gdpr-export">
      <Button
        size={ButtonSize.Small}
        variant={ButtonVariant.Secondary}
        disabled={busy}
        data-testid="ck-gdpr-export-button"
        onClick={() =>
          void run({ kind: 'xlsx', exportId: 'cultureKids.gdpr', params: { childId, purpose: purpose.purpose, ...(purpose.purposeText ? { purposeText: purpose.purposeText } : {}) }, purpose: t(`cultureKids.purposes.${purpose.purpose}`) })
        }
      >
        {t('cultureKids.child.gdprExport')}
      </Button>
      <span role="status" aria-live="polite" data-testid="ck-gdpr-export-status" data-phase={state.phase}>
        {busy ? t(`files.${state.phase}`) : state.phase === 'done' ? t('cultureKids.gdpr.done', { name: state.file.name }) : ''}
      </span>
      {state.phase === 'failed' ? (
        <span role="alert" data-testid="ck-gdpr-export-error" data-code={state.error.code}>
          {t('files.failed', { reason: t(`errors.${state.error.code}`) })}
        </span>
      ) : null}
    </span>
  );
}
