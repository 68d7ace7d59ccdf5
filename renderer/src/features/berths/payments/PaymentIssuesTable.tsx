import { Button, ButtonSize, ButtonVariant, StatusLabel } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { PaymentIssueRow } from '../../../../../domain/berths/payment-issue-contract.ts';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { formatDateTime, formatMoney } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';

/**
 * The unapplied payments as a table, open ones first (the query's order): when the money came,
 * whose, for what, how much and why nothing took it; a refunded one says when and by whom. The
 * action is offered only to those who may mark, and named with its payment for a screen reader.
 */
export function PaymentIssuesTable({ rows, canWrite, onMark }: { rows: readonly PaymentIssueRow[]; canWrite: boolean; onMark: (row: PaymentIssueRow) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <div className="table-scroll">
      <table className="data-table payment-issues" aria-label={t('berthPayments.tableLabel')} data-testid="payment-issues">
        <thead>
          <tr>
            <th scope="col">{t('berthPayments.columns.received')}</th>
            <th scope="col">{t('berthPayments.columns.customer')}</th>
            <th scope="col">{t('berthPayments.columns.number')}</th>
            <th scope="col" className="num">
              {t('berthPayments.columns.amount')}
            </th>
            <th scope="col">{t('berthPayments.columns.reason')}</th>
            <th scope="col">{t('berthPayments.columns.status')}</th>
            {canWrite ? <th scope="col">{t('berthPayments.columns.action')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { issue } = row;
            const amount = formatMoney(issue.amountCents, lang);
            return (
              <tr key={issue.id} data-testid="payment-issue" data-issue-id={issue.id} data-status={issue.status} data-reason={issue.reason} data-pending={row.pending}>
                <td>{formatDateTime(issue.receivedAt, lang)}</td>
                <td>{row.customerName || <span className="muted">{t('berthPayments.unknownCustomer')}</span>}</td>
                <td>
                  {issue.payableNumber}
                  <br />
                  <span className="muted">{t(`berthPayments.kinds.${issue.payableKind}`)}</span>
                </td>
                <td className="num">{amount}</td>
                <td className="payment-issues__reason">{t(`berthPayments.reasons.${issue.reason}`)}</td>
                <td>
                  <StatusLabel type={issue.status === 'open' ? 'alert' : 'success'}>{t(`berthPayments.statuses.${issue.status}`)}</StatusLabel>
                  {row.pending ? (
                    <span title={t('berthPayments.pending')}>
                      {' '}
                      <PendingIcon />
                      <span className="visually-hidden">{t('berthPayments.pending')}</span>
                    </span>
                  ) : null}
                  {issue.status === 'refunded' ? (
                    <span className="muted payment-issues__refunded" data-testid="payment-issue-refunded">
                      {t('berthPayments.refundedBy', { date: formatDateTime(issue.refundedAt, lang), name: issue.refundedByName ?? '' })}
                    </span>
                  ) : null}
                </td>
                {canWrite ? (
                  <td>
                    {issue.status === 'open' ? (
                      <Button
                        size={ButtonSize.Small}
                        variant={ButtonVariant.Secondary}
                        aria-label={t('berthPayments.markRefundedOf', { number: issue.payableNumber, amount })}
                        onClick={() => onMark(row)}
                        data-testid="payment-issue-mark"
                      >
                        {t('berthPayments.markRefunded')}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
