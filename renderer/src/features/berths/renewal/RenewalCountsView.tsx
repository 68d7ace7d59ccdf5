import { useTranslation } from 'react-i18next';
import type { RenewalCounts } from '../../../../../domain/berths/renewal.ts';
import { formatInteger } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { RENEWAL_TEXTS, useRenewalText } from './renewal-text.ts';

const ITEMS = ['sent', 'pending', 'paid', 'failed', 'paper'] as const;

/**
 * How the season's renewal invoices stand (brief 4.7: sent, failed, paid, waiting). `season` as the
 * screen names it ("2027", "2026–2027"); `textsAt` where the screen's own texts are (renewal-text.ts).
 */
export function RenewalCountsView({ season, counts, textsAt = RENEWAL_TEXTS }: { season: string; counts: RenewalCounts; textsAt?: string }) {
  const { i18n } = useTranslation();
  const t = useRenewalText(textsAt);
  const lang = asLanguage(i18n.language);
  return (
    <section aria-labelledby="renewal-counts-title">
      <h2 id="renewal-counts-title" className="renewal__subtitle">
        {t('counts.title', { season })}
      </h2>
      <dl className="alloc-counts renewal-counts" data-testid="renewal-counts">
        {ITEMS.map((item) => (
          <div key={item} className={`alloc-counts__item renewal-counts__${item}`} data-testid={`renewal-count-${item}`} data-value={counts[item]}>
            <dt>{t(`counts.${item}`)}</dt>
            <dd>{formatInteger(counts[item], lang)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
