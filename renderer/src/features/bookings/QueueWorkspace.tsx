import { Checkbox } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationFilter, ReservationRow } from '../../../../domain/bookings/contract.ts';
import { GridWorkspace } from '../../components/GridWorkspace.tsx';
import { EmptyState } from '../../components/StateViews.tsx';
import { useDetailPane } from '../../components/useDetailPane.ts';
import { helsinkiToday } from '../../format/format.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeReservation } from '../../store/ui-slice.ts';
import { ReservationDetail } from './ReservationDetail.tsx';
import { ReservationsGrid } from './ReservationsGrid.tsx';

/** The handling queue (brief 5.2): requests waiting for a handler, from today on unless asked for the past too. */
export function QueueWorkspace() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const selectedId = useAppSelector((s) => s.ui.selectedReservationId);
  const [showPast, setShowPast] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const noSearch = useRef<HTMLInputElement | null>(null);
  const today = helsinkiToday();
  const filter = useMemo<ReservationFilter>(() => (showPast ? { states: ['REQUIRES_HANDLING'] } : { states: ['REQUIRES_HANDLING'], from: today }), [showPast, today]);
  const closePane = useCallback(() => dispatch(closeReservation()), [dispatch]);
  const { onApi, onClose } = useDetailPane<ReservationRow>(noSearch, Boolean(selectedId), closePane);

  return (
    <GridWorkspace
      modifier="bookings"
      title={t('bookings.queue.title')}
      count={{ total, textKey: 'bookings.queue.count', testId: 'queue-count' }}
      tools={<Checkbox id="queue-show-past" data-testid="queue-show-past" label={t('bookings.queue.showPast')} checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />}
      detailWidthKey="kuva.bookingDetailWidth"
      grid={
        <ReservationsGrid
          filter={filter}
          onTotal={setTotal}
          onApi={onApi}
          testId="queue-grid"
          title={t('bookings.queue.gridLabel')}
          empty={<EmptyState title={t('bookings.queue.emptyTitle')} text={t('bookings.queue.emptyText')} testId="queue-empty" />}
        />
      }
      detail={selectedId ? <ReservationDetail key={selectedId} id={selectedId} onClose={onClose} /> : null}
    >
      <p className="workspace__intro muted">{showPast ? t('bookings.queue.introAll') : t('bookings.queue.intro')}</p>
    </GridWorkspace>
  );
}
