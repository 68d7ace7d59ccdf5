import type { GridApi } from 'ag-grid-community';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationFilter, ReservationList, ReservationRow } from '../../../../domain/bookings/contract.ts';
import { asLanguage } from '../../format/locale.ts';
import { CacheGrid } from '../../grid-views/CacheGrid.tsx';
import type { GridViewsControl } from '../../grid-views/useGridViews.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { openReservation } from '../../store/ui-slice.ts';
import { reservationColumns } from './reservation-columns.tsx';
import { queryReservationsPage } from './reservations-datasource.ts';

/** The queue's and the list's grid: infinite rows from the core, Enter or a click opens a reservation beside it. */
export function ReservationsGrid({
  filter,
  onTotal,
  onApi,
  gridEvents,
  empty,
  testId,
  title,
}: {
  filter: ReservationFilter;
  onTotal: (total: number | null) => void;
  onApi?: (api: GridApi<ReservationRow>) => void;
  gridEvents?: Partial<GridViewsControl['gridEvents']>;
  /** What an empty result says (the queue's "nothing waiting" differs from the list's "no match"). */
  empty: ReactNode;
  testId: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const revision = useAppSelector((s) => s.ui.reservationsRevision);
  const selectedId = useAppSelector((s) => s.ui.selectedReservationId);
  const onOpen = useCallback((id: string) => dispatch(openReservation(id)), [dispatch]);
  const columnDefs = useMemo(() => reservationColumns(t, lang), [t, lang]);

  return (
    <CacheGrid<ReservationRow, ReservationFilter, ReservationList>
      testId={testId}
      title={title}
      help={t('bookings.grid.help')}
      loadingText={t('bookings.list.loading')}
      columnDefs={columnDefs}
      query={queryReservationsPage}
      filter={filter}
      revision={revision}
      selectedId={selectedId}
      onOpen={onOpen}
      onTotal={onTotal}
      onApi={onApi}
      gridEvents={gridEvents}
      empty={empty}
    />
  );
}
