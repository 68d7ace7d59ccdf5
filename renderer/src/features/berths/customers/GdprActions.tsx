import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import type { Customer } from '../../../../../domain/berths/entities.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { commandError } from '../../../api/command-error.ts';
import { useWindowInvoke } from '../../../api/use-window-invoke.ts';
import { SECRET_STORAGE_KEY } from '../../../bridge/host-secret.ts';
import { useErrorText } from '../../../components/StateViews.tsx';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { deliverFile, saveBlobInBrowser } from '../../../files/deliver-file.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useLang } from './customer-section.tsx';
import { useEraseCustomerMutation } from './customer-gdpr-api.ts';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; error: AppError };

/**
 * The customer's GDPR export (decision 51): the core fetches everything the berth workspace holds
 * about the customer from the central, which audits the read as a GDPR request, and writes a JSON
 * file handed to the user like every export.
 */
export function GdprExportButton({ customerId }: { customerId: string }) {
  const { t } = useLang();
  const invoke = useWindowInvoke();
  const errorText = useErrorText();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function run() {
    if (!invoke) return;
    setPhase({ kind: 'busy' });
    const made = await invoke('berths.customerGdprExport', { customerId, purpose: 'gdpr_request' });
    if (!made.ok) return setPhase({ kind: 'failed', error: made.error });
    const delivered = await deliverFile({ invoke, hostKey: window.sessionStorage.getItem(SECRET_STORAGE_KEY), fetch: window.fetch.bind(window), saveBlob: saveBlobInBrowser }, made.value);
    setPhase(delivered.ok ? { kind: 'done', name: made.value.name } : { kind: 'failed', error: delivered.error });
  }

  return (
    <span className="customer-gdpr__export" data-testid="customer-gdpr-export">
      <Button
        type="button"
        size={ButtonSize.Small}
        variant={ButtonVariant.Secondary}
        disabled={phase.kind === 'busy'}
        title={t('berthCustomers.gdpr.exportHint')}
        data-testid="customer-gdpr-export-button"
        onClick={() => void run()}
      >
        {t('berthCustomers.gdpr.export')}
      </Button>
      <span role="status" aria-live="polite" data-testid="customer-gdpr-export-status" data-phase={phase.kind}>
        {phase.kind === 'busy' ? t('berthCustomers.gdpr.exporting') : phase.kind === 'done' ? t('berthCustomers.gdpr.exported', { name: phase.name }) : ''}
      </span>
      {phase.kind === 'failed' ? (
        <span role="alert" className="customer-gdpr__error" data-testid="customer-gdpr-export-error" data-code={phase.error.code}>
          {t('berthCustomers.gdpr.exportFailed', { reason: errorText(phase.error) })}
        </span>
      ) : null}
    </span>
  );
}

/**
 * Asks before the customer's personal data is erased, and says what goes and what is kept (the
 * shared confirmation: Enter on the focused button acts, Escape cancels, focus goes back to the
 * opener). A refusal decided on this machine (a lease that has not ended, an open invoice, an
 * application in process) stays in the dialog with its reason.
 */
function EraseDialog({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useLang();
  const dispatch = useAppDispatch();
  const [erase] = useEraseCustomerMutation();

  async function confirm(): Promise<AppError | null> {
    const failed = commandError(await erase({ customerId: customer.id }));
    if (!failed) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.eraseCustomer' } }));
    return failed;
  }

  const list = (key: 'erased' | 'kept') => (t(`berthCustomers.gdpr.${key}`, { returnObjects: true }) as unknown as string[]).map((line) => <li key={line}>{line}</li>);
  return (
    <ConfirmDialog
      isOpen
      title={t('berthCustomers.gdpr.eraseTitle')}
      text={t('berthCustomers.gdpr.eraseIntro')}
      confirmLabel={t('berthCustomers.gdpr.confirm')}
      cancelLabel={t('berthCustomers.gdpr.cancel')}
      onConfirm={confirm}
      onClose={onClose}
      variant="danger"
      testId="customer-erase-dialog"
      confirmTestId="customer-erase-confirm"
    >
      <h3 className="customer-gdpr__list-title">{t('berthCustomers.gdpr.erasedTitle')}</h3>
      <ul data-testid="customer-erase-erased">{list('erased')}</ul>
      <h3 className="customer-gdpr__list-title">{t('berthCustomers.gdpr.keptTitle')}</h3>
      <ul data-testid="customer-erase-kept">{list('kept')}</ul>
      <p>{t('berthCustomers.gdpr.irreversible')}</p>
    </ConfirmDialog>
  );
}

/** The erase action of the 360° view: hidden once the customer is erased. */
export function GdprEraseButton({ customer }: { customer: Customer }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  if (customer.erasedAt) return null;
  return (
    <>
      <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setOpen(true)} data-testid="customer-erase">
        {t('berthCustomers.gdpr.erase')}
      </Button>
      {open ? <EraseDialog customer={customer} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
