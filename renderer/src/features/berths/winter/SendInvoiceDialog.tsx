import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { dayForInput } from '../../../format/dates.ts';
import { formatIsoDate, formatMoney } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useSendWinterInvoiceMutation } from './winter-api.ts';
import { checkWinterDueDate } from './winter-dates.ts';
import { WinterDayInput } from './WinterDayInput.tsx';

type Lease = NonNullable<WinterApplicationDetail['lease']>;

/**
 * Send the invoice by email with a due date, checked as typed against the window the core gave
 * (the one the central decides with); it starts at the suggested day.
 */
export function SendInvoiceDialog({ detail, lease, onClose }: { detail: WinterApplicationDetail; lease: Lease; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [send] = useSendWinterInvoiceMutation();
  const range = detail.dueDate;
  const [text, setText] = useState(range ? dayForInput(range.suggested, lang) : '');
  const check = checkWinterDueDate(text, lang, range);
  const error = check.error ? t(check.error.key, check.error.params ?? {}) : null;
  return (
    <ConfirmDialog
      isOpen
      title={t('winter.lease.sendTitle')}
      text={`${t('winter.lease.sendText')} ${t('winter.lease.total')}: ${formatMoney(lease.invoice.totalCents, lang)}.`}
      confirmLabel={t('winter.lease.sendConfirm')}
      cancelLabel={t('winter.lease.keep')}
      confirmDisabled={!check.iso}
      blockedReason={error ? t('offer.fixDueDate') : null}
      testId="winter-send-dialog"
      confirmTestId="winter-send-confirm"
      onClose={onClose}
      onConfirm={async () => {
        if (!check.iso) return { code: 'bad_request', message: 'No valid due date' };
        const failed = commandError(await send({ input: { leaseId: lease.id, dueDate: check.iso }, applicationId: detail.application.id }));
        if (!failed) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.sendWinterInvoice' } }));
        return failed;
      }}
    >
      <WinterDayInput
        id="winter-due-date"
        label={t('winter.lease.dueDate')}
        help={
          range
            ? t('winter.lease.dueHelp', { earliest: formatIsoDate(range.earliest, lang), latest: formatIsoDate(range.latest, lang), suggested: formatIsoDate(range.suggested, lang) })
            : undefined
        }
        text={text}
        onText={setText}
        check={check}
      />
    </ConfirmDialog>
  );
}
