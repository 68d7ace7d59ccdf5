import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ReservationRow } from '../../../../domain/bookings/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { formatDateTime, formatMoney, localized } from '../../format/format.ts';
import { SORTABLE_RESERVATION_COLUMNS } from './reservations-datasource.ts';
import { ReservationStateBadge } from './ReservationStateBadge.tsx';
import { timeRange, wholeEnds } from './booking-time.ts';
import { WRAPPED_CELL } from '../../grid-views/grid-theme.ts';

function StateCell(p: ICellRendererParams<ReservationRow>) {
  return p.data ? <ReservationStateBadge state={p.data.state} pending={p.data.pending} compact /> : null;
}

/** Behalf and staff bookings carry a prefix on their name, as handlers know them from Varaamo. */
function reservee(row: ReservationRow, t: TFunction): string {
  const prefix = row.type === 'NORMAL' || row.type === 'SEASONAL' ? '' : `${t(`bookings.typePrefix.${row.type}`)} | `;
  return `${prefix}${row.reserveeName}`;
}

/** The first block of a reservation's id (a UUID): what the search finds and a handler reads out. */
function shortReservationId(id: string): string {
  return /^[0-9a-f]{8}-/i.test(id) ? id.slice(0, 8) : id;
}

export function reservationColumns(t: TFunction, lang: Language): ColDef<ReservationRow>[] {
  const col = (def: ColDef<ReservationRow> & { colId: string }): ColDef<ReservationRow> => ({ sortable: Object.hasOwn(SORTABLE_RESERVATION_COLUMNS, def.colId), ...def });
  const key = { pinned: 'left', lockPinned: true, lockVisible: true, suppressMovable: true } as const;
  return [
    col({ ...key, ...WRAPPED_CELL, colId: 'beginsAt', field: 'beginsAt', headerName: t('bookings.grid.time'), width: 240, valueGetter: (p) => (p.data ? timeRange(p.data.beginsAt, p.data.endsAt, lang) : ''), valueFormatter: (p) => wholeEnds(p.value) }),
    col({ ...key, colId: 'state', field: 'state', headerName: t('bookings.grid.state'), width: 190, cellRenderer: StateCell }),
    col({ ...WRAPPED_CELL, colId: 'reserveeName', tooltipValueGetter: (p) => p.valueFormatted ?? p.value, field: 'reserveeName', headerName: t('bookings.grid.reservee'), width: 260, valueGetter: (p) => (p.data ? reservee(p.data, t) : '') }),
    col({ ...WRAPPED_CELL, colId: 'reservationUnitName', tooltipValueGetter: (p) => p.valueFormatted ?? p.value, headerName: t('bookings.grid.reservationUnit'), width: 220, valueGetter: (p) => (p.data ? localized(p.data.reservationUnitName, lang) : '') }),
    col({ ...WRAPPED_CELL, colId: 'unitName', tooltipValueGetter: (p) => p.valueFormatted ?? p.value, headerName: t('bookings.grid.unit'), width: 200, valueGetter: (p) => (p.data ? localized(p.data.unitName, lang) : '') }),
    col({ ...WRAPPED_CELL, colId: 'name', field: 'name', headerName: t('bookings.grid.name'), width: 200 }),
    col({ colId: 'type', field: 'type', headerName: t('bookings.grid.type'), width: 210, valueFormatter: (p) => (p.value ? t(`bookings.types.${p.value}`) : '') }),
    col({ colId: 'priceCents', field: 'priceCents', headerName: t('bookings.grid.price'), width: 120, type: 'numericColumn', valueFormatter: (p) => (p.data ? formatMoney(p.value, lang) : '') }),
    col({ colId: 'paymentStatus', field: 'paymentStatus', headerName: t('bookings.grid.payment'), width: 210, valueFormatter: (p) => (p.data ? t(`bookings.payment.${p.value ?? 'FREE'}`) : '') }),
    col({ colId: 'createdAt', field: 'createdAt', headerName: t('bookings.grid.created'), width: 190, valueFormatter: (p) => formatDateTime(p.value, lang) }),
    col({ colId: 'series', headerName: t('bookings.grid.series'), width: 150, valueGetter: (p) => (p.data ? (p.data.seriesId ? t('bookings.grid.recurring') : t('bookings.grid.single')) : '') }),
    // The id's first block is what a handler reads out or types into the search; the whole id is
    // in the detail and the tooltip.
    col({ colId: 'id', field: 'id', headerName: t('bookings.grid.id'), width: 120, tooltipField: 'id', valueFormatter: (p) => (p.value ? shortReservationId(p.value) : '') }),
  ];
}
