import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ReservationRow } from '../../../../domain/bookings/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { formatDateTime, formatMoney, localized } from '../../format/format.ts';
import { SORTABLE_RESERVATION_COLUMNS } from './reservations-datasource.ts';
import { ReservationStateBadge } from './ReservationStateBadge.tsx';
import { timeRange } from './booking-time.ts';

function StateCell(p: ICellRendererParams<ReservationRow>) {
  return p.data ? <ReservationStateBadge state={p.data.state} pending={p.data.pending} compact /> : null;
}

/** Behalf and staff bookings carry a prefix on their name, as handlers know them from Varaamo. */
function reservee(row: ReservationRow, t: TFunction): string {
  const prefix = row.type === 'NORMAL' || row.type === 'SEASONAL' ? '' : `${t(`bookings.typePrefix.${row.type}`)} | `;
  return `${prefix}${row.reserveeName}`;
}

export function reservationColumns(t: TFunction, lang: Language): ColDef<ReservationRow>[] {
  const col = (def: ColDef<ReservationRow> & { colId: string }): ColDef<ReservationRow> => ({ sortable: Object.hasOwn(SORTABLE_RESERVATION_COLUMNS, def.colId), ...def });
  const key = { pinned: 'left', lockPinned: true, lockVisible: true, suppressMovable: true } as const;
  return [
    col({ ...key, colId: 'beginsAt', field: 'beginsAt', headerName: t('bookings.grid.time'), width: 280, valueGetter: (p) => (p.data ? timeRange(p.data.beginsAt, p.data.endsAt, lang) : '') }),
    col({ ...key, colId: 'state', field: 'state', headerName: t('bookings.grid.state'), width: 190, cellRenderer: StateCell }),
    col({ colId: 'reserveeName', field: 'reserveeName', headerName: t('bookings.grid.reservee'), width: 280, tooltipValueGetter: (p) => p.valueFormatted ?? p.value, valueGetter: (p) => (p.data ? reservee(p.data, t) : '') }),
    col({ colId: 'reservationUnitName', headerName: t('bookings.grid.reservationUnit'), width: 240, tooltipValueGetter: (p) => p.valueFormatted ?? p.value, valueGetter: (p) => (p.data ? localized(p.data.reservationUnitName, lang) : '') }),
    col({ colId: 'unitName', headerName: t('bookings.grid.unit'), width: 220, tooltipValueGetter: (p) => p.valueFormatted ?? p.value, valueGetter: (p) => (p.data ? localized(p.data.unitName, lang) : '') }),
    col({ colId: 'name', field: 'name', headerName: t('bookings.grid.name'), width: 200 }),
    col({ colId: 'type', field: 'type', headerName: t('bookings.grid.type'), width: 150, valueFormatter: (p) => (p.value ? t(`bookings.types.${p.value}`) : '') }),
    col({ colId: 'priceCents', field: 'priceCents', headerName: t('bookings.grid.price'), width: 120, type: 'numericColumn', valueFormatter: (p) => (p.data ? formatMoney(p.value, lang) : '') }),
    col({ colId: 'paymentStatus', field: 'paymentStatus', headerName: t('bookings.grid.payment'), width: 170, valueFormatter: (p) => (p.data ? t(`bookings.payment.${p.value ?? 'FREE'}`) : '') }),
    col({ colId: 'createdAt', field: 'createdAt', headerName: t('bookings.grid.created'), width: 190, valueFormatter: (p) => formatDateTime(p.value, lang) }),
    col({ colId: 'series', headerName: t('bookings.grid.series'), width: 120, valueGetter: (p) => (p.data ? (p.data.seriesId ? t('bookings.grid.recurring') : t('bookings.grid.single')) : '') }),
    col({ colId: 'id', field: 'id', headerName: t('bookings.grid.id'), width: 110 }),
  ];
}
