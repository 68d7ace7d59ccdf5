import type { SortModelItem } from 'ag-grid-community';
import type { ApplicationFilter, ApplicationList, ListApplicationsInput } from '../../../../domain/contract.ts';
import type { APPLICATION_SORT_COLUMNS } from '../../../../domain/contract.ts';
import type { PageQuery } from '../../grid-views/cache-datasource.ts';

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

/**
 * The applications grid's page query: each block is one `berths.listApplications` call; its answer
 * also says which season offers are made for now.
 */
export const queryApplicationsPage: PageQuery<ApplicationFilter, ApplicationList> = (invoke, filter, { sortModel, offset, limit }) =>
  invoke('berths.listApplications', { filter: cleanFilter(filter), sort: sortFromModel(sortModel), offset, limit });
