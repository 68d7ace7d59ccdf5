import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import type { CellKeyDownEvent, GridApi, RowClickedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../../domain/languages.ts';
import { asLanguage } from '../../../format/locale.ts';
import { AG_GRID_LOCALE } from '../../../i18n/ag-grid-locale.ts';
import { hdsGridTheme } from '../../../grid-views/grid-theme.ts';
import { leaveOnTab } from '../../../grid-views/grid-keys.ts';
import { allocationColumns } from './allocation-columns.tsx';
import type { ReviewRow } from './adjusted-rows.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

const DEFAULT_COL_DEF = { resizable: true, sortable: true, suppressHeaderMenuButton: true, suppressMovable: true };
const rowId = (p: { data: ReviewRow }) => p.data.applicationId;
const rowClass = (p: { data?: ReviewRow }) => (p.data?.adjusted === 'dropped' ? 'alloc-row--dropped' : p.data?.berthId === null ? 'alloc-row--none' : '');

/** The proposal in queue order; Enter (or a click) on a row opens it to change or drop its berth. */
export function AllocationGrid({
  rows,
  harbourName,
  state,
  overlay,
  onOpen,
  gridApiRef,
}: {
  rows: ReviewRow[];
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
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<ReviewRow>) => {
      if ((e.event as KeyboardEvent | null)?.key === 'Enter' && e.data) onOpen(e.data.applicationId);
    },
    [onOpen],
  );
  const onRowClicked = useCallback((e: RowClickedEvent<ReviewRow>) => e.data && onOpen(e.data.applicationId), [onOpen]);

  return (
    <section className="grid-area" aria-labelledby="allocation-grid-title">
      <h2 id="allocation-grid-title" className="visually-hidden">
        {t('allocation.gridLabel')}
      </h2>
      <p className="visually-hidden" id="allocation-grid-help">
        {t('allocation.gridHelp')}
      </p>
      <div className="grid-wrap allocation-grid" data-testid="allocation-grid" data-state={state} data-count={state === 'ready' ? rows.length : ''} aria-describedby="allocation-grid-help">
        <AgGridReact<ReviewRow>
          key={lang}
          theme={hdsGridTheme}
          rowData={rows}
          columnDefs={columnDefs}
          defaultColDef={DEFAULT_COL_DEF}
          context={context}
          getRowId={rowId}
          getRowClass={rowClass}
          suppressFocusAfterRefresh
          onGridReady={(e) => {
            gridApiRef.current = e.api;
          }}
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
