import { useTranslation } from 'react-i18next';
import type { OrderLineChange } from '../../../../../domain/berths/order-line-changes.ts';
import { formatMoney, formatPercent } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { vatText } from './OrderLinesTable.tsx';

/** An invoice-line edit in a history: one line per service added, removed or repriced, before → after (a percentage line with its percent). */
export function OrderLineChanges({ changes }: { changes: readonly OrderLineChange[] }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const price = (p: OrderLineChange['before']) => {
    if (!p) return t('berthOrders.lineNone');
    const money = { total: formatMoney(p.totalCents, lang), vat: vatText(p.vatPercent, lang) };
    // A percentage line reads as its percent and what it came to: "Sähkö: 10 % = 29,00 € (ALV 25,5 %)".
    return p.percent === undefined ? t('berthOrders.linePrice', money) : t('berthOrders.linePercentPrice', { ...money, percent: formatPercent(p.percent, lang) });
  };
  return (
    <ul className="history__changes" aria-label={t('berthOrders.lineChanges')} data-testid="history-line-changes">
      {changes.map((c) => (
        <li key={c.product}>{t('berthOrders.lineChange', { line: c.title[lang], from: price(c.before), to: price(c.after) })}</li>
      ))}
    </ul>
  );
}
