import { Button, ButtonSize, ButtonVariant, StatusLabel } from 'hds-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PaymentIssueRow } from '../../../../../domain/berths/payment-issue-contract.ts';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { formatDateTime, formatMoney } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';

/** Whose payment it is, in words: the name, an erased customer, or one this desk does not hold. */
export function issueCustomerLabel(t: TFunction, row: PaymentIssueRow): string {
  if (row.customerName) return row.customerName;
  return row.customerErased ? t('berthCustomers.gdpr.erasedName') : t('berthPayments.unknownCustomer');
}

/**
 * The unapplied payments as a table, open ones first (the query's order): when the money came,
 * whose, for what, how much and why nothing took it; a refunded one says when and by whom. The
 * action is offered only to those who may mark, and named with its payment for a screen reader.
 * In one customer's view (`compact`, a narrow panel) the customer column is left out, the
 * action sits under the status instead of in a column of its own, and the table is named by
 * `label`.
 */
export function PaymentIssuesTable({
  rows,
  canWrite,
  onMark,
  compact = false,
  label,
  testId = 'payment-issues',
}: {
  rows: readonly PaymentIssueRow[];
  canWrite: boolean;
  onMark: (row: PaymentIssueRow) => void;
  compact?: boolean;
  label?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <div className="table-scroll">
      <table className={`data-table payment-issues${compact ? ' payment-issues--compact' : ''}`} aria-label={label ?? t('berthPayments.tableLabel')} data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('berthPayments.columns.received')}</th>
            {compact ? null : <th scope="col">{t('berthPayments.columns.customer')}</th>}
            <th scope="col">{t('berthPayments.columns.number')}</th>
            <th scope="col" className="num">
              {t('berthPayments.columns.amount')}
            </th>
            <th scope="col">{t('berthPayments.columns.reason')}</th>
            <th scope="col">{t('berthPayments.columns.status')}</th>
            {canWrite && !compact ? <th scope="col">{t('berthPayments.columns.action')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { issue } = row;
            const amount = formatMoney(issue.amountCents, lang);
            const action =
              canWrite && issue.status === 'open' ? (
                <Button
                  size={ButtonSize.Small}
                  variant={ButtonVariant.Secondary}
                  className="payment-issues__mark"
                  aria-label={t('berthPayments.markRefundedOf', { number: issue.payableNumber, amount })}
                  onClick={() => onMark(row)}
                  data-testid="payment-issue-mark"
                >
                  {t('berthPayments.markRefunded')}
                </Button>
              ) : null;
            return (
              <tr key={issue.id} data-testid="payment-issue" data-issue-id={issue.id} data-status={issue.status} data-reason={issue.reason} data-pending={row.pending}>
                <td>{formatDateTime(issue.receivedAt, lang)}</td>
                {compact ? null : <td>{row.customerName || <span className="muted">{issueCustomerLabel(t, row)}</span>}</td>}
                <td>
                  <span className="payment-issues__number">{issue.payableNumber}</span>
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
                  {compact ? action : null}
                </td>
                {canWrite && !compact ? <td>{action}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
