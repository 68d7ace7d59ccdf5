import { useTranslation } from 'react-i18next';
import type { ChoiceCounts as Counts } from '../../../../../domain/berths/allocation-proposal.ts';
import { formatInteger } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';

/** How many applicants got their first, second and a later choice, and how many got none. */
export function ChoiceCounts({ counts }: { counts: Counts }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const items = [
    ['first', counts.first],
    ['second', counts.second],
    ['later', counts.later],
    ['none', counts.none],
  ] as const;
  return (
    <dl className="alloc-counts" aria-label={t('allocation.counts.label')} data-testid="allocation-counts">
      {items.map(([key, n]) => (
        <div key={key} className={`alloc-counts__item alloc-counts__item--${key}`} data-testid={`allocation-count-${key}`} data-count={n}>
          <dt>{t(`allocation.counts.${key}`)}</dt>
          <dd>{formatInteger(n, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
