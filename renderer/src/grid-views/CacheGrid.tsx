import type { ColDef, GridApi, GridReadyEvent, IDatasource, ModelUpdatedEvent, RowClassRules } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../domain/result.ts';
import { useWindowInvoke } from '../api/use-window-invoke.ts';
import { ErrorState, LoadingState } from '../components/StateViews.tsx';
import { asLanguage } from '../format/locale.ts';
import { AG_GRID_LOCALE } from '../i18n/ag-grid-locale.ts';
import { createCacheDatasource, type Page, type PageQuery } from './cache-datasource.ts';
import { leaveGridOnTab, leaveOnTab } from './grid-keys.ts';
import { hdsGridTheme } from './grid-theme.ts';
import type { GridViewsControl } from './useGridViews.ts';
import { useRowOpen } from './use-row-open.ts';
import './grid-modules.ts';

const BLOCK_SIZE = 100;
/** Change events can come in bursts (a pull page at a time): refresh at most this often. */
const REFRESH_THROTTLE_MS = 400;

const DEFAULT_COL_DEF = { resizable: true, suppressHeaderMenuButton: true, suppressMovable: true };
// Stable: a new object per render makes AG Grid redraw its rows.
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: false } as const;
const NO_EVENTS: Partial<GridViewsControl['gridEvents']> = {};
const idOf = (row: { id: string }) => row.id;

type LoadState = { kind: 'loading' } | { kind: 'ready'; total: number } | { kind: 'error'; error: AppError };

export interface CacheGridProps<Row, F, P extends Page<Row>> {
  /** The grid's test id; its help text's id is built from it. */
  testId: string;
  /** Names the grid's region. */
  title: string;
  /** The region is named by a visually hidden heading (so it is in the page's outline), not by a label. */
  titleAsHeading?: boolean;
  /** How the keyboard works in the grid, for the screen reader. */
  help: string;
  loadingText: string;
  columnDefs: ColDef<Row>[];
  /** Handed to cell renderers. */
  context?: unknown;
  rowClassRules?: RowClassRules<Row>;
  /** Many columns: the horizontal scrollbar always shows, and the edge shade tells of columns to the right. */
  wide?: boolean;
  /** The rows: one call of `query` per block, under `filter` (a new filter is a new source). */
  query: PageQuery<F, P>;
  filter: F;
  /** Bumped when the core says the grid's data changed: the cached blocks are asked again. */
  revision: number;
  /** A row's id; stable (module level). The default reads `row.id`. */
  rowId?: (row: Row) => string;
  selectedId: string | null;
  /** Enter or a click on a row. */
  onOpen: (id: string) => void;
  /** The number of matching rows, or null when the query failed. */
  onTotal: (total: number | null) => void;
  /** Each answered block, for what the workspace reads from it beyond the rows. */
  onPage?: (page: P) => void;
  /** When rows first show in a grid instance. */
  onFirstRows?: () => void;
  /** Each new grid instance (a new language builds one). */
  onApi?: (api: GridApi<Row>) => void;
  /** The saved views' listeners (useGridViews). */
  gridEvents?: Partial<GridViewsControl['gridEvents']>;
  /** What an empty result shows. */
  empty: ReactNode;
}

/**
 * A workspace's grid over the core's cache: infinite rows a block at a time, refreshed when the
 * data changes, the selected row marked, Enter or a click opens a row, Tab leaves the grid, and
 * loading, empty and error states over it.
 */
export function CacheGrid<Row, F, P extends Page<Row>>({
  testId,
  title,
  titleAsHeading = false,
  help,
  loadingText,
  columnDefs,
  context,
  rowClassRules,
  wide = false,
  query,
  filter,
  revision,
  rowId = idOf as (row: Row) => string,
  selectedId,
  onOpen,
  onTotal,
  onPage,
  onFirstRows,
  onApi,
  gridEvents = NO_EVENTS,
  empty,
}: CacheGridProps<Row, F, P>) {
  const { i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const invoke = useWindowInvoke();
  const [api, setApi] = useState<GridApi<Row> | null>(null);
  const [loadOf, setLoadOf] = useState<{ source: IDatasource | undefined; state: LoadState }>({ source: undefined, state: { kind: 'loading' } });

  const datasource = useMemo(() => {
    if (!invoke) return undefined;
    const source: IDatasource = createCacheDatasource(invoke, query, filter, {
      onPage: (page) => {
        // Every block answers: the grid draws again only when what it shows over the rows changes.
        setLoadOf((now) => (now.source === source && now.state.kind === 'ready' && now.state.total === page.total ? now : { source, state: { kind: 'ready', total: page.total } }));
        onTotal(page.total);
        onPage?.(page);
      },
      onError: (error) => {
        setLoadOf({ source, state: { kind: 'error', error } });
        onTotal(null);
      },
    });
    return source;
  }, [invoke, query, filter, onTotal, onPage]);
  // A new filter means a new source: until it answers, the grid is loading.
  const load: LoadState = loadOf.source === datasource ? loadOf.state : { kind: 'loading' };

  // The core says the data changed: re-ask the cached blocks, throttled.
  // AG Grid destroys its grid when the grid leaves the page (or a new language builds another),
  // and this component's effect cleanups run only after that, in a later task: a refresh due in
  // between would meet a destroyed grid (AG Grid warning #26), so it checks first.
  const lastRefresh = useRef(0);
  useEffect(() => {
    if (!api || revision === 0) return;
    const wait = Math.max(0, lastRefresh.current + REFRESH_THROTTLE_MS - Date.now());
    const id = setTimeout(() => {
      if (api.isDestroyed()) return;
      lastRefresh.current = Date.now();
      api.refreshInfiniteCache();
    }, wait);
    return () => clearTimeout(id);
  }, [api, revision]);

  useEffect(() => {
    if (!api || api.isDestroyed()) return;
    api.deselectAll();
    if (selectedId) api.getRowNode(selectedId)?.setSelected(true);
  }, [api, selectedId]);

  const getRowId = useCallback((p: { data: Row }) => rowId(p.data), [rowId]);
  const onGridReady = useCallback(
    (e: GridReadyEvent<Row>) => {
      setApi(e.api);
      onApi?.(e.api);
    },
    [onApi],
  );

  // Whether columns hide to the right of the scrolled view (the edge shade shows it).
  const [moreRight, setMoreRight] = useState(false);
  const checkMoreRight = useCallback((e: { api: GridApi<Row> }) => {
    const range = e.api.getHorizontalPixelRange();
    const width = e.api.getDisplayedCenterColumns().reduce((sum, c) => sum + c.getActualWidth(), 0);
    setMoreRight(range.right < width - 1);
  }, []);

  const onModelUpdated = useCallback(
    (e: ModelUpdatedEvent<Row>) => {
      if (e.api.getDisplayedRowAtIndex(0)?.data) onFirstRows?.();
    },
    [onFirstRows],
  );

  const { onCellKeyDown, onRowClicked } = useRowOpen(onOpen, rowId);

  const helpId = `${testId}-help`;
  const titleId = `${testId}-title`;
  return (
    <section className="grid-area" aria-labelledby={titleAsHeading ? titleId : undefined} aria-label={titleAsHeading ? undefined : title}>
      {titleAsHeading ? (
        <h2 id={titleId} className="visually-hidden">
          {title}
        </h2>
      ) : null}
      <p className="visually-hidden" id={helpId}>
        {help}
      </p>
      <div onKeyDownCapture={leaveGridOnTab} className="grid-wrap" data-testid={testId} data-state={load.kind} data-more-right={wide ? moreRight : undefined} aria-describedby={helpId}>
        {/* AG Grid reads its texts once: a new language builds the grid anew (rows come from the cache). */}
        <AgGridReact<Row>
          key={lang}
          theme={hdsGridTheme}
          rowModelType="infinite"
          datasource={datasource}
          cacheBlockSize={BLOCK_SIZE}
          maxBlocksInCache={30}
          infiniteInitialRowCount={BLOCK_SIZE}
          maxConcurrentDatasourceRequests={2}
          // Four rows drawn beyond each edge, not AG Grid's ten: every cell is in the page (below),
          // and after a sort or filter the layout of fewer new rows shows the first ones sooner.
          rowBuffer={4}
          // No debounce before a block loads: it held every first block (a load, a sort, a filter)
          // 30 ms. A fast scroll still loads little: AG Grid drops blocks that wait beyond two
          // once they leave the view, and the core answers a block in milliseconds.
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={getRowId}
          rowSelection={ROW_SELECTION}
          // AG Grid takes focus back for a while after redrawing a focused cell; on a busy machine
          // that lands after focus moved on (into the opened row). We move it ourselves.
          suppressFocusAfterRefresh
          // Fifteen columns at most: every cell is in the page, so that find-in-page, the screen
          // reader and a scroll to any column all reach it; rows stay virtual.
          suppressColumnVirtualisation
          onGridReady={onGridReady}
          onModelUpdated={onFirstRows ? onModelUpdated : undefined}
          onBodyScroll={wide ? checkMoreRight : undefined}
          onGridSizeChanged={wide ? checkMoreRight : undefined}
          onFirstDataRendered={wide ? checkMoreRight : undefined}
          onColumnResized={(e) => {
            if (wide) checkMoreRight(e);
            gridEvents.onColumnResized?.(e);
          }}
          onColumnVisible={gridEvents.onColumnVisible}
          onColumnMoved={gridEvents.onColumnMoved}
          onSortChanged={gridEvents.onSortChanged}
          // Tab leaves the grid for the next area, as the help says; arrows move between cells.
          tabToNextCell={leaveOnTab}
          tabToNextHeader={leaveOnTab}
          context={context}
          rowClassRules={rowClassRules}
          onCellKeyDown={onCellKeyDown}
          onRowClicked={onRowClicked}
          localeText={AG_GRID_LOCALE[lang]}
          alwaysShowHorizontalScroll={wide}
          animateRows={false}
        />
        {load.kind === 'loading' ? (
          <div className="grid-overlay grid-overlay--soft">
            <LoadingState text={loadingText} />
          </div>
        ) : null}
        {load.kind === 'ready' && load.total === 0 ? <div className="grid-overlay">{empty}</div> : null}
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
