import { excelSerialOfDay, excelSerialOfInstant } from './helsinki-time.ts';
import type { CellValue, ColumnKind, Table } from './table-model.ts';
import { CONTENT_TYPES, ROOT_RELS, STYLE, STYLES, WORKBOOK_RELS, columnLetters, columnWidth, escapeXml, sheetEnd, sheetStart, workbookXml } from './xlsx-parts.ts';
import { createZipWriter } from './zip-writer.ts';

/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_CHARS = 32_767;
const MAX_ROWS = 1_048_575;
/** Spreadsheet apps run a cell that starts with one of these as a formula (CSV/DDE injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export interface XlsxWritten {
  rows: number;
  bytes: number;
}

/**
 * Writes a table as a one-sheet .xlsx, streaming: each row becomes XML, goes through the ZIP
 * writer's deflate slices and is gone, so 100,000 rows never sit in memory (let alone twice).
 * Strings are inline (no shared-strings table to hold), never formulas.
 */
export function writeXlsx(file: string, table: Table, now: Date): XlsxWritten {
  const zip = createZipWriter(file, now);
  try {
    const { columns } = table;
    const letters = columns.map((_, i) => columnLetters(i));
    zip.begin('xl/worksheets/sheet1.xml');
    zip.write(sheetStart(columns.map((c) => columnWidth(c.kind, c.header, c.width))));
    zip.write(`<row r="1">${columns.map((c, i) => textCell(`${letters[i]}1`, c.header, STYLE.header)).join('')}</row>`);
    let rowNumber = 1;
    for (const values of table.rows) {
      rowNumber += 1;
      if (rowNumber > MAX_ROWS + 1) throw new Error(`A sheet holds at most ${MAX_ROWS} rows.`);
      let xml = `<row r="${rowNumber}">`;
      for (let i = 0; i < columns.length; i++) xml += cell(`${letters[i]}${rowNumber}`, columns[i]!.kind, values[i] ?? null);
      zip.write(`${xml}</row>`);
    }
    const filterRef = columns.length > 0 ? `$A$1:$${letters.at(-1)}$${rowNumber}` : null;
    zip.write(sheetEnd(filterRef ? filterRef.replace(/\$/g, '') : null));
    zip.end();
    for (const [name, text] of [
      ['[Content_Types].xml', CONTENT_TYPES],
      ['_rels/.rels', ROOT_RELS],
      ['xl/workbook.xml', workbookXml(safeSheetName(table.sheetName), filterRef)],
      ['xl/_rels/workbook.xml.rels', WORKBOOK_RELS],
      ['xl/styles.xml', STYLES],
    ] as const) {
      zip.begin(name);
      zip.write(text);
      zip.end();
    }
    return { rows: rowNumber - 1, bytes: zip.finish() };
  } catch (error) {
    zip.abort();
    throw error;
  }
}

function cell(ref: string, kind: ColumnKind, value: CellValue): string {
  if (value === null || value === '') return '';
  switch (kind) {
    case 'text':
      return textCell(ref, String(value), STYLE.plain);
    case 'integer':
      return numberCell(ref, typeof value === 'number' ? Math.round(value) : null, STYLE.integer);
    case 'decimal':
      return numberCell(ref, typeof value === 'number' ? value : null, STYLE.decimal);
    case 'euro':
      return numberCell(ref, typeof value === 'number' ? value / 100 : null, STYLE.euro);
    case 'date':
      return numberCell(ref, typeof value === 'string' ? excelSerialOfDay(value) : null, STYLE.date);
    case 'datetime':
      return numberCell(ref, typeof value === 'string' ? excelSerialOfInstant(value) : null, STYLE.datetime);
    case 'boolean':
      return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  }
}

function numberCell(ref: string, value: number | null, style: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
}

/** Always a string cell; one that a spreadsheet could take for a formula is marked as quoted text. */
function textCell(ref: string, text: string, style: number): string {
  const clipped = text.length > MAX_CELL_CHARS ? text.slice(0, MAX_CELL_CHARS) : text;
  const s = FORMULA_START.test(clipped) ? STYLE.quotedText : style;
  return `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t xml:space="preserve">${escapeXml(clipped)}</t></is></c>`;
}

function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}
