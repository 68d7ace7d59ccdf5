import type { Column, GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SavedGridView } from '../../../domain/contract.ts';
import type { AppError } from '../../../domain/result.ts';
import { asAppError } from '../api/base-query.ts';
import { columnsFromView, viewFromColumns, type ViewFilter } from './grid-view-state.ts';
import { useGridViewsKeepMutation, useGridViewsListQuery, useGridViewsRemoveMutation, useGridViewsRenameMutation, useGridViewsSaveMutation } from './grid-views-api.ts';

/** Column changes come in runs (a drag of a column edge): keep the result once they settle. */
const KEEP_AFTER_MS = 400;

export interface ChooserColumn {
  colId: string;
  label: string;
  visible: boolean;
  /** Always shown: it identifies a row. */
  locked: boolean;
}

export interface GridViewsOptions<F> {
  /** One set of views per grid: e.g. `berths.applications`. */
  gridId: string;
  api: GridApi | null;
  /** The workspace's filter now, as a view stores it. */
  filter: ViewFilter;
  /** Shows a view's filter; a filter the workspace cannot read (an older shape) is left as it is. */
  applyFilter: (filter: F) => void;
  readFilter: (filter: ViewFilter) => F | null;
  /** The workspace's own default filter, for "the default view". */
  defaultFilter: F;
}

export interface GridViewsControl {
  gridId: string;
  views: SavedGridView[];
  /** The view last opened ('' = the grid's defaults). */
  selected: string;
  /** The preferences file was damaged and set aside under this name. */
  setAside: string | null;
  columns: ChooserColumn[];
  open(name: string): void;
  setColumnVisible(colId: string, visible: boolean): void;
  save(name: string): Promise<AppError | null>;
  rename(name: string, newName: string): Promise<AppError | null>;
  remove(name: string): Promise<AppError | null>;
  /** Spread onto AgGridReact: column changes are kept for the next start. */
  gridEvents: {
    onColumnVisible: () => void;
    onColumnMoved: () => void;
    onColumnResized: (e: { finished: boolean }) => void;
    onSortChanged: () => void;
  };
}

const chooserColumn = (c: Column): ChooserColumn => ({
  colId: c.getColId(),
  label: c.getColDef().headerName ?? c.getColId(),
  visible: c.isVisible(),
  locked: Boolean(c.getColDef().lockVisible),
});

/**
 * Saved views for one grid, whatever workspace it is in: the user's column choice is kept as they
 * change it and comes back on the next start; named views (columns, order, widths, sort, filter)
 * are saved, opened, renamed and removed. Storage is the core's (gridViews.* in the contract).
 */
export function useGridViews<F>({ gridId, api, filter, applyFilter, readFilter, defaultFilter }: GridViewsOptions<F>): GridViewsControl {
  const list = useGridViewsListQuery(gridId);
  const [keepState] = useGridViewsKeepMutation();
  const [saveView] = useGridViewsSaveMutation();
  const [renameView] = useGridViewsRenameMutation();
  const [removeView] = useGridViewsRemoveMutation();
  const [selected, setSelected] = useState('');
  const [revision, setRevision] = useState(0);
  // The kept choice is put on each new grid instance once (a new language builds the grid anew);
  // until then the grid's own start-up events must not overwrite what is stored.
  const restoredFor = useRef<GridApi | null>(null);
  // Said once by the core (the answer that set the file aside): kept here until the page goes.
  const [setAside, setSetAside] = useState<string | null>(null);
  const asideNow = list.data?.setAside ?? null;
  if (asideNow && asideNow !== setAside) setSetAside(asideNow);

  const known = (a: GridApi) => new Set((a.getColumns() ?? []).map((c) => c.getColId()));

  useEffect(() => {
    if (!api || !list.data || restoredFor.current === api) return;
    restoredFor.current = api;
    if (list.data.current) api.applyColumnState(columnsFromView(list.data.current, known(api)));
    setRevision((n) => n + 1);
  }, [api, list.data]);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A sort or a width is kept without drawing the chooser again: it shows neither, and a render
  // of the whole workspace right after a header click delays the sorted rows.
  const keepLater = useCallback(() => {
    if (!api || restoredFor.current !== api) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (api.isDestroyed()) return;
      void keepState({ gridId, state: viewFromColumns(api.getColumnState(), {}) });
    }, KEEP_AFTER_MS);
  }, [api, gridId, keepState]);
  const keepSoon = useCallback(() => {
    setRevision((n) => n + 1);
    keepLater();
  }, [keepLater]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const columns = useMemo(
    () => (api && !api.isDestroyed() && revision >= 0 ? (api.getColumns() ?? []).map(chooserColumn) : []),
    [api, revision],
  );
  const views = list.data?.views ?? [];

  const fail = (r: { error?: unknown }): AppError | null => (r.error ? asAppError(r.error) : null);

  return {
    gridId,
    views,
    selected,
    setAside,
    columns,
    open(name) {
      if (!api) return;
      setSelected(name);
      const view = views.find((v) => v.name === name);
      if (!view) {
        api.resetColumnState();
        applyFilter(defaultFilter);
      } else {
        api.applyColumnState(columnsFromView(view.state, known(api)));
        const f = readFilter(view.state.filter);
        if (f) applyFilter(f);
      }
      keepSoon();
    },
    setColumnVisible(colId, visible) {
      api?.setColumnsVisible([colId], visible);
    },
    async save(name) {
      if (!api) return null;
      const r = await saveView({ gridId, name, state: viewFromColumns(api.getColumnState(), filter) });
      if (!r.error) setSelected(name.trim());
      return fail(r);
    },
    async rename(name, newName) {
      const r = await renameView({ gridId, name, newName });
      if (!r.error && selected === name) setSelected(newName.trim());
      return fail(r);
    },
    async remove(name) {
      const r = await removeView({ gridId, name });
      if (!r.error && selected === name) setSelected('');
      return fail(r);
    },
    gridEvents: {
      onColumnVisible: keepSoon,
      onColumnMoved: keepSoon,
      onColumnResized: (e) => e.finished && keepLater(),
      onSortChanged: keepLater,
    },
  };
}
