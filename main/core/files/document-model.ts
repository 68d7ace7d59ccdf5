/**
 * A printable document, whatever it prints: texts already in the user's language and cells
 * already formatted for it. The PDF writer only lays it out.
 */
export interface PrintColumn {
  header: string;
  /** Share of the table's width (any positive numbers; they are scaled to the page). */
  width: number;
  align?: 'left' | 'right';
}

export interface PrintTable {
  columns: readonly PrintColumn[];
  rows: readonly (readonly string[])[];
}

export interface PrintSection {
  heading: string;
  /** A line under the heading (e.g. counts); optional. */
  note?: string;
  table: PrintTable;
}

export interface PrintDocument {
  title: string;
  subtitle?: string;
  /** E.g. "Tulostettu 1.12.2026 klo 16.05". */
  generatedAt: string;
  orientation: 'portrait' | 'landscape';
  sections: readonly PrintSection[];
  /** "sivu 1 / 3": the footer of each page. */
  pageLabel(page: number, pages: number): string;
  /** Said in an empty section's place. */
  emptyText: string;
}
