import { Button, ButtonSize, ButtonVariant, IconDownload, LoadingSpinner } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExport } from '../../files/use-export.ts';
import type { PurposeChoice } from './ck-session.ts';
import { PurposeDialog } from './PurposeDialog.tsx';

/**
 * An xlsx export of personal data: it asks why before it runs (the purpose goes with the export
 * into the audit), then says what it is doing and how many rows the file got, as ExportButton does.
 */
export function CkExportButton({ exportId, params, initialPurpose, testId }: { exportId: string; params: Record<string, unknown>; initialPurpose: PurposeChoice | null; testId: string }) {
  const { t, i18n } = useTranslation();
  const { state, run } = useExport();
  const [asking, setAsking] = useState(false);
  const busy = state.phase === 'making' || state.phase === 'delivering';
  return (
    <span className="kuva-export" data-testid={testId}>
      <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconDownload aria-hidden />} disabled={busy} onClick={() => setAsking(true)} data-testid={`${testId}-button`}>
        {t('files.exportXlsx')}
      </Button>
      <span role="status" aria-live="polite" data-testid={`${testId}-status`} data-phase={state.phase}>
        {busy && <LoadingSpinner small loadingText={t(`files.${state.phase}`)} loadingFinishedText={t('files.finished')} />}
        {busy && t(`files.${state.phase}`)}
        {state.phase === 'done' && (state.saved ? t('files.done', { count: state.file.rows, formatted: state.file.rows.toLocaleString(i18n.language) }) : t('files.cancelled'))}
      </span>
      {state.phase === 'failed' && (
        <span role="alert" data-testid={`${testId}-error`} data-code={state.error.code}>
          {t('files.failed', { reason: t(`errors.${state.error.code}`) })}
        </span>
      )}
      {asking ? (
        <PurposeDialog
          forExport
          initial={initialPurpose}
          onClose={() => setAsking(false)}
          onChoose={(choice) => {
            const purposeText = choice.purposeText ? `${t(`cultureKids.purposes.${choice.purpose}`)}: ${choice.purposeText}` : t(`cultureKids.purposes.${choice.purpose}`);
            void run({ kind: 'xlsx', exportId, params: { ...params, purpose: choice.purpose, ...(choice.purposeText ? { purposeText: choice.purposeText } : {}) }, purpose: purposeText });
          }}
        />
      ) : null}
    </span>
  );
}
