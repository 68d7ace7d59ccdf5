import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../../../domain/contract.ts';
import { ExportXlsxInput, PrintPdfInput } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { tempCache } from '../../cache/testing/temp-cache.ts';
import { ADMIN, bookingWorld, HANDLER_TOOLO, KALLIO, NOW, TOOLO, VIEWER } from '../../bookings/testing/fixtures.ts';
import { exportsFolder } from '../export-folder.ts';
import { answerFiles, type FilesContext } from '../file-service.ts';
import { pdfPageTexts } from '../testing/pdf-text.ts';
import { dayWithWeekday } from './booking-texts.ts';

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeEach(() => {
  t = tempCache();
  t.cache.applyChanges(bookingWorld(), 'c1');
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-booking-files-'));
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const ctx = (user: StaffUser = HANDLER_TOOLO): FilesContext => ({ dataDir, active: { user, cache: t.cache }, now: NOW });
const xlsx = (input: unknown) => ExportXlsxInput.parse(input) as ParsedInput<'files.exportXlsx'>;
const pdf = (input: unknown) => PrintPdfInput.parse(input) as ParsedInput<'files.printPdf'>;

async function sheetOf(name: string, user = HANDLER_TOOLO) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(exportsFolder(dataDir, user.id), name));
  return book.worksheets[0]!;
}

async function pdfText(input: unknown, user = HANDLER_TOOLO): Promise<string> {
  const r = await answerFiles('files.printPdf', pdf(input), ctx(user));
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return (await pdfPageTexts(readFileSync(path.join(exportsFolder(dataDir, user.id), r.value.name)))).join('\n');
}

describe('bookings.reservations (xlsx)', () => {
  it('exports the list as filtered and sorted on screen, every row, in the language asked for', async () => {
    const grid = { filter: { states: ['REQUIRES_HANDLING', 'CONFIRMED'] }, sort: { column: 'price', direction: 'desc' } };
    const shown = t.cache.handle('bookings.listReservations', { ...grid, offset: 0, limit: 1000 } as ParsedInput<'bookings.listReservations'>, HANDLER_TOOLO, NOW);
    if (!shown.ok) throw new Error(shown.error.message);
    for (const [language, header, state] of [['fi', 'Varaaja', 'Hyväksytty'], ['sv', 'Bokare', 'Godkänd'], ['en', 'Reservee', 'Confirmed']] as const) {
      const r = await answerFiles('files.exportXlsx', xlsx({ exportId: 'bookings.reservations', params: grid, language }), ctx());
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.rows).toBe(shown.value.total);
      const sheet = await sheetOf(r.value.name);
      expect(sheet.getRow(1).getCell(7).value).toBe(header);
      expect(Array.from({ length: r.value.rows }, (_, i) => sheet.getRow(i + 2).getCell(1).value)).toEqual(shown.value.rows.map((row) => row.id));
      expect(sheet.getRow(2).getCell(9).value).toBe(state);
    }
  });

  it('writes Helsinki wall times, euros and the unit names; another unit\'s rows never leave', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx({ exportId: 'bookings.reservations', params: { filter: { text: 'jönsson' } }, language: 'fi' }), ctx());
    if (!r.ok) throw new Error(r.error.message);
    const row = (await sheetOf(r.value.name)).getRow(2);
    // Begins 11.12.2026 10:00 in Helsinki: Excel dates carry no zone, so the wall time is written.
    expect(row.getCell(3).value).toEqual(new Date('2026-12-11T10:00:00.000Z'));
    expect(row.getCell(5).value).toBe('Töölön kirjasto');
    expect(row.getCell(7).value).toBe('Åsa Jönsson');
    expect(row.getCell(11).value).toBe(200);
    expect(row.getCell(13).value).toBe('Maksettu');
    const kallio = await answerFiles('files.exportXlsx', xlsx({ exportId: 'bookings.reservations', params: { filter: { unitIds: [KALLIO] } }, language: 'fi' }), ctx());
    expect(kallio.ok && kallio.value.rows).toBe(0);
  });
});

describe('bookings.dayList and bookings.weekList (pdf)', () => {
  it('prints a unit\'s day per reservation unit: time, name, reservee, state and type; cancelled ones left out', async () => {
    const text = await pdfText({ documentId: 'bookings.dayList', params: { unitId: TOOLO, date: '2026-12-10' }, language: 'fi' });
    expect(text).toContain('Päivän varaukset: Töölön kirjasto');
    expect(text).toContain('Kokoushuone');
    expect(text).toContain('12.00–13.00');
    expect(text).toContain('Henkilökunnan kokous');
    expect(text).toContain('17.00–19.00');
    expect(text).toContain('Lukupiiri');
    expect(text).toContain('Töölön lukupiiri ry, Aili Mäkinen');
    expect(text).toContain('Odottaa käsittelyä');
    expect(text).toContain('Asiakkaan varaus');
    expect(text).toContain('Ei varauksia');
    expect(text).not.toContain('Peruttu');
    expect(text).toContain('sivu 1 / 1');
  });

  it('prints a unit\'s week Monday to Sunday with the day on each row, in Swedish', async () => {
    const text = await pdfText({ documentId: 'bookings.weekList', params: { unitId: TOOLO, weekOf: '2026-12-10' }, language: 'sv' }, VIEWER);
    expect(text).toContain('Veckans bokningar: Töölön kirjasto');
    expect(text).toContain('Vecka 50');
    expect(text).toContain('Kuorokonsertti');
    expect(text).toContain('Åsa Jönsson');
    expect(text).toContain('Godkänd');
    expect(text).toMatch(new RegExp(`${dayWithWeekday('2026-12-10', 'sv')}\\s+12\\.00–13\\.00\\s+Henkilökunnan kokous`));
    // Nothing from the weeks before and after (the series meets on the 3rd and the 17th too).
    expect(text).not.toContain('3.12.2026 12.00');
    expect(text).not.toContain('17.12.2026');
    expect(text).toContain('sida 1 / 1');
  });

  it('answers another unit, bad input and a role without bookings with clear codes', async () => {
    const other = await answerFiles('files.printPdf', pdf({ documentId: 'bookings.dayList', params: { unitId: KALLIO, date: '2026-12-12' }, language: 'en' }), ctx());
    expect(other).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await pdfText({ documentId: 'bookings.dayList', params: { unitId: KALLIO, date: '2026-12-12' }, language: 'en' }, ADMIN)).toContain('Bändiharjoitus');
    const bad = await answerFiles('files.printPdf', pdf({ documentId: 'bookings.weekList', params: { unitId: TOOLO, weekOf: '10.12.2026' }, language: 'en' }), ctx());
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const berthHandler: StaffUser = { id: 'u-b', name: 'B', roles: ['berth_handler'], grants: [] };
    expect(await answerFiles('files.printPdf', pdf({ documentId: 'bookings.dayList', params: { unitId: TOOLO, date: '2026-12-10' }, language: 'en' }), ctx(berthHandler))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
