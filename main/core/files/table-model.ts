/**
 * What an export is, whatever the file: typed columns with headers already in the user's
 * language, and rows (one value per column, in column order) that are read once, as they come.
 */
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'euro' | 'date' | 'datetime' | 'boolean';

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** Width in characters; a default by kind when absent. */
  width?: number;
}

/**
 * text: string; integer, decimal: number; euro: whole cents (exact, no float sums);
 * date: 'YYYY-MM-DD' (a calendar day); datetime: an ISO instant; boolean: boolean; null: empty.
 */
export type CellValue = string | number | boolean | null;

export interface Table {
  /** The sheet's tab name (Excel allows 31 characters and none of []:*?/\). */
  sheetName: string;
  columns: readonly TableColumn[];
  rows: Iterable<readonly CellValue[]>;
}

export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** A text in each of the app's languages. */
export type Texts = Record<Language, string>;
