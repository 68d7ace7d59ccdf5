import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { WinterApplicationRow } from '../../../../../domain/berths/winter-contract.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { formatDateTime, formatNumber2, localized } from '../../../format/format.ts';
import { INTL_LOCALE } from '../../../format/locale.ts';
import { StatusBadge } from '../StatusBadge.tsx';
import { WRAPPED_CELL } from '../../../grid-views/grid-theme.ts';

type Col = ColDef<WinterApplicationRow>;

function StatusCell(p: ICellRendererParams<WinterApplicationRow>) {
  if (!p.data) return null;
  return <StatusBadge status={p.data.status} pending={p.data.pending} compact />;
}

/** The inbox's columns: who and what first, then where and how far the case has come. */
export function winterColumns(t: TFunction, lang: Language): Col[] {
  const collator = new Intl.Collator(INTL_LOCALE[lang]);
  const text = (a: string, b: string) => collator.compare(a, b);
  const key = { pinned: 'left', lockPinned: true, lockVisible: true } as const;
  return [
    { ...key, colId: 'reference', field: 'reference', headerName: t('winter.grid.reference'), width: 136 },
    {
      ...key,
      colId: 'status',
      headerName: t('winter.grid.status'),
      width: 180,
      // The pending mark is part of the value: AG Grid redraws a cell only when its value changes.
      valueGetter: (p) => (p.data ? `${p.data.status}${p.data.pending ? ' …' : ''}` : ''),
      cellRenderer: StatusCell,
    },
    {
      colId: 'applicant',
      field: 'applicantName',
      headerName: t('winter.grid.applicant'),
      width: 220,
      ...WRAPPED_CELL,
      comparator: text,
    },
    { colId: 'boat', field: 'boatRegistration', headerName: t('winter.grid.boat'), width: 120 },
    {
      colId: 'size',
      headerName: t('winter.grid.size'),
      width: 168,
      type: 'numericColumn',
      // Sorted by width, the measure a place is matched on first.
      valueGetter: (p) => p.data?.boatWidth ?? null,
      valueFormatter: (p) => (p.data ? `${formatNumber2(p.data.boatWidth, lang)} × ${formatNumber2(p.data.boatLength, lang)}\u00a0m` : ''),
    },
    {
      colId: 'area',
      headerName: t('winter.grid.area'),
      width: 240,
      ...WRAPPED_CELL,
      // A marked lease names its place ("Rajasaari B-12"); otherwise the first chosen area.
      valueGetter: (p) => (p.data ? localized(p.data.lease?.placeLabel ?? p.data.areaName, lang) : ''),
      comparator: text,
    },
    // "Anmälan om upptagningsordning" is longer than the column: two lines, not cut.
    { colId: 'type', field: 'areaType', headerName: t('winter.grid.type'), width: 190, ...WRAPPED_CELL, valueFormatter: (p) => (p.value ? t(`winter.types.${p.value}`) : '') },
    {
      colId: 'invoice',
      headerName: t('winter.grid.invoice'),
      width: 170,
      valueGetter: (p) => (p.data ? (p.data.lease ? t(`berthOrders.statuses.${p.data.lease.invoiceStatus}`) : t('winter.grid.noInvoice')) : ''),
    },
    {
      colId: 'sticker',
      headerName: t('winter.grid.sticker'),
      width: 104,
      type: 'numericColumn',
      valueGetter: (p) => p.data?.lease?.stickerNumber ?? null,
      valueFormatter: (p) => (p.value == null ? '' : String(p.value)),
    },
    { colId: 'received', field: 'receivedAt', headerName: t('winter.grid.received'), width: 190, valueFormatter: (p) => formatDateTime(p.value as string, lang), initialSort: 'asc' },
  ];
}
