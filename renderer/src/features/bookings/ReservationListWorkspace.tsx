import type { GridApi } from 'ag-grid-community';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReservationFilter, type ReservationRow } from '../../../../domain/bookings/contract.ts';
import { useListBookingUnitsQuery } from '../../api/kuva-api.ts';
import { ClearFiltersButton } from '../../components/ClearFiltersButton.tsx';
import { GridWorkspace } from '../../components/GridWorkspace.tsx';
import { EmptyState } from '../../components/StateViews.tsx';
import { useDetailPane } from '../../components/useDetailPane.ts';
import { ExportButton } from '../../files/ExportButton.tsx';
import { helsinkiToday } from '../../format/format.ts';
import { GridViewsBar } from '../../grid-views/GridViewsBar.tsx';
import { useFilterViews } from '../../grid-views/useFilterViews.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeReservation, setReservationFilter } from '../../store/ui-slice.ts';
import { ReservationDetail } from './ReservationDetail.tsx';
import { ReservationFilterBar } from './ReservationFilterBar.tsx';
import { cleanReservationFilter } from './reservations-datasource.ts';
import { ReservationsGrid } from './ReservationsGrid.tsx';

/** All reservations (brief 5.2): every filter as a removable tag, saved views, export to Excel. */
export function ReservationListWorkspace() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const filter = useAppSelector((s) => s.ui.reservationFilter);
  const selectedId = useAppSelector((s) => s.ui.selectedReservationId);
  const { data: units } = useListBookingUnitsQuery();
  const [total, setTotal] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const defaultFilter = useMemo<ReservationFilter>(() => ({ from: helsinkiToday() }), []);
  const clean = useMemo(() => cleanReservationFilter(filter), [filter]);
  const closePane = useCallback(() => dispatch(closeReservation()), [dispatch]);
  const { api, onApi, onClose } = useDetailPane<ReservationRow>(searchRef, Boolean(selectedId), closePane);

  const onFilter = useCallback((f: ReservationFilter) => dispatch(setReservationFilter(cleanReservationFilter(f))), [dispatch]);
  const setFilter = useCallback((f: ReservationFilter) => dispatch(setReservationFilter(f)), [dispatch]);
  const { views, barKey, showFilter } = useFilterViews<ReservationFilter>({
    gridId: 'bookings.reservations',
    api: api as GridApi | null,
    filter: clean,
    setFilter,
    schema: ReservationFilter,
    defaultFilter,
  });
  const active = Object.keys(clean).length > 0;

  return (
    <GridWorkspace
      modifier="bookings"
      title={t('bookings.list.title')}
      count={{ total, textKey: 'bookings.list.count', testId: 'reservations-count' }}
      actions={
        <>
          <ClearFiltersButton active={active} onClear={() => showFilter({})} testId="bk-filters-clear" />
          <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => showFilter(defaultFilter)} data-testid="bk-filters-default">
            {t('bookings.list.defaults')}
          </Button>
        </>
      }
      tools={
        <>
          <GridViewsBar control={views} />
          <ExportButton request={{ kind: 'xlsx', exportId: 'bookings.reservations', params: { filter: clean } }} testId="reservations-export" />
        </>
      }
      detailWidthKey="kuva.bookingDetailWidth"
      grid={
        <ReservationsGrid
          filter={filter}
          onTotal={setTotal}
          onApi={onApi}
          gridEvents={views.gridEvents}
          testId="reservations-grid"
          title={t('bookings.list.gridLabel')}
          empty={
            <EmptyState title={active ? t('bookings.list.emptyFiltered') : t('bookings.list.empty')} text={active ? t('bookings.list.emptyFilteredText') : undefined} testId="reservations-empty" icon={active ? 'search' : 'none'}>
              {active ? (
                <Button variant={ButtonVariant.Secondary} onClick={() => showFilter({})}>
                  {t('filters.clear')}
                </Button>
              ) : null}
            </EmptyState>
          }
        />
      }
      detail={selectedId ? <ReservationDetail key={selectedId} id={selectedId} onClose={onClose} /> : null}
    >
      <ReservationFilterBar key={barKey} filter={filter} units={units ?? []} onChange={onFilter} searchRef={searchRef} />
    </GridWorkspace>
  );
}
