import { Button, ButtonSize, ButtonVariant, Notification } from 'hds-react';
import { berthLabel } from './berth-label.ts';
import { useTranslation } from 'react-i18next';
import { PendingIcon } from '../../components/PendingIcon.tsx';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import type { ApplicationDetail } from '../../../../domain/contract.ts';
import { useGetSessionQuery, useListConflictsQuery, useListHarboursQuery } from '../../api/kuva-api.ts';
import { can } from '../../../../domain/roles.ts';
import { OrderSection } from './OrderSection.tsx';
import { describeCurrent } from '../conflicts/describe-current.ts';
import { formatIsoDate, formatMoney, helsinkiToday } from '../../format/format.ts';
import { isOfferOverdue } from '../../../../domain/berths/overdue.ts';
import { asLanguage } from '../../format/locale.ts';
import { latestCommandFor } from '../../store/commands-slice.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { showView } from '../../store/ui-slice.ts';

export type OfferState = 'pending' | 'applied' | 'none';

/** The offer as the user should see it: waiting for the central, confirmed, or none. */
export function offerState(detail: ApplicationDetail, trackedState: string | null): OfferState {
  if (detail.offer?.pending || trackedState === 'pending') return 'pending';
  if (detail.offer) return 'applied';
  return 'none';
}

export function OfferSection({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const tracked = useAppSelector((s) => latestCommandFor(s.commands.byId, detail.application.id, 'berths.offerBerth'));
  const state = offerState(detail, tracked?.state ?? null);
  const offer = detail.offer;
  const refused = tracked && (tracked.state === 'conflict' || tracked.state === 'rejected') && state === 'none' ? tracked : null;
  // What the central found is told from its structured state (the berth, its harbour), never its English text.
  const { data: conflicts } = useListConflictsQuery(undefined, { skip: !refused });
  const { data: harbours } = useListHarboursQuery(undefined, { skip: !refused });
  const conflict = refused ? conflicts?.find((c) => c.id === refused.commandId) : undefined;
  const found = conflict ? describeCurrent(conflict.current, harbours ?? [], lang) : null;
  const nested = Object.fromEntries(Object.entries(found?.nestedKeys ?? {}).map(([k, v]) => [k, t(v)]));
  // The invoice's actions follow the same right as every case command (a supervisor only reads).
  const canWrite = can(useGetSessionQuery().data?.user?.roles ?? [], 'berths.cases.write');

  return (
    <section className="detail-section" aria-labelledby="offer-title">
      <h3 id="offer-title">{t('detail.offer')}</h3>
      <div data-testid="offer-status" data-state={state} className={`offer-status offer-status--${state}`}>
        {offer ? (
          <>
            <p className="offer-status__state">
              {state === 'pending' ? (
                <span className="pending-marker">
                  <PendingIcon />
                  {t('detail.offerPending')}
                </span>
              ) : (
                <span className="applied-marker">
                  <span aria-hidden="true">✓ </span>
                  {t('detail.offerApplied')}
                </span>
              )}
            </p>
            <dl className="facts">
              <dt>{t('detail.offerBerth')}</dt>
              <dd>{berthLabel(t, lang, { harbourName: offer.harbourName, pier: offer.pier, number: offer.berthNumber })}</dd>
              <dt>{t('detail.offerPrice')}</dt>
              <dd>{formatMoney(offer.lease.priceCents, lang)}</dd>
              <dt>{t('detail.offerDue')}</dt>
              <dd className="due-date">
                {formatIsoDate(offer.lease.dueDate, lang)}
                {isOfferOverdue(detail.application.status, offer.lease.dueDate, helsinkiToday()) ? <span className="overdue-badge" data-testid="offer-overdue">{t('grid.overdue')}</span> : null}
              </dd>
              <dt>{t('detail.offerStatus')}</dt>
              <dd data-testid="offer-lease-status" data-lease-status={offer.lease.status}>
                {t(`leaseStatuses.${offer.lease.status}`)}
              </dd>
            </dl>
          </>
        ) : state === 'pending' ? (
          <p className="pending-marker">{t('offer.pending')}</p>
        ) : (
          <p className="muted">{t('detail.noOffer')}</p>
        )}
      </div>
      {refused ? (
        <Notification type="error" label={t('offer.refused', { reason: t(`errors.${refused.code ?? 'internal'}`) })} data-testid="offer-refused" data-code={refused.code ?? ''}>
          {found && found.key !== 'conflicts.noCurrent' ? <p data-testid="offer-refused-current">{t(found.key, { ...found.params, ...nested })}</p> : null}
          <TechnicalDetails message={refused.message} testId="offer-refused-details" />
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => dispatch(showView('conflicts'))}>
            {t('offer.toConflicts')}
          </Button>
        </Notification>
      ) : null}
      <OrderSection detail={detail} canWrite={canWrite} />
    </section>
  );
}
