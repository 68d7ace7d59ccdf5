import type { ApplyColumnStateParams, ColumnState } from 'ag-grid-community';
import type { GridViewState } from '../../../domain/contract.ts';

export type ViewFilter = GridViewState['filter'];

/** A grid's columns and sort as a view keeps them (AG Grid's column state, the parts we store). */
export function viewFromColumns(columns: readonly ColumnState[], filter: ViewFilter): GridViewState {
  const sorted = columns
    .filter((c) => c.sort === 'asc' || c.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .slice(0, 5)
    .map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }));
  return {
    columns: columns.slice(0, 60).map((c) => ({
      colId: c.colId,
      hide: Boolean(c.hide),
      // Flex columns size themselves: a stored width would freeze them at one screen's size.
      ...(c.width != null && !c.flex ? { width: Math.max(20, Math.min(2000, Math.round(c.width))) } : {}),
    })),
    sort: sorted,
    filter,
  };
}

/**
 * What AG Grid applies to show a view: its columns in its order, its sort and no other. Columns
 * the grid no longer has are skipped by AG Grid; columns the view does not know keep their defaults.
 */
export function columnsFromView(view: GridViewState, known: ReadonlySet<string>): ApplyColumnStateParams {
  const sortOf = new Map(view.sort.map((s, i) => [s.colId, { sort: s.sort, sortIndex: i }]));
  return {
    state: view.columns
      .filter((c) => known.has(c.colId))
      .map((c) => ({ colId: c.colId, hide: c.hide, ...(c.width ? { width: c.width } : {}), ...(sortOf.get(c.colId) ?? { sort: null }) })),
    applyOrder: true,
    defaultState: { sort: null },
  };
}
