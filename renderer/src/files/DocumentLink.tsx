import { Button, ButtonSize, ButtonVariant, IconDownload } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRef } from '../../../domain/documents/document.ts';
import type { AppError } from '../../../domain/result.ts';
import { useWindowInvoke } from '../api/use-window-invoke.ts';
import { SECRET_STORAGE_KEY } from '../bridge/host-secret.ts';
import { useErrorText } from '../components/StateViews.tsx';
import { deliverFile, saveBlobInBrowser } from './deliver-file.ts';
import './documents.css';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: AppError };

/**
 * Opens a record's scan: the core takes it from the cache or, when another desk attached it,
 * fetches it from the central (which audits the read), and hands it to the user like every file.
 */
export function DocumentLink({ document, label, testId = 'document-link' }: { document: DocumentRef; label: string; testId?: string }) {
  const { t } = useTranslation();
  const invoke = useWindowInvoke();
  const errorText = useErrorText();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function open() {
    if (!invoke) return;
    setPhase({ kind: 'busy' });
    const made = await invoke('documents.open', { id: document.id });
    if (!made.ok) return setPhase({ kind: 'failed', error: made.error });
    const delivered = await deliverFile({ invoke, hostKey: window.sessionStorage.getItem(SECRET_STORAGE_KEY), fetch: window.fetch.bind(window), saveBlob: saveBlobInBrowser }, made.value);
    setPhase(delivered.ok ? { kind: 'idle' } : { kind: 'failed', error: delivered.error });
  }

  return (
    <span className="document-link" data-testid={testId}>
      <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconStart={<IconDownload aria-hidden />} disabled={phase.kind === 'busy'} aria-label={label} onClick={() => void open()} data-testid={`${testId}-open`}>
        {t('files.document.open')}
      </Button>
      <span role="status" aria-live="polite">
        {phase.kind === 'busy' ? t('files.document.opening') : ''}
      </span>
      {phase.kind === 'failed' ? (
        <span role="alert" className="document-link__error" data-testid={`${testId}-error`} data-code={phase.error.code}>
          {t('files.document.openFailed', { reason: errorText(phase.error) })}
        </span>
      ) : null}
    </span>
  );
}
