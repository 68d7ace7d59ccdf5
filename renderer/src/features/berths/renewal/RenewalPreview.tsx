import { useTranslation } from 'react-i18next';
import type { RenewalCandidate } from '../../../../../domain/berths/renewal-contract.ts';
import { formatInteger, formatMoney } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { berthText } from './RenewalFailures.tsx';
import { RENEWAL_TEXTS, useRenewalText } from './renewal-text.ts';

/** The renewals that need a look before the run: no address to invoice, or no price for the berth. */
export function needsAttention(c: RenewalCandidate): boolean {
  return c.problem !== null || c.priceCents === null;
}

/**
 * How many leases renew and how they go out, before anything is sent (brief 4.7's preview).
 * `previous` names the season renewed from as the screen does; `textsAt`: see renewal-text.ts.
 */
export function RenewalPreview({
  candidates,
  previous,
  onFix,
  textsAt = RENEWAL_TEXTS,
}: {
  candidates: readonly RenewalCandidate[];
  previous: string;
  onFix: (c: RenewalCandidate) => void;
  textsAt?: string;
}) {
  const { t: tAll, i18n } = useTranslation();
  const t = useRenewalText(textsAt);
  const lang = asLanguage(i18n.language);
  const count = (invoicing: RenewalCandidate['invoicing']) => candidates.filter((c) => c.invoicing === invoicing).length;
  const total = candidates.reduce((sum, c) => sum + (c.priceCents ?? 0), 0);
  const attention = candidates.filter(needsAttention);
  return (
    <section className="renewal-preview" aria-labelledby="renewal-preview-title" data-testid="renewal-preview" data-count={candidates.length}>
      <h2 id="renewal-preview-title" className="renewal__subtitle">
        {t('preview.title')}
      </h2>
      {candidates.length === 0 ? (
        <p data-testid="renewal-preview-none">{t('preview.none', { previous })}</p>
      ) : (
        <>
          <p className="renewal-preview__count" data-testid="renewal-preview-count">
            <strong>{t('preview.count', { count: candidates.length, formatted: formatInteger(candidates.length, lang) })}</strong>
            {': '}
            {(['online', 'paper', 'free'] as const).map((k) => t(`preview.${k}`, { formatted: formatInteger(count(k), lang) })).join(', ')}
            {'. '}
            {t('preview.total', { amount: formatMoney(total, lang) })}
          </p>
          {attention.length > 0 ? (
            <div className="renewal-preview__attention" data-testid="renewal-attention" data-count={attention.length}>
              <p>
                <strong>{t('preview.attention', { count: attention.length, formatted: formatInteger(attention.length, lang) })}</strong>
              </p>
              <p className="renewal__muted">{t('preview.attentionHelp')}</p>
              <ul>
                {attention.map((c) => (
                  <li key={c.previousLeaseId} data-testid="renewal-attention-row">
                    {c.customerName}, {berthText(c.berth, lang)}: {c.priceCents === null ? t('preview.notPriced') : tAll(`errors.${c.problem}`)}
                    {c.problem ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" data-testid="renewal-attention-fix" onClick={() => onFix(c)}>
                          {t('failures.fix')}
                        </button>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
