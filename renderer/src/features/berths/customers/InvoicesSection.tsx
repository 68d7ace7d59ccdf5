import type { Customer360 } from '../../../../../domain/berths/customer-contract.ts';
import { formatIsoDate, formatMoney } from '../../../format/format.ts';
import { Section, useLang } from './customer-section.tsx';

/** The customer's invoices (berth orders) with their states. */
export function Invoices({ view }: { view: Customer360 }) {
  const { t, lang } = useLang();
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
            </tr>
          </thead>
          <tbody>
            {view.orders.map((o) => (
              <tr key={o.id} data-testid="customer-order" data-order-id={o.id} data-season={o.season} data-status={o.status}>
                <td>{o.season}</td>
                <td>
                  {t(`berthOrders.statuses.${o.status}`)}
                  {o.invoicingType === 'paper_invoice' ? <span className="muted"> {t('berthCustomers.invoices.paper')}</span> : null}
                </td>
                <td>{day(o.dueDate)}</td>
                <td>{day(o.paidAt)}</td>
                <td className="customer-table__number">{formatMoney(o.totalCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
