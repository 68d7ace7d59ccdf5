import { useState } from 'react';
import type { PaymentIssueRow } from '../../../../../domain/berths/payment-issue-contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ErrorState } from '../../../components/StateViews.tsx';
import { useListPaymentIssuesQuery } from '../payments/payment-issues-api.ts';
import { PaymentIssuesTable } from '../payments/PaymentIssuesTable.tsx';
import { RefundDialog } from '../payments/RefundDialog.tsx';
import '../payments/payments.css';
import { Section, useLang } from './customer-section.tsx';

/**
 * The customer's unapplied payments (decision 54) in their 360° view: the unapplied payments
 * list's own query, table and question, cut to this customer, open ones first; a role that writes
 * cases marks one refunded here as there. No section at all for a customer who has none (nor
 * while it loads: it is rare, and the view does not jump for it); a failed read says so, since
 * money may be owed.
 */
export function PaymentIssues({ customerId, canWrite }: { customerId: string; canWrite: boolean }) {
  const { t } = useLang();
  const q = useListPaymentIssuesQuery({ customerId });
  const [marking, setMarking] = useState<PaymentIssueRow | null>(null);
  if (q.isError) {
    return (
      <Section id="payment-issues" title={t('berthPayments.customerSection.title')}>
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      </Section>
    );
  }
  // This customer's rows only: another customer's answer is not shown while this one loads.
  const rows = q.currentData ?? [];
  if (rows.length === 0) return null;
  const open = rows.filter((r) => r.issue.status === 'open').length;
  return (
    <Section id="payment-issues" title={t('berthPayments.customerSection.title')}>
      <p className="payment-issues__intro" data-testid="customer-payment-issues-summary" data-open={open}>
        {open > 0 ? t('berthPayments.customerSection.open', { count: open }) : t('berthPayments.customerSection.allRefunded')}
      </p>
      <PaymentIssuesTable rows={rows} canWrite={canWrite} onMark={setMarking} compact label={t('berthPayments.customerSection.tableLabel')} testId="customer-payment-issues-table" />
      {marking ? <RefundDialog row={marking} onClose={() => setMarking(null)} /> : null}
    </Section>
  );
}
