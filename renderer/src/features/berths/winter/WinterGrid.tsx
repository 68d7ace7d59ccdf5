import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationRow } from '../../../../../domain/berths/winter-contract.ts';
import { asLanguage } from '../../../format/locale.ts';
import { leaveGridOnTab, leaveOnTab } from '../../../grid-views/grid-keys.ts';
import { hdsGridTheme } from '../../../grid-views/grid-theme.ts';
import { useRowOpen } from '../../../grid-views/use-row-open.ts';
import { AG_GRID_LOCALE } from '../../../i18n/ag-grid-locale.ts';
import { winterColumns } from './winter-columns.tsx';
import '../../../grid-views/grid-modules.ts';

const DEFAULT_COL_DEF = { resizable: true, sortable: true, suppressHeaderMenuButton: true, suppressMovable: true };
// Stable: a new object per render makes AG Grid redraw its rows.
const ROW_SELECTION = { mode: 'singleRow', checkboxes: false, enableClickSelection: false } as const;
const idOf = (row: WinterApplicationRow) => row.id;
const rowId = (p: { data: WinterApplicationRow }) => idOf(p.data);

/** The winter inbox (a few hundred rows a winter): a client-side grid, sorted in the page. */
export function WinterGrid({
  rows,
  state,
  selectedId,
  onOpen,
  overlay,
  onApi,
}: {
  rows: WinterApplicationRow[];
  state: 'loading' | 'ready' | 'error';
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** A loading, empty or error view over the rows. */
  overlay: ReactNode;
  onApi: (api: GridApi<WinterApplicationRow>) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [api, setApi] = useState<GridApi<WinterApplicationRow> | null>(null);
  const columnDefs = useMemo(() => winterColumns(t, lang), [t, lang]);

  useEffect(() => {
    if (!api) return;
    api.deselectAll();
    if (selectedId) api.getRowNode(selectedId)?.setSelected(true);
  }, [api, selectedId, rows]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<WinterApplicationRow>) => {
      setApi(e.api);
      onApi(e.api);
    },
    [onApi],
  );
  const { onCellKeyDown, onRowClicked } = useRowOpen(onOpen, idOf);

  return (
    <section className="grid-area" aria-labelledby="winter-grid-title">
      <h2 id="winter-grid-title" className="visually-hidden">
        {t('winter.grid.label')}
      </h2>
      <p className="visually-hidden" id="winter-grid-help">
        {t('winter.grid.help')}
      </p>
      <div onKeyDownCapture={leaveGridOnTab} className="grid-wrap" data-testid="winter-grid" data-state={state} data-count={state === 'ready' ? rows.length : ''} aria-describedby="winter-grid-help">
        {/* AG Grid reads its texts once: a new language builds the grid anew. */}
        <AgGridReact<WinterApplicationRow>
          key={lang}
          theme={hdsGridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          getRowId={rowId}
          rowSelection={ROW_SELECTION}
          // Focus moves into the opened case; AG Grid must not take it back after a refresh.
          suppressFocusAfterRefresh
          onGridReady={onGridReady}
          onCellKeyDown={onCellKeyDown}
          onRowClicked={onRowClicked}
          tabToNextCell={leaveOnTab}
          tabToNextHeader={leaveOnTab}
          localeText={AG_GRID_LOCALE[lang]}
          alwaysShowHorizontalScroll
          // The grid area styles its scrollbars 14px wide (app.css).
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
