import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';

/**
 * A bulk run's progress (offers, renewals): how many of how many, as text and as a bar. `labelKey`
 * is a text with {{done}} and {{total}}; data-done and data-total let a test wait for the state.
 */
export function RunProgress({ id, testId, labelKey, done, total }: { id: string; testId: string; labelKey: string; done: number; total: number }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <div className="alloc-progress" data-testid={testId} data-done={done} data-total={total}>
      <label htmlFor={id}>{t(labelKey, { done: formatInteger(done, lang), total: formatInteger(total, lang) })}</label>
      <progress id={id} max={total} value={done} />
    </div>
  );
}
