import { describe, expect, it } from 'vitest';
import { GridViewState } from '../../../domain/contract.ts';
import { columnsFromView, viewFromColumns } from './grid-view-state.ts';

describe('grid view state', () => {
  const columns = [
    { colId: 'queue', width: 76, hide: false, sort: null },
    { colId: 'receivedAt', width: 180.4, hide: false, sort: 'desc' as const, sortIndex: 1 },
    { colId: 'reference', width: 128, hide: null, sort: 'asc' as const, sortIndex: 0 },
    { colId: 'municipality', width: 130, hide: true },
    { colId: 'free', width: 140, flex: 1, hide: false },
  ];

  it('keeps order, visibility, fixed widths and the sort in its order', () => {
    const view = viewFromColumns(columns, { overdue: true });
    expect(view).toEqual({
      columns: [
        { colId: 'queue', hide: false, width: 76 },
        { colId: 'receivedAt', hide: false, width: 180 },
        { colId: 'reference', hide: false, width: 128 },
        { colId: 'municipality', hide: true, width: 130 },
        { colId: 'free', hide: false },
      ],
      sort: [
        { colId: 'reference', sort: 'asc' },
        { colId: 'receivedAt', sort: 'desc' },
      ],
      filter: { overdue: true },
    });
    expect(GridViewState.safeParse(view).success).toBe(true);
  });

  it('applies a view in its order with its sort only, skipping columns the grid no longer has', () => {
    const view = viewFromColumns(columns, {});
    const applied = columnsFromView(view, new Set(['queue', 'receivedAt', 'reference', 'municipality']));
    expect(applied.applyOrder).toBe(true);
    expect(applied.defaultState).toEqual({ sort: null });
    expect(applied.state).toEqual([
      { colId: 'queue', hide: false, width: 76, sort: null },
      { colId: 'receivedAt', hide: false, width: 180, sort: 'desc', sortIndex: 1 },
      { colId: 'reference', hide: false, width: 128, sort: 'asc', sortIndex: 0 },
      { colId: 'municipality', hide: true, width: 130, sort: null },
    ]);
  });
});
