import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationDetail, WinterPlaceSuggestion } from '../../../../../domain/berths/winter-contract.ts';
import { formatMetres, formatMoney, formatNumber2, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { AllocateDialog } from './AllocateDialog.tsx';
import { placeName } from './place-name.ts';
import { WinterSection } from './WinterSections.tsx';

/**
 * A waiting marked application's free places as the core ranks them (domain winter-places.ts):
 * those long enough first, then by the order of the areas, then the closest size; a group row
 * names each area with its place in the applicant's order. A shorter place is marked, and
 * allocating it asks the handler to confirm.
 */
export function WinterSuggestions({ detail, canAct }: { detail: WinterApplicationDetail; canAct: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [allocating, setAllocating] = useState<WinterPlaceSuggestion | null>(null);
  const rows = detail.suggestions;
  const span = canAct ? 5 : 4;
  return (
    <WinterSection id="winter-suggestions" title={t('winter.suggestions.title')} testId="winter-suggestions">
      <p className="muted">{t('winter.suggestions.intro')}</p>
      {rows.length === 0 ? (
        <p className="winter-note winter-note--warning" data-testid="winter-suggestions-empty">
          {t('winter.suggestions.empty')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table suggestions-table">
            <caption className="visually-hidden">{t('winter.suggestions.title')}</caption>
            <thead>
              <tr>
                {canAct ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('winter.suggestions.allocate')}</span>
                  </th>
                ) : null}
                <th scope="col">{t('winter.suggestions.place')}</th>
                <th scope="col" className="num">{t('winter.suggestions.size')}</th>
                <th scope="col">{t('winter.suggestions.fit')}</th>
                <th scope="col" className="num">{t('winter.suggestions.price')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => {
                const area = localized(r.areaName, lang);
                const prev = i === 0 ? undefined : rows[i - 1];
                const shorterStart = r.fit === 'too_short' && prev?.fit !== 'too_short';
                const newGroup = shorterStart || prev?.choice !== r.choice;
                const short = r.fit === 'too_short';
                return (
                  <Fragment key={r.placeId}>
                    {newGroup ? (
                      <tr className={`group-row${shorterStart ? ' group-row--warning' : ''}`}>
                        <th scope="colgroup" colSpan={span}>
                          {shorterStart ? <span aria-hidden="true">⚠ </span> : null}
                          {r.choice}. {area}
                          {shorterStart ? ` · ${t('winter.suggestions.tooShort')}` : ''}
                        </th>
                      </tr>
                    ) : null}
                    <tr data-testid="winter-suggestion" data-place-id={r.placeId} data-fit={r.fit} className={short ? 'row--warning' : undefined}>
                      {canAct ? (
                        <td>
                          <Button
                            size={ButtonSize.Small}
                            variant={ButtonVariant.Secondary}
                            data-testid="winter-allocate"
                            aria-label={t('winter.suggestions.allocateLabel', { place: placeName(r), area })}
                            onClick={() => setAllocating(r)}
                          >
                            {t('winter.suggestions.allocate')}
                          </Button>
                        </td>
                      ) : null}
                      <td data-testid="winter-suggestion-place">{placeName(r)}</td>
                      <td className="num size">
                        <span className="nowrap">{formatNumber2(r.width, lang)} ×</span> <span className="nowrap">{formatMetres(r.length, lang)}</span>
                      </td>
                      <td>
                        {short ? (
                          <span className="warning-flag">
                            <span aria-hidden="true">⚠ </span>
                            {t('winter.suggestions.tooShort')}
                          </span>
                        ) : (
                          t('winter.suggestions.fits')
                        )}
                      </td>
                      <td className="num" data-testid="winter-suggestion-price">
                        {r.priceCents == null ? t('winter.suggestions.noPrice') : formatMoney(r.priceCents, lang)}
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {allocating ? <AllocateDialog detail={detail} place={allocating} onClose={() => setAllocating(null)} /> : null}
    </WinterSection>
  );
}
