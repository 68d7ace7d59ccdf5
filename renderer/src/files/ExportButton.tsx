import { Button, ButtonSize, ButtonVariant, IconDownload, IconPrinter, LoadingSpinner } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { useExport, type FileRequest } from './use-export.ts';

/**
 * The one "export to Excel" / "print to PDF" button every list uses: it says what it is doing,
 * how many rows went into the file, and why it failed, in the user's language.
 */
export function ExportButton({ request, testId, disabled = false }: { request: FileRequest; testId: string; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const { state, run } = useExport();
  const busy = state.phase === 'making' || state.phase === 'delivering';
  const label = request.kind === 'xlsx' ? t('files.exportXlsx') : t('files.printPdf');
  return (
    <span className="kuva-export" data-testid={testId}>
      <Button
        variant={ButtonVariant.Supplementary}
        size={ButtonSize.Small}
        iconStart={request.kind === 'xlsx' ? <IconDownload aria-hidden /> : <IconPrinter aria-hidden />}
        disabled={disabled || busy}
        onClick={() => void run(request)}
        data-testid={`${testId}-button`}
      >
        {label}
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
    </span>
  );
}
