import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentIssueRow } from '../../../../../domain/berths/payment-issue-contract.ts';
import { can } from '../../../../../domain/roles.ts';
import type { StaffUser } from '../../../../../domain/sync/protocol.ts';
import { asAppError } from '../../../api/base-query.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { useListPaymentIssuesQuery } from './payment-issues-api.ts';
import { PaymentIssuesTable } from './PaymentIssuesTable.tsx';
import { RefundDialog } from './RefundDialog.tsx';
import './payments.css';

/**
 * Unapplied payments (decision 54): money customers paid that no order or invoice took, for berth
 * services to refund at the provider and mark here. Every case reader sees the list; only a role
 * that writes cases is offered the mark.
 */
export function PaymentIssuesWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const q = useListPaymentIssuesQuery({});
  const canWrite = can(user.roles, 'berths.cases.write');
  const [marking, setMarking] = useState<PaymentIssueRow | null>(null);
  const open = q.data?.filter((r) => r.issue.status === 'open').length ?? 0;
  return (
    <div className="workspace" data-testid="payment-issues-workspace">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('berthPayments.title')}</h1>
        {q.data && q.data.length > 0 ? (
          <span className="payment-issues__count" data-testid="payment-issues-open" data-count={open}>
            {open > 0 ? t('berthPayments.openCount', { count: open }) : t('berthPayments.allRefunded')}
          </span>
        ) : null}
      </div>
      <p className="payment-issues__intro">{t('berthPayments.intro')}</p>
      {q.isLoading ? (
        <LoadingState text={t('berthPayments.loading')} />
      ) : q.isError || !q.data ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <EmptyState icon="done" title={t('berthPayments.emptyTitle')} text={t('berthPayments.emptyText')} testId="payment-issues-empty" />
      ) : (
        <PaymentIssuesTable rows={q.data} canWrite={canWrite} onMark={setMarking} />
      )}
      {marking ? <RefundDialog row={marking} onClose={() => setMarking(null)} /> : null}
    </div>
  );
}
