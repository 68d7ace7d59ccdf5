import type { SortModelItem } from 'ag-grid-community';
import type { ListReservationsInput, RESERVATION_SORT_COLUMNS, ReservationFilter, ReservationList } from '../../../../domain/bookings/contract.ts';
import type { PageQuery } from '../../grid-views/cache-datasource.ts';

type SortColumn = (typeof RESERVATION_SORT_COLUMNS)[number];
type Sort = NonNullable<ListReservationsInput['sort']>;

/** Grid column id -> the core's sort column; other columns do not sort. */
export const SORTABLE_RESERVATION_COLUMNS: Record<string, SortColumn> = {
  beginsAt: 'beginsAt',
  createdAt: 'createdAt',
  name: 'name',
  state: 'state',
  unitName: 'unit',
  reservationUnitName: 'reservationUnit',
  reserveeName: 'reservee',
  priceCents: 'price',
};

/** The grid's sort model as the core's sort; none = by begin time, soonest first. */
export function reservationSort(model: readonly SortModelItem[]): Sort {
  for (const item of model) {
    const column = SORTABLE_RESERVATION_COLUMNS[item.colId];
    if (column) return { column, direction: item.sort === 'desc' ? 'desc' : 'asc' };
  }
  return { column: 'beginsAt', direction: 'asc' };
}

/** Drops empty parts, so that the core (and a saved view) sees only real constraints. */
export function cleanReservationFilter(filter: ReservationFilter): ReservationFilter {
  const out: ReservationFilter = {};
  const text = filter.text?.trim();
  if (text) out.text = text.slice(0, 200);
  for (const key of ['states', 'types', 'unitIds', 'reservationUnitIds', 'payment'] as const) {
    const list = filter[key];
    if (list && list.length > 0) (out as Record<string, unknown>)[key] = list;
  }
  for (const key of ['from', 'to', 'createdFrom', 'createdTo', 'recurring'] as const) {
    if (filter[key]) (out as Record<string, unknown>)[key] = filter[key];
  }
  if (filter.priceMinCents !== undefined) out.priceMinCents = filter.priceMinCents;
  if (filter.priceMaxCents !== undefined) out.priceMaxCents = filter.priceMaxCents;
  return out;
}

/** The queue's and the list's page query: each block is one `bookings.listReservations` call. */
export const queryReservationsPage: PageQuery<ReservationFilter, ReservationList> = (invoke, filter, { sortModel, offset, limit }) =>
  invoke('bookings.listReservations', { filter: cleanReservationFilter(filter), sort: reservationSort(sortModel), offset, limit });
