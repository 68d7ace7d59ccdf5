import type { SortModelItem } from 'ag-grid-community';
import type { ChildPage, REGISTRY_SORT_COLUMNS, RegistryFilter, SearchChildrenInput } from '../../../../domain/culture-kids/contract.ts';
import type { PageQuery } from '../../grid-views/cache-datasource.ts';
import type { PurposeChoice } from './ck-session.ts';

type SortColumn = (typeof REGISTRY_SORT_COLUMNS)[number];
type Sort = NonNullable<SearchChildrenInput['sort']>;

/** Grid column id -> the core's sort column; other columns do not sort. */
const SORTABLE: Record<string, SortColumn> = { lastName: 'lastName', firstName: 'firstName', birthYear: 'birthYear', postalCode: 'postalCode', createdAt: 'createdAt' };

export function registrySort(model: readonly SortModelItem[]): Sort {
  for (const item of model) {
    const column = SORTABLE[item.colId];
    if (column) return { column, direction: item.sort === 'desc' ? 'desc' : 'asc' };
  }
  return { column: 'lastName', direction: 'asc' };
}

/** Drops empty parts, so that the core (and the export) sees only real constraints. */
export function cleanRegistryFilter(filter: RegistryFilter): RegistryFilter {
  const out: RegistryFilter = {};
  const text = filter.text?.trim();
  if (text) out.text = text.slice(0, 200);
  for (const key of ['cohortIds', 'birthYears', 'postalCodes', 'homeLanguages', 'participation'] as const) {
    const list = filter[key];
    if (list && list.length > 0) (out as Record<string, unknown>)[key] = list;
  }
  return out;
}

/** The grid's source: the registry filter with the session's purpose, which every read carries. */
export interface RegistryQuery {
  filter: RegistryFilter;
  purpose: PurposeChoice;
}

export const queryChildrenPage: PageQuery<RegistryQuery, ChildPage> = (invoke, { filter, purpose }, { sortModel, offset, limit }) =>
  invoke('cultureKids.searchChildren', {
    filter: cleanRegistryFilter(filter),
    sort: registrySort(sortModel),
    offset,
    limit,
    purpose: purpose.purpose,
    ...(purpose.purposeText ? { purposeText: purpose.purposeText } : {}),
  });
