import type { GridApi, IRowNode, RowSelectionOptions, SelectionChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../../domain/languages.ts';
import { asLanguage } from '../../../format/locale.ts';
import { AG_GRID_LOCALE } from '../../../i18n/ag-grid-locale.ts';
import { hdsGridTheme } from '../../../grid-views/grid-theme.ts';
import { leaveGridOnTab, leaveOnTab } from '../../../grid-views/grid-keys.ts';
import { useRowOpen } from '../../../grid-views/use-row-open.ts';
import { allocationColumns } from './allocation-columns.tsx';
import type { ReviewRow } from './adjusted-rows.ts';
import '../../../grid-views/grid-modules.ts';

const DEFAULT_COL_DEF = { resizable: true, sortable: true, suppressHeaderMenuButton: true, suppressMovable: true };
const applicationIdOf = (row: ReviewRow) => row.applicationId;
const rowId = (p: { data: ReviewRow }) => applicationIdOf(p.data);
const hasBerth = (n: IRowNode<ReviewRow>) => n.data?.berthId != null;
// Ticked rows are sent; only a row with a berth can be ticked. Space ticks the focused row.
const ROW_SELECTION: RowSelectionOptions<ReviewRow> = { mode: 'multiRow', checkboxes: true, headerCheckbox: true, enableClickSelection: false, isRowSelectable: hasBerth };
const rowClass = (p: { data?: ReviewRow }) =>
  p.data?.adjusted === 'dropped' ? 'alloc-row--dropped' : p.data?.adjusted === 'changed' ? 'alloc-row--changed' : p.data?.berthId === null ? 'alloc-row--none' : '';

/**
 * The proposal in queue order; Enter (or a click) on a row opens it to change or drop its berth.
 * The tick box says which rows are sent: every row with a berth is ticked unless the handler
 * unticked it (`unticked`, kept by the page so the grid only mirrors it).
 */
export function AllocationGrid({
  rows,
  unticked,
  onUntickedChange,
  harbourName,
  state,
  overlay,
  onOpen,
  gridApiRef,
}: {
  rows: ReviewRow[];
  unticked: ReadonlySet<string>;
  onUntickedChange: (unticked: Set<string>) => void;
  harbourName: (id: string) => Localized | null;
  state: 'loading' | 'ready' | 'error';
  overlay: ReactNode;
  onOpen: (applicationId: string) => void;
  gridApiRef: RefObject<GridApi<ReviewRow> | null>;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const columnDefs = useMemo(() => allocationColumns(t, lang, harbourName), [t, lang, harbourName]);
  const context = useMemo(() => ({ t, lang }), [t, lang]);
  const { onCellKeyDown, onRowClicked } = useRowOpen(onOpen, applicationIdOf);
  const [api, setApi] = useState<GridApi<ReviewRow> | null>(null);
  useEffect(() => {
    if (!api) return;
    const on: IRowNode<ReviewRow>[] = [];
    const off: IRowNode<ReviewRow>[] = [];
    api.forEachNode((n) => {
      const want = hasBerth(n) && !unticked.has(n.data!.applicationId);
      if (n.isSelected() !== want) (want ? on : off).push(n);
    });
    if (on.length) api.setNodesSelected({ nodes: on, newValue: true, source: 'api' });
    if (off.length) api.setNodesSelected({ nodes: off, newValue: false, source: 'api' });
  }, [api, rows, unticked]);
  const onSelectionChanged = useCallback(
    (e: SelectionChangedEvent<ReviewRow>) => {
      if (e.source === 'api') return;
      const ticked = new Set(e.api.getSelectedRows().map((r) => r.applicationId));
      onUntickedChange(new Set(rows.filter((r) => r.berthId !== null && !ticked.has(r.applicationId)).map((r) => r.applicationId)));
    },
    [rows, onUntickedChange],
  );

  return (
    <section className="grid-area" aria-labelledby="allocation-grid-title">
      <h2 id="allocation-grid-title" className="visually-hidden">
        {t('allocation.gridLabel')}
      </h2>
      <p className="visually-hidden" id="allocation-grid-help">
        {t('allocation.gridHelp')}
      </p>
      <div onKeyDownCapture={leaveGridOnTab} className="grid-wrap allocation-grid" data-testid="allocation-grid" data-state={state} data-count={state === 'ready' ? rows.length : ''} aria-describedby="allocation-grid-help">
        <AgGridReact<ReviewRow>
          key={lang}
          theme={hdsGridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          context={context}
          getRowId={rowId}
          getRowClass={rowClass}
          rowSelection={ROW_SELECTION}
          onSelectionChanged={onSelectionChanged}
          suppressFocusAfterRefresh
          onGridReady={(e) => {
            gridApiRef.current = e.api;
            setApi(e.api);
          }}
          onRowDataUpdated={(e) => setApi(e.api)}
          onCellKeyDown={onCellKeyDown}
          onRowClicked={onRowClicked}
          tabToNextCell={leaveOnTab}
          tabToNextHeader={leaveOnTab}
          localeText={AG_GRID_LOCALE[lang]}
          alwaysShowHorizontalScroll
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
