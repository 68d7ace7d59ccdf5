import { Button, ButtonSize, ButtonVariant, IconCross } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { asAppError } from '../../api/base-query.ts';
import { useGetReservationQuery } from '../../api/kuva-api.ts';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatDateTime } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { ReservationActions } from './ReservationActions.tsx';
import { HandlingSection, HistorySection, PriceSection, ReserveeSection, SeriesSection, TimeSection } from './ReservationSections.tsx';
import { ReservationStateBadge } from './ReservationStateBadge.tsx';

/** One reservation beside the queue, the list or the calendar: facts, price, history and what the handler may do. */
export function ReservationDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useGetReservationQuery(id);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const loaded = Boolean(q.data);
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);
  const detail = q.data;
  const r = detail?.reservation;
  return (
    <aside className="detail-panel" aria-label={t('bookings.detail.label')} data-testid="reservation-detail" data-reservation-id={id} data-state={r?.state ?? ''}>
      <div className="detail-panel__bar">
        <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconCross />} onClick={onClose} data-testid="detail-close">
          {t('bookings.detail.close')}
        </Button>
      </div>
      {q.isLoading ? (
        <LoadingState text={t('bookings.detail.loading')} />
      ) : q.isError || !detail || !r ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <div className="detail-panel__body">
          <header className="detail-head">
            <div className="detail-head__title">
              <h2 ref={headingRef} tabIndex={-1} data-testid="reservation-title">
                {r.name || [r.reserveeFirstName, r.reserveeLastName].filter(Boolean).join(' ') || t(`bookings.types.${r.type}`)}
              </h2>
              <ReservationStateBadge state={r.state} pending={detail.pending} />
            </div>
            <p className="detail-head__meta">
              {t(`bookings.types.${r.type}`)} · {t('bookings.detail.id', { id: r.id })} · {t('bookings.detail.created', { time: formatDateTime(r.createdAt, lang) })}
            </p>
          </header>
          <ReservationActions detail={detail} />
          <TimeSection detail={detail} />
          <PriceSection detail={detail} />
          <ReserveeSection detail={detail} />
          <HandlingSection detail={detail} />
          {detail.series ? <SeriesSection detail={detail} /> : null}
          <HistorySection detail={detail} />
        </div>
      )}
    </aside>
  );
}
