import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { writeXlsx } from './xlsx-writer.ts';
import type { CellValue, TableColumn } from './table-model.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kuva-xlsx-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS: TableColumn[] = [
  { header: 'Viite', kind: 'text' },
  { header: 'Määrä', kind: 'integer' },
  { header: 'Leveys (m)', kind: 'decimal' },
  { header: 'Hinta', kind: 'euro' },
  { header: 'Eräpäivä', kind: 'date' },
  { header: 'Saapunut', kind: 'datetime' },
  { header: 'Kiireellinen', kind: 'boolean' },
];

async function readBack(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets[0]!;
}

it('writes typed cells a spreadsheet reads back: numbers, euros, Helsinki wall-time dates, booleans', async () => {
  const file = path.join(dir, 'a.xlsx');
  const rows: CellValue[][] = [
    // 2026-07-01T09:30Z is 12:30 in Helsinki (summer time, UTC+3); 2026-01-15T22:15Z is 00:15 next day (UTC+2).
    ['VP-0001 <ääkköset & "lainaus">', 3, 2.45, 123456, '2026-12-31', '2026-07-01T09:30:00.000Z', true],
    ['Åke Öberg', 0, 3, 5, '2027-01-02', '2026-01-15T22:15:00.000Z', false],
    ['tyhjät', null, null, null, null, null, null],
  ];
  const written = writeXlsx(file, { sheetName: 'Hakemukset', columns: COLUMNS, rows }, new Date('2026-12-01T12:00:00Z'));
  expect(written).toEqual({ rows: 3, bytes: statSync(file).size });
  expect(statSync(file).mode & 0o777).toBe(0o600);

  const sheet = await readBack(file);
  expect(sheet.name).toBe('Hakemukset');
  expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
  const r2 = sheet.getRow(2);
  expect(r2.getCell(1).value).toBe('VP-0001 <ääkköset & "lainaus">');
  expect(r2.getCell(2).value).toBe(3);
  expect(r2.getCell(3).value).toBe(2.45);
  expect(r2.getCell(4).value).toBe(1234.56);
  expect(r2.getCell(4).numFmt).toContain('€');
  // exceljs reads an Excel date as if its wall time were UTC: the Helsinki wall time shows through.
  expect(r2.getCell(5).value).toEqual(new Date('2026-12-31T00:00:00.000Z'));
  expect(r2.getCell(5).numFmt.replace(/\\/g, '')).toBe('d.m.yyyy');
  expect(r2.getCell(6).value).toEqual(new Date('2026-07-01T12:30:00.000Z'));
  expect(r2.getCell(6).numFmt.replace(/\\/g, '')).toBe('d.m.yyyy h:mm');
  expect(r2.getCell(7).value).toBe(true);
  const r3 = sheet.getRow(3);
  expect(r3.getCell(4).value).toBe(0.05);
  expect(r3.getCell(6).value).toEqual(new Date('2026-01-16T00:15:00.000Z'));
  expect(r3.getCell(7).value).toBe(false);
  expect(sheet.getRow(4).getCell(2).value).toBeNull();
  // Frozen header, autofilter over the whole table, widths from the columns.
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.autoFilter).toBe('A1:G4');
  expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(24);
});

it('writes a cell that starts like a formula as quoted text, never as a formula', async () => {
  const file = path.join(dir, 'inject.xlsx');
  const attacks = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '=cmd|\' /C calc\'!A0'];
  writeXlsx(file, { sheetName: 'x', columns: [{ header: 'Nimi', kind: 'text' }], rows: attacks.map((a) => [a]) }, new Date());
  const sheet = await readBack(file);
  attacks.forEach((attack, i) => {
    const c = sheet.getRow(i + 2).getCell(1);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.value).toBe(attack);
    expect(c.formula).toBeUndefined();
    expect(c.numFmt).toBe('@');
  });
});

it('drops characters XML cannot carry instead of writing a broken file', async () => {
  const file = path.join(dir, 'ctrl.xlsx');
  writeXlsx(file, { sheetName: 'x', columns: [{ header: 'N', kind: 'text' }], rows: [['a\u0001b\u0007c\ud800d']] }, new Date());
  expect((await readBack(file)).getRow(2).getCell(1).value).toBe('abcd');
});

it('removes nothing it did not make and refuses to overwrite a file', () => {
  const file = path.join(dir, 'once.xlsx');
  writeXlsx(file, { sheetName: 'x', columns: [], rows: [] }, new Date());
  expect(() => writeXlsx(file, { sheetName: 'x', columns: [], rows: [] }, new Date())).toThrow(/EEXIST/);
});
