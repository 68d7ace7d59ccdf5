import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClearFiltersButton } from '../../components/ClearFiltersButton.tsx';
import { ApplicationFilter, type ApplicationRow } from '../../../../domain/contract.ts';
import { GridViewsBar } from '../../grid-views/GridViewsBar.tsx';
import { ExportButton } from '../../files/ExportButton.tsx';
import { cleanFilter } from './applications-datasource.ts';
import type { ViewFilter } from '../../grid-views/grid-view-state.ts';
import { useGridViews } from '../../grid-views/useGridViews.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { SplitView } from '../../components/SplitView.tsx';
import { formatInteger } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { refocusGrid, useWorkspaceKeys } from '../../components/useWorkspaceKeys.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeApplication, openApplication, setFilter } from '../../store/ui-slice.ts';
import { ApplicationDetail } from './ApplicationDetail.tsx';
import { ApplicationsGrid } from './ApplicationsGrid.tsx';
import { FilterBar, hasActiveFilter } from './FilterBar.tsx';

const NO_FILTER: ApplicationFilter = {};
/** A saved view's filter, if it still reads as one (views outlive changes to the filter's shape). */
function readApplicationFilter(f: ViewFilter): ApplicationFilter | null {
  const parsed = ApplicationFilter.safeParse(f);
  return parsed.success ? parsed.data : null;
}

export function ApplicationsWorkspace({ user }: { user: StaffUser }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const filter = useAppSelector((s) => s.ui.filter);
  const selectedId = useAppSelector((s) => s.ui.selectedApplicationId);
  const suggestionsOpen = useAppSelector((s) => s.ui.suggestionsOpen);
  const [total, setTotal] = useState<number | null>(null);
  const [clearSignal, setClearSignal] = useState(0);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const gridApiRef = useRef<GridApi<ApplicationRow> | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<ApplicationRow> | null>(null);
  const [offerSeason, setOfferSeason] = useState<number | null>(null);

  const onFilter = useCallback((f: ApplicationFilter) => dispatch(setFilter(f)), [dispatch]);
  const onOpen = useCallback((id: string) => dispatch(openApplication({ id })), [dispatch]);
  const onClearFilters = useCallback(() => {
    // Remounting the bar empties its own (debounced) text box too.
    setClearSignal((n) => n + 1);
    dispatch(setFilter({}));
  }, [dispatch]);

  const showFilter = useCallback(
    (f: ApplicationFilter) => {
      setClearSignal((n) => n + 1);
      dispatch(setFilter(f));
    },
    [dispatch],
  );
  const views = useGridViews<ApplicationFilter>({
    gridId: 'berths.applications',
    api: gridApi as GridApi | null,
    filter: filter as ViewFilter,
    applyFilter: showFilter,
    readFilter: readApplicationFilter,
    defaultFilter: NO_FILTER,
  });

  const onClose = useCallback(() => {
    dispatch(closeApplication());
    refocusGrid(gridApiRef.current);
  }, [dispatch]);

  useWorkspaceKeys(searchRef, Boolean(selectedId), onClose);

  return (
    <div className="workspace workspace--applications">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('nav.applications')}</h1>
        <span className="workspace__count" aria-live="polite" data-testid="applications-count" data-total={total ?? ''}>
          {total == null ? '' : t('filters.results', { count: total, formatted: formatInteger(total, lang) })}
        </span>
        {/* Beside the count it changes; before the filters, so that Tab goes from the search to the grid. */}
        <ClearFiltersButton active={hasActiveFilter(filter)} onClear={onClearFilters} testId="filters-clear" />
        <div className="workspace__tools">
          <GridViewsBar control={views} />
          <ExportButton request={{ kind: 'xlsx', exportId: 'berths.applications', params: { filter: cleanFilter(filter) } }} testId="applications-export" />
        </div>
      </div>
      <FilterBar
        key={clearSignal}
        filter={filter}
        onChange={onFilter}
        searchRef={searchRef}
        offerSeason={offerSeason}
      />
      <SplitView
        storageKey="kuva.detailWidth"
        handleLabel={t('detail.resize')}
        sideWide={suggestionsOpen}
        main={
          <ApplicationsGrid
            filter={filter}
            selectedId={selectedId}
            onOpen={onOpen}
            onTotal={setTotal}
            onOfferSeason={setOfferSeason}
            onClearFilters={onClearFilters}
            gridApiRef={gridApiRef}
            onApi={setGridApi}
            gridEvents={views.gridEvents}
          />
        }
        side={selectedId ? <ApplicationDetail key={selectedId} id={selectedId} user={user} onClose={onClose} /> : null}
      />
    </div>
  );
}
