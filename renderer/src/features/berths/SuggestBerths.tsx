import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BerthSuggestionRow } from '../../../../domain/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { asAppError } from '../../api/base-query.ts';
import { useSuggestBerthsQuery } from '../../api/kuva-api.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatMetres, formatMoney, formatNumber2, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { OfferDialog } from './OfferDialog.tsx';

/** Data columns after the offer button: pier, number, size, spare width, mooring, price. */
const COLUMNS = 6;

/** The seasons to name when the core says this application's season is not offered yet. */
function laterSeasonOf(error: AppError | null): { season: number; offerSeason: number } | null {
  if (error?.code !== 'season_not_open') return null;
  const d = error.details as { season?: unknown; offerSeason?: unknown } | undefined;
  return typeof d?.season === 'number' && typeof d.offerSeason === 'number' ? { season: d.season, offerSeason: d.offerSeason } : null;
}

/**
 * Free berths in the applicant's harbours as the backend ranks them: those that fit the whole boat
 * first, then the shorter ones under their own heading; within each, grouped by harbour choice.
 */
export function SuggestBerths({ applicationId, boatLength, canOffer }: { applicationId: string; boatLength: number; canOffer: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useSuggestBerthsQuery(applicationId);
  const [offering, setOffering] = useState<BerthSuggestionRow | null>(null);

  let body;
  const laterSeason = q.isError ? laterSeasonOf(asAppError(q.error)) : null;
  if (q.isLoading) body = <LoadingState text={t('suggest.loading')} small />;
  else if (laterSeason) {
    body = (
      <div className="suggestions__notice" data-testid="suggestions-later-season">
        <p className="suggestions__notice-title">{t('suggest.laterSeasonTitle')}</p>
        <p>{t('suggest.laterSeason', laterSeason)}</p>
      </div>
    );
  } else if (q.isError) body = <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />;
  else if (!q.data || q.data.length === 0) body = <EmptyState title={t('suggest.empty')} />;
  else {
    const rows = q.data;
    const span = canOffer ? COLUMNS + 1 : COLUMNS;
    body = (
      <div className="table-scroll">
        <table className="data-table suggestions-table">
          <caption className="visually-hidden">{t('suggest.title')}</caption>
          <thead>
            <tr>
              {canOffer ? <th scope="col"><span className="visually-hidden">{t('suggest.offer')}</span></th> : null}
              <th scope="col">{t('suggest.pier')}</th>
              <th scope="col">{t('suggest.number')}</th>
              <th scope="col" className="num">
                {t('suggest.width')} × {t('suggest.length')}
              </th>
              <th scope="col" className="num">{t('suggest.spare')}</th>
              <th scope="col">{t('suggest.mooring')}</th>
              <th scope="col" className="num">{t('suggest.price')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const harbour = localized(r.harbourName, lang);
              const prev = i === 0 ? undefined : rows[i - 1];
              // The backend puts every berth that fits the whole boat before the shorter ones.
              const shorterStart = r.shorterThanBoat && !prev?.shorterThanBoat;
              const newGroup = shorterStart || prev?.choiceOrder !== r.choiceOrder || prev.harbourId !== r.harbourId;
              return (
                <Fragment key={r.berthId}>
                  {shorterStart ? (
                    <tr className="group-row group-row--warning">
                      <th scope="colgroup" colSpan={span}>
                        <span aria-hidden="true">⚠ </span>
                        {t('suggest.shorterGroup')}
                      </th>
                    </tr>
                  ) : null}
                  {newGroup ? (
                    <tr className="group-row">
                      <th scope="colgroup" colSpan={span}>
                        {r.choiceOrder}. {harbour}
                      </th>
                    </tr>
                  ) : null}
                  <tr data-testid="suggestion-row" data-berth-id={r.berthId} data-shorter={r.shorterThanBoat ? 'true' : 'false'} className={r.shorterThanBoat ? 'row--warning' : undefined}>
                    {canOffer ? (
                      <td>
                        <Button
                          size={ButtonSize.Small}
                          variant={ButtonVariant.Secondary}
                          data-testid="offer-berth"
                          aria-label={t('suggest.offerBerthLabel', { number: r.number, harbour })}
                          onClick={() => setOffering(r)}
                        >
                          {t('suggest.offer')}
                        </Button>
                      </td>
                    ) : null}
                    {/* A harbour without piers has no pier to name: the cell stays empty. */}
                    <td data-testid="suggestion-pier">{r.pier}</td>
                    <td>{r.number}</td>
                    <td className="num size">
                      <span className="nowrap">{formatNumber2(r.width, lang)} ×</span> <span className="nowrap">{formatMetres(r.length, lang)}</span>
                      {r.shorterThanBoat ? (
                        <span className="warning-flag">
                          <span aria-hidden="true">⚠ </span>
                          {t('suggest.shorter')}
                        </span>
                      ) : null}
                    </td>
                    <td className="num">{formatMetres(r.spareWidth, lang)}</td>
                    <td className="mooring">{t(`mooring.${r.mooringType}`)}</td>
                    <td className="num" data-testid="suggestion-price">{r.priceCents == null ? '–' : formatMoney(r.priceCents, lang)}</td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="detail-section suggestions" aria-labelledby="suggest-title" data-testid="suggestions">
      <h3 id="suggest-title">{t('suggest.title')}</h3>
      <p className="muted">{t('suggest.intro')}</p>
      {body}
      {offering ? <OfferDialog applicationId={applicationId} berth={offering} boatLength={boatLength} onClose={() => setOffering(null)} /> : null}
    </section>
  );
}
