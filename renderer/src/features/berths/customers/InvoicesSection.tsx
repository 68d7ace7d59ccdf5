import { useState } from 'react';
import type { Customer360 } from '../../../../../domain/berths/customer-contract.ts';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatIsoDate, formatMoney } from '../../../format/format.ts';
import { OrderPanel } from '../orders/OrderPanel.tsx';
import { useOrderDetail } from '../orders/use-order.ts';
import '../orders/orders.css';
import { Section, useLang } from './customer-section.tsx';

/** One invoice opened in the customer's view: the same panel, actions and line editor as the application detail's. */
function InvoiceDetail({ id, canWrite }: { id: string; canWrite: boolean }) {
  const { t } = useLang();
  const detail = useOrderDetail(id);
  if (!detail) return <LoadingState text={t('berthOrders.loading')} />;
  if (!detail.ok) return <ErrorState error={detail.error} />;
  const d = detail.value;
  return <OrderPanel order={d.order} lease={d.lease} pending={d.pending} applicationId={d.applicationId} applicationStatus={d.applicationStatus} canWrite={canWrite} headingLevel={4} />;
}

/** The customer's invoices (berth orders) with their states; each opens to its lines and actions. */
export function Invoices({ view, canWrite }: { view: Customer360; canWrite: boolean }) {
  const { t, lang } = useLang();
  const [openId, setOpenId] = useState<string | null>(null);
  const day = (iso: string | null) => (iso ? formatIsoDate(iso.slice(0, 10), lang) : '–');
  return (
    <Section id="invoices" title={t('berthCustomers.sections.invoices')}>
      {view.orders.length === 0 ? (
        <p className="muted">{t('berthCustomers.invoices.none')}</p>
      ) : (
        <table className="customer-table" data-testid="customer-invoices">
          <thead>
            <tr>
              <th scope="col">{t('berthCustomers.leases.season')}</th>
              <th scope="col">{t('berthCustomers.leases.status')}</th>
              <th scope="col">{t('berthCustomers.invoices.due')}</th>
              <th scope="col">{t('berthCustomers.invoices.paid')}</th>
              <th scope="col">{t('berthCustomers.invoices.total')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('berthOrders.open.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.orders.flatMap((o) => {
              const open = openId === o.id;
              const row = (
                <tr key={o.id} data-testid="customer-order" data-order-id={o.id} data-season={o.season} data-status={o.status}>
                  <td>{o.season}</td>
                  <td>
                    {t(`berthOrders.statuses.${o.status}`)}
                    {o.invoicingType === 'paper_invoice' ? <span className="muted"> {t('berthCustomers.invoices.paper')}</span> : null}
                  </td>
                  <td>{day(o.dueDate)}</td>
                  <td>{day(o.paidAt)}</td>
                  <td className="customer-table__number">{formatMoney(o.totalCents, lang)}</td>
                  <td className="customer-table__action">
                    <button
                      type="button"
                      className="link-button"
                      aria-expanded={open}
                      aria-controls={open ? `customer-order-${o.id}` : undefined}
                      onClick={() => setOpenId(open ? null : o.id)}
                      data-testid="customer-order-open"
                    >
                      {open ? t('berthOrders.open.hide') : t('berthOrders.open.show', { season: o.season })}
                    </button>
                  </td>
                </tr>
              );
              if (!open) return [row];
              return [
                row,
                <tr key={`${o.id}-detail`} className="customer-order-detail" id={`customer-order-${o.id}`} data-testid="customer-order-detail">
                  <td colSpan={6}>
                    <InvoiceDetail id={o.id} canWrite={canWrite} />
                  </td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
