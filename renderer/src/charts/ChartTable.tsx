import { useTranslation } from 'react-i18next';
import { categoryTotals, type BarMode, type ChartData } from './chart-data.ts';

/**
 * The chart's numbers as a table: the same data the bars are drawn from, for screen readers,
 * keyboard users and anyone who wants exact figures. A stacked chart adds each row's total.
 */
export function ChartTable({ id, title, data, mode, categoryHeader, format }: { id: string; title: string; data: ChartData; mode: BarMode; categoryHeader?: string; format: (value: number) => string }) {
  const { t } = useTranslation();
  const totals = mode === 'stacked' && data.series.length > 1 ? categoryTotals(data) : null;
  return (
    <div className="chart__table-wrap">
      <table id={id} className="chart__table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryHeader ?? t('charts.category')}</th>
            {data.series.map((s) => (
              <th key={s.id} scope="col" className="chart__num">
                {s.label}
              </th>
            ))}
            {totals ? (
              <th scope="col" className="chart__num">
                {t('charts.total')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {data.categories.map((c, i) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              {data.series.map((s) => (
                <td key={s.id} className="chart__num">
                  {format(s.values[i]!)}
                </td>
              ))}
              {totals ? <td className="chart__num">{format(totals[i]!)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
