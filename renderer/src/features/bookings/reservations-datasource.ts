import type { IDatasource, SortModelItem } from 'ag-grid-community';
import type { KuvaApi } from '../../../../domain/contract.ts';
import type { ListReservationsInput, RESERVATION_SORT_COLUMNS, ReservationFilter, ReservationRow } from '../../../../domain/bookings/contract.ts';
import type { AppError } from '../../../../domain/result.ts';

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

export interface ReservationSourceHooks {
  onBlock(total: number): void;
  onError(error: AppError): void;
}

/** Each block the grid asks for is one `bookings.listReservations` call; the total sizes the scrollbar. */
export function createReservationsDatasource(invoke: KuvaApi['invoke'], filter: ReservationFilter, hooks: ReservationSourceHooks): IDatasource {
  const clean = cleanReservationFilter(filter);
  return {
    getRows(params) {
      const input: ListReservationsInput = {
        filter: clean,
        sort: reservationSort(params.sortModel),
        offset: params.startRow,
        limit: Math.max(1, Math.min(1000, params.endRow - params.startRow)),
      };
      invoke('bookings.listReservations', input).then(
        (result) => {
          if (result.ok) {
            params.successCallback(result.value.rows satisfies ReservationRow[], result.value.total);
            hooks.onBlock(result.value.total);
          } else {
            params.failCallback();
            hooks.onError(result.error);
          }
        },
        (err: unknown) => {
          params.failCallback();
          hooks.onError({ code: 'internal', message: String(err) });
        },
      );
    },
  };
}
