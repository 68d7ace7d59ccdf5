import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import type { CellKeyDownEvent, GridApi, GridReadyEvent, IDatasource, RowClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationFilter, ReservationRow } from '../../../../domain/bookings/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { useWindowInvoke } from '../../api/use-window-invoke.ts';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { asLanguage } from '../../format/locale.ts';
import { leaveOnTab } from '../../grid-views/grid-keys.ts';
import { hdsGridTheme } from '../../grid-views/grid-theme.ts';
import type { GridViewsControl } from '../../grid-views/useGridViews.ts';
import { AG_GRID_LOCALE } from '../../i18n/ag-grid-locale.ts';
import { useAppSelector } from '../../store/store.ts';
import { reservationColumns } from './reservation-columns.tsx';
import { createReservationsDatasource } from './reservations-datasource.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

const BLOCK_SIZE = 100;
const REFRESH_THROTTLE_MS = 400;
const DEFAULT_COL_DEF = { resizable: true, suppressHeaderMenuButton: true, suppressMovable: true };
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: false } as const;
const rowId = (p: { data: ReservationRow }) => p.data.id;
const NO_EVENTS: Partial<GridViewsControl['gridEvents']> = {};

type LoadState = { kind: 'loading' } | { kind: 'ready'; total: number } | { kind: 'error'; error: AppError };

/** The queue's and the list's grid: infinite rows from the core, Enter or a click opens a reservation. */
export function ReservationsGrid({
  filter,
  selectedId,
  onOpen,
  onTotal,
  gridApiRef,
  onApi,
  gridEvents = NO_EVENTS,
  empty,
  testId,
  title,
}: {
  filter: ReservationFilter;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onTotal: (total: number | null) => void;
  gridApiRef: React.RefObject<GridApi<ReservationRow> | null>;
  onApi?: (api: GridApi<ReservationRow>) => void;
  gridEvents?: Partial<GridViewsControl['gridEvents']>;
  /** What an empty result says (the queue's "nothing waiting" differs from the list's "no match"). */
  empty: ReactNode;
  testId: string;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const invoke = useWindowInvoke();
  const revision = useAppSelector((s) => s.ui.reservationsRevision);
  const [api, setApi] = useState<GridApi<ReservationRow> | null>(null);
  const [loadOf, setLoadOf] = useState<{ source: IDatasource | undefined; state: LoadState }>({ source: undefined, state: { kind: 'loading' } });
  const columnDefs = useMemo(() => reservationColumns(t, lang), [t, lang]);

  const datasource = useMemo(() => {
    if (!invoke) return undefined;
    const source: IDatasource = createReservationsDatasource(invoke, filter, {
      onBlock: (total) => {
        setLoadOf({ source, state: { kind: 'ready', total } });
        onTotal(total);
      },
      onError: (error) => {
        setLoadOf({ source, state: { kind: 'error', error } });
        onTotal(null);
      },
    });
    return source;
  }, [invoke, filter, onTotal]);
  const load: LoadState = loadOf.source === datasource ? loadOf.state : { kind: 'loading' };

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
    (e: GridReadyEvent<ReservationRow>) => {
      setApi(e.api);
      gridApiRef.current = e.api;
      onApi?.(e.api);
    },
    [gridApiRef, onApi],
  );
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<ReservationRow>) => {
      if ((e.event as KeyboardEvent | null)?.key === 'Enter' && e.data) onOpen(e.data.id);
    },
    [onOpen],
  );
  const onRowClicked = useCallback((e: RowClickedEvent<ReservationRow>) => e.data && onOpen(e.data.id), [onOpen]);

  return (
    <section className="grid-area" aria-label={title}>
      <p className="visually-hidden" id={`${testId}-help`}>
        {t('bookings.grid.help')}
      </p>
      <div className="grid-wrap" data-testid={testId} data-state={load.kind} aria-describedby={`${testId}-help`}>
        <AgGridReact<ReservationRow>
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
          suppressFocusAfterRefresh
          suppressColumnVirtualisation
          onGridReady={onGridReady}
          onColumnResized={gridEvents.onColumnResized}
          onColumnVisible={gridEvents.onColumnVisible}
          onColumnMoved={gridEvents.onColumnMoved}
          onSortChanged={gridEvents.onSortChanged}
          tabToNextCell={leaveOnTab}
          tabToNextHeader={leaveOnTab}
          onCellKeyDown={onCellKeyDown}
          onRowClicked={onRowClicked}
          localeText={AG_GRID_LOCALE[lang]}
          animateRows={false}
        />
        {load.kind === 'loading' ? (
          <div className="grid-overlay grid-overlay--soft">
            <LoadingState text={t('bookings.list.loading')} />
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
