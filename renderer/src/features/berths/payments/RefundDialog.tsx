import { useTranslation } from 'react-i18next';
import type { PaymentIssueRow } from '../../../../../domain/berths/payment-issue-contract.ts';
import { commandError } from '../../../api/command-error.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatMoney } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useMarkPaymentRefundedMutation } from './payment-issues-api.ts';
import { issueCustomerLabel } from './PaymentIssuesTable.tsx';

/**
 * The question before a payment is marked refunded: the mark cannot be taken back, and it is only
 * true once the money went back at the provider, so the handler confirms what they did there.
 */
export function RefundDialog({ row, onClose }: { row: PaymentIssueRow; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [mark] = useMarkPaymentRefundedMutation();
  const { issue } = row;
  return (
    <ConfirmDialog
      isOpen
      title={t('berthPayments.dialog.title')}
      text={t('berthPayments.dialog.text', { amount: formatMoney(issue.amountCents, lang), number: issue.payableNumber, customer: issueCustomerLabel(t, row) })}
      confirmLabel={t('berthPayments.dialog.confirm')}
      cancelLabel={t('berthPayments.dialog.keep')}
      testId="payment-refund-dialog"
      confirmTestId="payment-refund-confirm"
      onClose={onClose}
      onConfirm={async () => {
        const failed = commandError(await mark({ issueId: issue.id }));
        if (!failed) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.markPaymentRefunded' } }));
        return failed;
      }}
    />
  );
}
