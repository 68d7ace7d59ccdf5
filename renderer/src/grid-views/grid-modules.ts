import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  TooltipModule,
} from 'ag-grid-community';

/*
 * The AG Grid modules the app's grids use, registered once for all of them (sorting, resizing,
 * pinning, flex widths, keyboard navigation and cell renderers are in AG Grid's core). Not
 * AllCommunityModule: its editors, filters, CSV export, pagination and row dragging are unused,
 * and dropping them takes the grid's chunk from 1.17 MB to 0.80 MB, which every cold start
 * compiles before the first rows (decision 58). Each grid imports this file, not main.tsx, so
 * AG Grid's code loads with the first workspace that shows a grid.
 *
 * A grid that uses a feature of a module missing here logs "AG Grid: error #200" in the console;
 * the browser tests that open each grid fail on it (e2e/support/grid-errors.ts).
 */
ModuleRegistry.registerModules([
  ClientSideRowModelModule, // harbours, allocation and winter storage hold all their rows
  InfiniteRowModelModule, // CacheGrid: a block at a time from the cache
  RowSelectionModule,
  ColumnApiModule, // saved views and the column chooser
  RowApiModule, // getRowNode, getDisplayedRowAtIndex, forEachNode
  ScrollApiModule, // the edge shade of wide grids
  CellStyleModule, // cellClass, headerClass
  RowStyleModule, // rowClassRules, getRowClass
  TooltipModule, // cut-off names in the bookings list
  LocaleModule, // fi, sv, en texts
]);
