import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import type { CellKeyDownEvent, GridApi, GridReadyEvent, IDatasource, ModelUpdatedEvent, RowClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { Button, ButtonVariant } from 'hds-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationFilter, ApplicationRow } from '../../../../domain/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { asLanguage } from '../../format/locale.ts';
import { AG_GRID_LOCALE } from '../../i18n/ag-grid-locale.ts';
import { useSyncStatusQuery } from '../../api/kuva-api.ts';
import { useWindowInvoke } from '../../api/use-window-invoke.ts';
import { useAppSelector } from '../../store/store.ts';
import { createApplicationsDatasource } from './applications-datasource.ts';
import { applicationColumns } from './columns.tsx';
import { hasActiveFilter } from './FilterBar.tsx';
import { hdsGridTheme } from '../../grid-views/grid-theme.ts';
import { leaveOnTab } from '../../grid-views/grid-keys.ts';
import type { GridViewsControl } from '../../grid-views/useGridViews.ts';

// Registered here, not in main.tsx, so the grid's code loads with the workspace that uses it.
ModuleRegistry.registerModules([AllCommunityModule]);

const BLOCK_SIZE = 100;
/** Change events can come in bursts (a pull page at a time): refresh at most this often. */
const REFRESH_THROTTLE_MS = 400;

const DEFAULT_COL_DEF = { resizable: true, suppressHeaderMenuButton: true, suppressMovable: true };
// Stable: a new object per render makes AG Grid redraw its rows.
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: false } as const;
const rowId = (p: { data: ApplicationRow }) => p.data.id;
const rowClassRules = { 'row--overdue': (p: { data?: ApplicationRow }) => Boolean(p.data?.overdue) };

let firstRowsMarked = false;

/** Once per page load, when rows first show: the benchmark reads this mark. */
function markFirstRows() {
  if (firstRowsMarked) return;
  firstRowsMarked = true;
  requestAnimationFrame(() => {
    performance.mark('kuva:applications-first-rows');
    document.body.dataset.applicationsReady = 'true';
  });
}

type LoadState = { kind: 'loading' } | { kind: 'ready'; total: number } | { kind: 'error'; error: AppError };

export function ApplicationsGrid({
  filter,
  selectedId,
  onOpen,
  onTotal,
  onOfferSeason,
  onClearFilters,
  gridApiRef,
  onApi,
  gridEvents,
}: {
  filter: ApplicationFilter;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onTotal: (total: number | null) => void;
  onOfferSeason: (season: number) => void;
  onClearFilters: () => void;
  gridApiRef: React.RefObject<GridApi<ApplicationRow> | null>;
  /** Each new grid instance (a new language builds one). */
  onApi: (api: GridApi<ApplicationRow>) => void;
  /** The saved views' listeners (grid-views/useGridViews). */
  gridEvents: GridViewsControl['gridEvents'];
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [loadOf, setLoadOf] = useState<{ source: IDatasource | undefined; state: LoadState }>({ source: undefined, state: { kind: 'loading' } });
  const revision = useAppSelector((s) => s.ui.applicationsRevision);
  const [api, setApi] = useState<GridApi<ApplicationRow> | null>(null);
  // During the first download an empty list means "not here yet", not "nothing matches".
  const { data: sync } = useSyncStatusQuery();
  const downloading = Boolean(sync?.bootstrap);

  const columnDefs = useMemo(() => applicationColumns(t, lang), [t, lang]);
  const context = useMemo(() => ({ lang, t }), [lang, t]);
  const invoke = useWindowInvoke();

  const datasource = useMemo(() => {
    if (!invoke) return undefined;
    const source: IDatasource = createApplicationsDatasource(invoke, filter, {
      onBlock: (total, _offset, _rows, offerSeason) => {
        setLoadOf({ source, state: { kind: 'ready', total } });
        onTotal(total);
        onOfferSeason(offerSeason);
      },
      onError: (error) => {
        setLoadOf({ source, state: { kind: 'error', error } });
        onTotal(null);
      },
    });
    return source;
  }, [invoke, filter, onTotal, onOfferSeason]);
  // A new filter means a new source: until it answers, the grid is loading.
  const load: LoadState = loadOf.source === datasource ? loadOf.state : { kind: 'loading' };

  // The core says application data changed: re-ask the cached blocks, throttled.
  const lastRefresh = useRef(0);
  useEffect(() => {
    if (!api || revision === 0) return;
    const wait = Math.max(0, lastRefresh.current + REFRESH_THROTTLE_MS - Date.now());
    const id = setTimeout(() => {
      lastRefresh.current = Date.now();
      api.refreshInfiniteCache();
    }, wait);
    return () => clearTimeout(id);
  }, [api, revision]);

  useEffect(() => {
    if (!api) return;
    api.deselectAll();
    if (selectedId) api.getRowNode(selectedId)?.setSelected(true);
  }, [api, selectedId]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<ApplicationRow>) => {
      setApi(e.api);
      gridApiRef.current = e.api;
      onApi(e.api);
    },
    [gridApiRef, onApi],
  );

  // Whether columns hide to the right of the scrolled view (the edge shade shows it).
  const [moreRight, setMoreRight] = useState(false);
  const checkMoreRight = useCallback((e: { api: GridApi<ApplicationRow> }) => {
    const range = e.api.getHorizontalPixelRange();
    const width = e.api.getDisplayedCenterColumns().reduce((sum, c) => sum + c.getActualWidth(), 0);
    setMoreRight(range.right < width - 1);
  }, []);

  const onModelUpdated = useCallback((e: ModelUpdatedEvent<ApplicationRow>) => {
    if (!firstRowsMarked && e.api.getDisplayedRowAtIndex(0)?.data) markFirstRows();
  }, []);

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<ApplicationRow>) => {
      const key = (e.event as KeyboardEvent | null)?.key;
      if (key === 'Enter' && e.data) onOpen(e.data.id);
    },
    [onOpen],
  );

  const onRowClicked = useCallback((e: RowClickedEvent<ApplicationRow>) => e.data && onOpen(e.data.id), [onOpen]);


  return (
    <section className="grid-area" aria-labelledby="applications-grid-title">
      <h2 id="applications-grid-title" className="visually-hidden">
        {t('grid.label')}
      </h2>
      <p className="visually-hidden" id="applications-grid-help">
        {t('grid.help')}
      </p>
      <div className="grid-wrap" data-testid="applications-grid" data-state={load.kind} data-more-right={moreRight} aria-describedby="applications-grid-help">
        {/* AG Grid reads its texts once: a new language builds the grid anew (rows come from the cache). */}
        <AgGridReact<ApplicationRow>
          key={lang}
          theme={hdsGridTheme}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={30}
          infiniteInitialRowCount={BLOCK_SIZE}
          maxConcurrentDatasourceRequests={2}
          blockLoadDebounceMillis={30}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={rowId}
          rowSelection={ROW_SELECTION}
          // AG Grid takes focus back for a while after redrawing a focused cell; on a busy machine
          // that lands after focus moved on (into the opened application). We move it ourselves.
          suppressFocusAfterRefresh
          // Fifteen columns at most: every cell is in the page, so that find-in-page, the screen
          // reader and a scroll to any column all reach it; rows stay virtual.
          suppressColumnVirtualisation
          onGridReady={onGridReady}
          onModelUpdated={onModelUpdated}
          onBodyScroll={checkMoreRight}
          onGridSizeChanged={checkMoreRight}
          onColumnResized={(e) => {
            checkMoreRight(e);
            gridEvents.onColumnResized(e);
          }}
          onColumnVisible={gridEvents.onColumnVisible}
          onColumnMoved={gridEvents.onColumnMoved}
          onSortChanged={gridEvents.onSortChanged}
          // Tab leaves the grid for the next area, as the help says; arrows move between cells.
          tabToNextCell={leaveOnTab}
          tabToNextHeader={leaveOnTab}
          context={context}
          rowClassRules={rowClassRules}
          onFirstDataRendered={checkMoreRight}
          onCellKeyDown={onCellKeyDown}
          onRowClicked={onRowClicked}
          localeText={AG_GRID_LOCALE[lang]}
          suppressCellFocus={false}
          alwaysShowHorizontalScroll
          animateRows={false}
        />
        {load.kind === 'loading' ? (
          <div className="grid-overlay grid-overlay--soft">
            <LoadingState text={t('states.loadingApplications')} />
          </div>
        ) : null}
        {load.kind === 'ready' && load.total === 0 ? (
          <div className="grid-overlay">
            {downloading ? (
              <LoadingState text={t('states.stillDownloading')} />
            ) : !hasActiveFilter(filter) ? (
              <EmptyState title={t('states.noApplications')} testId="applications-empty" />
            ) : (
              <EmptyState
                title={filter.text?.trim() ? t('states.noMatchForText', { text: filter.text.trim() }) : t('states.emptyTitle')}
                text={t('states.emptyText')}
                testId="applications-empty"
                icon="search"
              >
                <Button variant={ButtonVariant.Secondary} onClick={onClearFilters} data-testid="empty-clear-filters">
                  {t('filters.clear')}
                </Button>
              </EmptyState>
            )}
          </div>
        ) : null}
        {load.kind === 'error' ? (
          <div className="grid-overlay">
            <ErrorState
              error={load.error}
              onRetry={() => {
                setLoadOf({ source: datasource, state: { kind: 'loading' } });
                api?.purgeInfiniteCache();
              }}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
