import type { GridApi } from 'ag-grid-community';
import { useCallback, useState } from 'react';
import type { ViewFilter } from './grid-view-state.ts';
import { useGridViews, type GridViewsControl } from './useGridViews.ts';

/** The filter's schema: a saved view's filter is used only if it still reads as one (views outlive changes to its shape). */
interface FilterSchema<F> {
  safeParse(value: unknown): { success: true; data: F } | { success: false };
}

export interface FilterViewsOptions<F> {
  gridId: string;
  api: GridApi | null;
  /** The filter now, as a view stores it. */
  filter: F;
  /** Puts a filter in place (the store). */
  setFilter: (filter: F) => void;
  schema: FilterSchema<F>;
  defaultFilter: F;
}

/**
 * Saved views of a grid with a filter bar. Showing a filter that did not come from the bar (a
 * view, "clear filters") also remounts the bar under the new `barKey`: it holds its own debounced
 * text, which must show the new filter too.
 */
export function useFilterViews<F>({ gridId, api, filter, setFilter, schema, defaultFilter }: FilterViewsOptions<F>): {
  views: GridViewsControl;
  barKey: number;
  showFilter: (filter: F) => void;
} {
  const [barKey, setBarKey] = useState(0);
  const showFilter = useCallback(
    (f: F) => {
      setBarKey((n) => n + 1);
      setFilter(f);
    },
    [setFilter],
  );
  const readFilter = useCallback((f: ViewFilter) => {
    const parsed = schema.safeParse(f);
    return parsed.success ? parsed.data : null;
  }, [schema]);
  const views = useGridViews<F>({ gridId, api, filter: filter as ViewFilter, applyFilter: showFilter, readFilter, defaultFilter });
  return { views, barKey, showFilter };
}
