import type { GridApi } from 'ag-grid-community';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReservationFilter, type ReservationRow } from '../../../../domain/bookings/contract.ts';
import { useListBookingUnitsQuery } from '../../api/kuva-api.ts';
import { ClearFiltersButton } from '../../components/ClearFiltersButton.tsx';
import { EmptyState } from '../../components/StateViews.tsx';
import { SplitView } from '../../components/SplitView.tsx';
import { refocusGrid, useWorkspaceKeys } from '../../components/useWorkspaceKeys.ts';
import { ExportButton } from '../../files/ExportButton.tsx';
import { formatInteger, helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import type { ViewFilter } from '../../grid-views/grid-view-state.ts';
import { GridViewsBar } from '../../grid-views/GridViewsBar.tsx';
import { useGridViews } from '../../grid-views/useGridViews.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeReservation, openReservation, setReservationFilter } from '../../store/ui-slice.ts';
import { ReservationDetail } from './ReservationDetail.tsx';
import { ReservationFilterBar } from './ReservationFilterBar.tsx';
import { cleanReservationFilter } from './reservations-datasource.ts';
import { ReservationsGrid } from './ReservationsGrid.tsx';

function readReservationFilter(f: ViewFilter): ReservationFilter | null {
  const parsed = ReservationFilter.safeParse(f);
  return parsed.success ? parsed.data : null;
}

/** All reservations (brief 5.2): every filter as a removable tag, saved views, export to Excel. */
export function ReservationListWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const filter = useAppSelector((s) => s.ui.reservationFilter);
  const selectedId = useAppSelector((s) => s.ui.selectedReservationId);
  const { data: units } = useListBookingUnitsQuery();
  const [total, setTotal] = useState<number | null>(null);
  const [barKey, setBarKey] = useState(0);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const gridApiRef = useRef<GridApi<ReservationRow> | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<ReservationRow> | null>(null);
  const defaultFilter = useMemo<ReservationFilter>(() => ({ from: helsinkiToday() }), []);
  const clean = useMemo(() => cleanReservationFilter(filter), [filter]);

  const onFilter = useCallback((f: ReservationFilter) => dispatch(setReservationFilter(cleanReservationFilter(f))), [dispatch]);
  const showFilter = useCallback(
    (f: ReservationFilter) => {
      setBarKey((n) => n + 1);
      dispatch(setReservationFilter(f));
    },
    [dispatch],
  );
  const views = useGridViews<ReservationFilter>({
    gridId: 'bookings.reservations',
    api: gridApi as GridApi | null,
    filter: clean as ViewFilter,
    applyFilter: showFilter,
    readFilter: readReservationFilter,
    defaultFilter,
  });
  const onOpen = useCallback((id: string) => dispatch(openReservation(id)), [dispatch]);
  const onClose = useCallback(() => {
    dispatch(closeReservation());
    refocusGrid(gridApiRef.current);
  }, [dispatch]);
  useWorkspaceKeys(searchRef, Boolean(selectedId), onClose);
  const active = Object.keys(clean).length > 0;

  return (
    <div className="workspace workspace--bookings">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('bookings.list.title')}</h1>
        <span className="workspace__count" aria-live="polite" data-testid="reservations-count" data-total={total ?? ''}>
          {total == null ? '' : t('bookings.list.count', { count: total, formatted: formatInteger(total, lang) })}
        </span>
        <ClearFiltersButton active={active} onClear={() => showFilter({})} testId="bk-filters-clear" />
        <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => showFilter(defaultFilter)} data-testid="bk-filters-default">
          {t('bookings.list.defaults')}
        </Button>
        <div className="workspace__tools">
          <GridViewsBar control={views} />
          <ExportButton request={{ kind: 'xlsx', exportId: 'bookings.reservations', params: { filter: clean } }} testId="reservations-export" />
        </div>
      </div>
      <ReservationFilterBar key={barKey} filter={filter} units={units ?? []} onChange={onFilter} searchRef={searchRef} />
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
            onApi={setGridApi}
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
        side={selectedId ? <ReservationDetail key={selectedId} id={selectedId} onClose={onClose} /> : null}
      />
    </div>
  );
}
