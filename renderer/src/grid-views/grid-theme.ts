import { themeQuartz } from 'ag-grid-community';
/** AG Grid's Quartz theme in Helsinki Design System colours (black on white, bus blue accents), for every workspace's grids. */
export const hdsGridTheme = themeQuartz.withParams({
  accentColor: '#0000bf',
  backgroundColor: '#ffffff',
  foregroundColor: '#1a1a1a',
  borderColor: '#cccccc',
  headerBackgroundColor: '#f2f2f2',
  headerTextColor: '#1a1a1a',
  headerFontWeight: 600,
  rowHoverColor: '#f0f0ff',
  selectedRowBackgroundColor: '#e0e0ff',
  oddRowBackgroundColor: '#ffffff',
  fontFamily: 'inherit',
  fontSize: 15,
  headerFontSize: 15,
  rowHeight: 40,
  headerHeight: 40,
  pinnedColumnBorder: { width: 2, color: '#808080' },
  wrapperBorderRadius: 0,
  borderRadius: 0,
  cellHorizontalPadding: 12,
  focusShadow: { radius: 0, spread: 3, color: '#0000bf' },
});

/** A column whose text may run long: it wraps onto the row's second line (the rows hold two) instead of being cut (decision 62). */
export const WRAPPED_CELL = { wrapText: true, cellClass: 'cell--wrap' } as const;
