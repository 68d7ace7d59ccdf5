import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../domain/languages.ts';
import type { ApplicationRow } from '../../../../domain/contract.ts';
import { formatDateTime, formatIsoDate, formatMetres, localized } from '../../format/format.ts';
import { SORTABLE_COLUMNS } from './applications-datasource.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { WRAPPED_CELL } from '../../grid-views/grid-theme.ts';

function StatusCell(p: ICellRendererParams<ApplicationRow>) {
  if (!p.data) return null;
  return <StatusBadge status={p.data.status} pending={p.data.pending} compact />;
}

/** The offer's due date; past it, a badge says the offer is overdue (domain/berths/overdue.ts). */
function DueDateCell(p: ICellRendererParams<ApplicationRow>) {
  const lang = (p.context as { lang: Language } | undefined)?.lang ?? 'fi';
  const t = (p.context as { t?: TFunction } | undefined)?.t;
  if (!p.data?.offerDueDate) return null;
  return (
    <span className="due-date" data-overdue={p.data.overdue}>
      <span className="ag-cell-value-text">{formatIsoDate(p.data.offerDueDate, lang)}</span>
      {p.data.overdue && t ? <span className="overdue-badge">{t('grid.overdue')}</span> : null}
    </span>
  );
}

const PRIORITY_KEY = { 0: 'priority.low', 1: 'priority.normal', 2: 'priority.high' } as const;

export function applicationColumns(t: TFunction, lang: Language): ColDef<ApplicationRow>[] {
  const sortable = (colId: string) => Object.hasOwn(SORTABLE_COLUMNS, colId);
  const col = (def: ColDef<ApplicationRow> & { colId: string }): ColDef<ApplicationRow> => ({ sortable: sortable(def.colId), ...def });
  // Queue, reference and status stay pinned: they identify a row however far the rest scrolls.
  const key = { pinned: 'left', lockPinned: true, lockVisible: true, suppressMovable: true } as const;
  return [
    col({ ...key, colId: 'queuePosition', field: 'queuePosition', headerName: t('grid.queue'), width: 84, type: 'numericColumn', valueFormatter: (p) => (p.data ? (p.value == null ? '–' : String(p.value)) : '') }),
    col({ ...key, colId: 'reference', field: 'reference', headerName: t('grid.reference'), width: 128 }),
    col({ ...key, colId: 'status', field: 'status', headerName: t('grid.status'), width: 200, cellRenderer: StatusCell }),
    // Who and what boat come first: they are what a handler reads a row for.
    col({
      colId: 'applicantName',
      field: 'applicantName',
      headerName: t('grid.applicant'),
      width: 240,
      // A company's name makes it long: it wraps onto a second line rather than being cut.
      ...WRAPPED_CELL,
      valueFormatter: (p) => (p.data ? (p.data.companyName ? `${p.data.applicantName} (${p.data.companyName})` : p.data.applicantName) : ''),
    }),
    col({
      colId: 'boat',
      headerName: t('grid.boat'),
      width: 220,
      valueGetter: (p) => (p.data ? [p.data.boatRegistration, p.data.boatName].filter(Boolean).join(' · ') : ''),
    }),
    col({ colId: 'boatWidth', field: 'boatWidth', headerName: t('grid.width'), width: 100, type: 'numericColumn', valueFormatter: (p) => formatMetres(p.value, lang) }),
    col({ colId: 'boatLength', field: 'boatLength', headerName: t('grid.length'), width: 100, type: 'numericColumn', valueFormatter: (p) => formatMetres(p.value, lang) }),
    col({
      colId: 'firstChoice',
      headerName: t('grid.firstChoice'),
      width: 300,
      // Harbour names run long ("Naurissalmen venesatama (Kipparlahdensilmukka 9)"): two lines, not cut.
      ...WRAPPED_CELL,
      valueGetter: (p) => (p.data ? localized(p.data.firstChoice, lang) : ''),
    }),
    col({ colId: 'kind', field: 'kind', headerName: t('grid.kind'), width: 124, valueFormatter: (p) => (p.value ? t(`kinds.${p.value}`) : '') }),
    col({ colId: 'season', field: 'season', headerName: t('grid.season'), width: 96, type: 'numericColumn' }),
    col({ colId: 'receivedAt', field: 'receivedAt', headerName: t('grid.receivedAt'), width: 204, valueFormatter: (p) => formatDateTime(p.value, lang) }),
    col({ colId: 'dueDate', headerName: t('grid.dueDate'), width: 240, cellRenderer: DueDateCell, cellClass: 'cell--due' }),
    col({ colId: 'priority', field: 'priority', headerName: t('grid.priority'), width: 104, valueFormatter: (p) => (p.value == null ? '' : t(PRIORITY_KEY[p.value as 0 | 1 | 2])) }),
    col({ colId: 'municipality', field: 'municipality', headerName: t('grid.municipality'), width: 150 }),
    col({ colId: 'choiceCount', field: 'choiceCount', headerName: t('grid.choices'), width: 116, type: 'numericColumn' }),
  ];
}
