import type { IDatasource, SortModelItem } from 'ag-grid-community';
import type { ApplicationFilter, ApplicationRow, KuvaApi, ListApplicationsInput } from '../../../../domain/contract.ts';
import type { APPLICATION_SORT_COLUMNS } from '../../../../domain/contract.ts';
import type { AppError } from '../../../../domain/result.ts';

type SortColumn = (typeof APPLICATION_SORT_COLUMNS)[number];
type Sort = NonNullable<ListApplicationsInput['sort']>;

/** Grid column id -> the backend's sort column. Columns not listed here are not sortable. */
export const SORTABLE_COLUMNS: Record<string, SortColumn> = {
  queuePosition: 'queue',
  reference: 'reference',
  receivedAt: 'receivedAt',
  applicantName: 'applicantName',
  boatWidth: 'boatWidth',
  boatLength: 'boatLength',
  status: 'status',
  season: 'season',
};

/** The grid's sort model as the backend's sort; no sort means the queue order. */
export function sortFromModel(model: readonly SortModelItem[]): Sort {
  for (const item of model) {
    const column = SORTABLE_COLUMNS[item.colId];
    if (column) return { column, direction: item.sort === 'desc' ? 'desc' : 'asc' };
  }
  return { column: 'queue', direction: 'asc' };
}

/** Drops empty parts so the backend sees only real constraints. */
export function cleanFilter(filter: ApplicationFilter): ApplicationFilter {
  const out: ApplicationFilter = {};
  if (filter.statuses && filter.statuses.length > 0) out.statuses = filter.statuses;
  if (filter.kind) out.kind = filter.kind;
  if (filter.harbourId) out.harbourId = filter.harbourId;
  const text = filter.text?.trim();
  if (text) out.text = text.slice(0, 200);
  // No season chosen = the season offers are made for now (the core's today decides which).
  if (filter.season !== 'all') out.season = filter.season ?? 'current';
  if (filter.overdue) out.overdue = true;
  return out;
}

export interface DatasourceHooks {
  onBlock(total: number, offset: number, rows: number, offerSeason: number): void;
  onError(error: AppError): void;
}

/**
 * Infinite row model source: each block the grid asks for is one `berths.listApplications` call
 * (offset/limit), and the total becomes the last row so the scrollbar is right from the start.
 */
export function createApplicationsDatasource(invoke: KuvaApi['invoke'], filter: ApplicationFilter, hooks: DatasourceHooks): IDatasource {
  const clean = cleanFilter(filter);
  return {
    getRows(params) {
      const input: ListApplicationsInput = {
        filter: clean,
        sort: sortFromModel(params.sortModel),
        offset: params.startRow,
        limit: Math.max(1, Math.min(1000, params.endRow - params.startRow)),
      };
      invoke('berths.listApplications', input).then(
        (result) => {
          if (result.ok) {
            params.successCallback(result.value.rows satisfies ApplicationRow[], result.value.total);
            hooks.onBlock(result.value.total, params.startRow, result.value.rows.length, result.value.offerSeason);
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
