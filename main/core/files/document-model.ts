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

/** What opens a letter: the page's top belongs to the recipient's address. */
export interface PrintLetterHead {
  /** The recipient's lines, placed where a window envelope shows them. */
  address: readonly string[];
  /** Lines at the top right, across from the address (the sender, the date). */
  aside?: readonly string[];
}

export interface PrintSection {
  heading: string;
  /** A line under the heading (e.g. counts); optional. */
  note?: string;
  /** Makes the section a letter: it starts on a page of its own, opened by this head. */
  letter?: PrintLetterHead;
  /** Printed large under the heading: the one thing the reader looks for (a sticker's number). */
  emphasis?: string;
  /** Running text between the heading and the table. */
  paragraphs?: readonly string[];
  table: PrintTable;
}

export interface PrintDocument {
  title: string;
  /** false: the title only names the file, for letters whose first page belongs to an address. */
  showTitle?: boolean;
  subtitle?: string;
  /** E.g. "Tulostettu 1.12.2026 klo 16.05". */
  generatedAt: string;
  orientation: 'portrait' | 'landscape';
  sections: readonly PrintSection[];
  /** "sivu 1 / 3": the footer of each page; an empty label prints none. */
  pageLabel(page: number, pages: number): string;
  /** Said in an empty section's place. */
  emptyText: string;
}
