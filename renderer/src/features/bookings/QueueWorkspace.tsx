import type { GridApi } from 'ag-grid-community';
import { Checkbox } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationFilter, ReservationRow } from '../../../../domain/bookings/contract.ts';
import { EmptyState } from '../../components/StateViews.tsx';
import { SplitView } from '../../components/SplitView.tsx';
import { refocusGrid, useWorkspaceKeys } from '../../components/useWorkspaceKeys.ts';
import { formatInteger, helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeReservation, openReservation } from '../../store/ui-slice.ts';
import { ReservationDetail } from './ReservationDetail.tsx';
import { ReservationsGrid } from './ReservationsGrid.tsx';

/** The handling queue (brief 5.2): requests waiting for a handler, from today on unless asked for the past too. */
export function QueueWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const selectedId = useAppSelector((s) => s.ui.selectedReservationId);
  const [showPast, setShowPast] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const gridApiRef = useRef<GridApi<ReservationRow> | null>(null);
  const noSearch = useRef<HTMLInputElement | null>(null);
  const today = helsinkiToday();
  const filter = useMemo<ReservationFilter>(() => (showPast ? { states: ['REQUIRES_HANDLING'] } : { states: ['REQUIRES_HANDLING'], from: today }), [showPast, today]);
  const onOpen = useCallback((id: string) => dispatch(openReservation(id)), [dispatch]);
  const onClose = useCallback(() => {
    dispatch(closeReservation());
    refocusGrid(gridApiRef.current);
  }, [dispatch]);
  useWorkspaceKeys(noSearch, Boolean(selectedId), onClose);

  return (
    <div className="workspace workspace--bookings">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('bookings.queue.title')}</h1>
        <span className="workspace__count" aria-live="polite" data-testid="queue-count" data-total={total ?? ''}>
          {total == null ? '' : t('bookings.queue.count', { count: total, formatted: formatInteger(total, lang) })}
        </span>
        <div className="workspace__tools">
          <Checkbox id="queue-show-past" data-testid="queue-show-past" label={t('bookings.queue.showPast')} checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />
        </div>
      </div>
      <p className="workspace__intro muted">{showPast ? t('bookings.queue.introAll') : t('bookings.queue.intro')}</p>
      <SplitView
        storageKey="kuva.bookingDetailWidth"
        handleLabel={t('detail.resize')}
        main={
          <ReservationsGrid
            filter={filter}
            selectedId={selectedId}
            onOpen={onOpen}
            onTotal={setTotal}
            gridApiRef={gridApiRef}
            testId="queue-grid"
            title={t('bookings.queue.gridLabel')}
            empty={<EmptyState title={t('bookings.queue.emptyTitle')} text={t('bookings.queue.emptyText')} testId="queue-empty" />}
          />
        }
        side={selectedId ? <ReservationDetail key={selectedId} id={selectedId} onClose={onClose} /> : null}
      />
    </div>
  );
}
