import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../domain/result.ts';
import { useWindowInvoke } from '../../api/use-window-invoke.ts';
import { SECRET_STORAGE_KEY } from '../../bridge/host-secret.ts';
import { deliverFile, saveBlobInBrowser } from '../../files/deliver-file.ts';
import type { PurposeChoice } from './ck-session.ts';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; error: AppError };

/**
 * The child's and the guardians' data as the GDPR export shapes it: the core fetches it from the
 * central (which audits the read) and writes a file, handed to the user like every export.
 */
export function GdprExportButton({ childId, purpose }: { childId: string; purpose: PurposeChoice }) {
  const { t } = useTranslation();
  const invoke = useWindowInvoke();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function run() {
    if (!invoke) return;
    setPhase({ kind: 'busy' });
    const made = await invoke('cultureKids.gdprExport', { childId, purpose: purpose.purpose, ...(purpose.purposeText ? { purposeText: purpose.purposeText } : {}) });
    if (!made.ok) return setPhase({ kind: 'failed', error: made.error });
    const delivered = await deliverFile({ invoke, hostKey: window.sessionStorage.getItem(SECRET_STORAGE_KEY), fetch: window.fetch.bind(window), saveBlob: saveBlobInBrowser }, made.value);
    setPhase(delivered.ok ? { kind: 'done', name: made.value.name } : { kind: 'failed', error: delivered.error });
  }

  return (
    <span className="kuva-export" data-testid="ck-gdpr-export">
      <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={phase.kind === 'busy'} data-testid="ck-gdpr-export-button" onClick={() => void run()}>
        {t('cultureKids.child.gdprExport')}
      </Button>
      <span role="status" aria-live="polite" data-testid="ck-gdpr-export-status" data-phase={phase.kind}>
        {phase.kind === 'busy' ? t('files.making') : phase.kind === 'done' ? t('cultureKids.gdpr.done', { name: phase.name }) : ''}
      </span>
      {phase.kind === 'failed' ? (
        <span role="alert" data-testid="ck-gdpr-export-error" data-code={phase.error.code}>
          {t('files.failed', { reason: t(`errors.${phase.error.code}`) })}
        </span>
      ) : null}
    </span>
  );
}
