import { useTranslation } from 'react-i18next';
import type { BerthOrder, OrderLine } from '../../../../../domain/berths/order-entity.ts';
import { formatMoney, formatPercent } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';

/** A VAT rate in the reader's numbers: "25,5 %" in Finnish and Swedish, "25.5 %" in English. */
export function vatText(percent: number, lang: string): string {
  return `${percent.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-FI`)} %`;
}

/** The invoice's lines with the amounts before VAT, VAT and the totals (saved, or as being edited). */
export function OrderLinesTable({ lines, totals, testId = 'order-lines' }: { lines: readonly OrderLine[]; totals: Pick<BerthOrder, 'pretaxCents' | 'vatCents' | 'totalCents'>; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <table className="order-lines" data-testid={testId}>
      <caption className="visually-hidden">{t('berthOrders.totalsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('berthOrders.line')}</th>
          <th scope="col">{t('berthOrders.pretax')}</th>
          <th scope="col">{t('berthOrders.vatPercent')}</th>
          <th scope="col">{t('berthOrders.total')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={`${l.product}-${i}`} data-testid="order-line" data-product={l.product}>
            <th scope="row">
              {l.title[lang]}
              {/* A percentage line says what it is a share of, beside the euros it comes to (decision 48). */}
              {l.percent !== undefined ? <span className="muted order-lines__percent" data-testid="order-line-percent"> {t('berthOrders.linePercent', { percent: formatPercent(l.percent, lang) })}</span> : null}
            </th>
            <td>{formatMoney(l.pretaxCents, lang)}</td>
            <td>{vatText(l.vatPercent, lang)}</td>
            <td>{formatMoney(l.totalCents, lang)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('berthOrders.pretax')}</th>
          <td colSpan={3} data-testid="order-pretax">{formatMoney(totals.pretaxCents, lang)}</td>
        </tr>
        <tr>
          <th scope="row">{t('berthOrders.vat')}</th>
          <td colSpan={3} data-testid="order-vat">{formatMoney(totals.vatCents, lang)}</td>
        </tr>
        <tr>
          <th scope="row">{t('berthOrders.total')}</th>
          <td colSpan={3} data-testid="order-total">{formatMoney(totals.totalCents, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
