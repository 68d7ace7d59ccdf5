import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { HarbourOverviewRow } from '../../../../../domain/contract.ts';
import { asLanguage } from '../../../format/locale.ts';
import { AG_GRID_LOCALE } from '../../../i18n/ag-grid-locale.ts';
import { hdsGridTheme } from '../../../grid-views/grid-theme.ts';
import { useRowOpen } from '../../../grid-views/use-row-open.ts';
import { harbourColumns } from './harbour-columns.tsx';
import { leaveGridOnTab, leaveOnTab } from '../../../grid-views/grid-keys.ts';
import type { GridViewsControl } from '../../../grid-views/useGridViews.ts';
import '../../../grid-views/grid-modules.ts';

const DEFAULT_COL_DEF = { resizable: true, sortable: true, suppressHeaderMenuButton: true, suppressMovable: true };
// Stable: a new object per render makes AG Grid redraw its rows.
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: false } as const;
const idOf = (row: HarbourOverviewRow) => row.id;
const rowId = (p: { data: HarbourOverviewRow }) => idOf(p.data);

/** The harbours (57 rows): a client-side grid, sorted and filtered in the page. */
export function HarboursGrid({
  rows,
  season,
  includesOccupancy,
  state,
  selectedId,
  onOpen,
  overlay,
  gridApiRef,
  onApi,
  gridEvents,
}: {
  rows: HarbourOverviewRow[];
  season: number | null;
  includesOccupancy: boolean;
  state: 'loading' | 'ready' | 'error';
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** A loading, empty or error view over the rows. */
  overlay: ReactNode;
  gridApiRef: RefObject<GridApi<HarbourOverviewRow> | null>;
  /** Each new grid instance (a new language or role builds one). */
  onApi: (api: GridApi<HarbourOverviewRow>) => void;
  /** The saved views' listeners (grid-views/useGridViews). */
  gridEvents: GridViewsControl['gridEvents'];
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [api, setApi] = useState<GridApi<HarbourOverviewRow> | null>(null);
  const columnDefs = useMemo(() => harbourColumns(t, lang, season, includesOccupancy), [t, lang, season, includesOccupancy]);
  const context = useMemo(() => ({ lang }), [lang]);

  useEffect(() => {
    if (!api) return;
    api.deselectAll();
    if (selectedId) api.getRowNode(selectedId)?.setSelected(true);
  }, [api, selectedId, rows]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<HarbourOverviewRow>) => {
      setApi(e.api);
      gridApiRef.current = e.api;
      onApi(e.api);
    },
    [gridApiRef, onApi],
  );
  const { onCellKeyDown, onRowClicked } = useRowOpen(onOpen, idOf);

  return (
    <section className="grid-area" aria-labelledby="harbours-grid-title">
      <h2 id="harbours-grid-title" className="visually-hidden">
        {t('harbours.gridLabel')}
      </h2>
      <p className="visually-hidden" id="harbours-grid-help">
        {t('harbours.gridHelp')}
      </p>
      <div
        className="grid-wrap harbours-grid"
        onKeyDownCapture={leaveGridOnTab}
        data-testid="harbours-grid"
        data-state={state}
        data-count={state === 'ready' ? rows.length : ''}
        data-occupancy={includesOccupancy}
        aria-describedby="harbours-grid-help"
      >
        {/* AG Grid reads its texts once: a new language builds the grid anew. */}
        <AgGridReact<HarbourOverviewRow>
          key={`${lang}:${includesOccupancy}`}
          theme={hdsGridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          context={context}
          getRowId={rowId}
          rowSelection={ROW_SELECTION}
          // AG Grid takes focus back for a while after redrawing a focused cell; on a busy machine
          // that lands after focus moved on (into the opened harbour). We move it ourselves.
          suppressFocusAfterRefresh
          onGridReady={onGridReady}
          onCellKeyDown={onCellKeyDown}
          onRowClicked={onRowClicked}
          onColumnVisible={gridEvents.onColumnVisible}
          onColumnMoved={gridEvents.onColumnMoved}
          onColumnResized={gridEvents.onColumnResized}
          onSortChanged={gridEvents.onSortChanged}
          // Tab leaves the grid for the next area, as the help says; arrows move between cells.
          tabToNextCell={leaveOnTab}
          tabToNextHeader={leaveOnTab}
          localeText={AG_GRID_LOCALE[lang]}
          alwaysShowHorizontalScroll
          // The grid area styles its scrollbars 14px wide (app.css): flex columns must leave that room.
          scrollbarWidth={14}
          suppressNoRowsOverlay
          suppressLoadingOverlay
          animateRows={false}
        />
        {overlay ? <div className={`grid-overlay${state === 'loading' ? ' grid-overlay--soft' : ''}`}>{overlay}</div> : null}
      </div>
    </section>
  );
}
