import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../../domain/contract.ts';
import { ExportXlsxInput, PrintPdfInput } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { H_MERI, HANDLER, lease, put, tempCache, uid, world } from '../berths/testing/index.ts';
import { exportsFolder } from './export-folder.ts';
import { answerFiles, type FilesContext } from './file-service.ts';
import { pdfPageTexts } from './testing/pdf-text.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
const HARBOUR_SERVICES: StaffUser = { id: 'u-harri', name: 'Harri Satama', roles: ['harbour_services'], grants: [] };

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeEach(() => {
  const w = world();
  t = tempCache();
  t.cache.applyChanges([...w.changes, put('lease', lease(uid(9, 2), w.berths.a2, w.apps['Mäkinen']!, 'offered'))], 'c1');
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-files-'));
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const ctx = (user: StaffUser | null = HANDLER): FilesContext => ({ dataDir, active: user ? { user, cache: t.cache } : null, now: NOW });
const xlsx = (input: unknown) => ExportXlsxInput.parse(input) as ParsedInput<'files.exportXlsx'>;
const pdf = (input: unknown) => PrintPdfInput.parse(input) as ParsedInput<'files.printPdf'>;

async function sheetOf(name: string, user = HANDLER) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(exportsFolder(dataDir, user.id), name));
  return book.worksheets[0]!;
}

describe('files.exportXlsx', () => {
  it('exports what the grid shows: its filter and sort, every row, headers in the language asked for', async () => {
    const grid: ParsedInput<'berths.listApplications'> = { filter: { statuses: ['pending'] }, sort: { column: 'applicantName', direction: 'desc' }, offset: 0, limit: 1000 };
    const shown = t.cache.handle('berths.listApplications', grid, HANDLER, NOW);
    if (!shown.ok) throw new Error(shown.error.message);

    for (const [language, header, status] of [['fi', 'Tunnus', 'Jonossa'], ['sv', 'Beteckning', 'I kö'], ['en', 'Reference', 'In queue']] as const) {
      const r = await answerFiles('files.exportXlsx', xlsx({ exportId: 'berths.applications', params: grid, language }), ctx());
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.rows).toBe(shown.value.total);
      expect(r.value.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const file = path.join(exportsFolder(dataDir, HANDLER.id), r.value.name);
      expect(statSync(file).size).toBe(r.value.size);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const sheet = await sheetOf(r.value.name);
      expect(sheet.getRow(1).getCell(2).value).toBe(header);
      const references = Array.from({ length: r.value.rows }, (_, i) => sheet.getRow(i + 2).getCell(2).value);
      expect(references).toEqual(shown.value.rows.map((row) => row.reference));
      expect(sheet.getRow(2).getCell(4).value).toBe(status);
    }
    const names = readdirSync(exportsFolder(dataDir, HANDLER.id));
    expect(names.map((n) => n.replace(/-\d{8}-\d{6}-[0-9a-f]{8}/, ''))).toEqual(
      expect.arrayContaining(['venepaikkahakemukset.xlsx', 'batplatsansokningar.xlsx', 'berth-applications.xlsx']),
    );
    expect(names.some((n) => n.endsWith('.part'))).toBe(false);
    expect(statSync(exportsFolder(dataDir, HANDLER.id)).mode & 0o777).toBe(0o700);
  });

  it('writes the received time as Helsinki wall time and the boat sizes as numbers', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx({ exportId: 'berths.applications', params: { filter: { text: 'Mäkinen' } }, language: 'fi' }), ctx());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows).toBe(1);
    const row = (await sheetOf(r.value.name)).getRow(2);
    // Received 2026-01-05T09:00:00+02:00: 09:00 on the Helsinki wall clock.
    expect(row.getCell(6).value).toEqual(new Date('2026-01-05T09:00:00.000Z'));
    expect(row.getCell(7).value).toBe('Mäkinen Matti');
    expect(row.getCell(12).value).toBe(2.4);
    expect(row.getCell(13).value).toBe(7);
  });

  it('refuses a role without the permission, and makes no file', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx({ exportId: 'berths.applications', language: 'fi' }), ctx(HARBOUR_SERVICES));
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(() => readdirSync(exportsFolder(dataDir, HARBOUR_SERVICES.id))).toThrow(/ENOENT/);
  });

  it('answers unknown exports, bad export input and no sign-in with clear codes', async () => {
    expect(await answerFiles('files.exportXlsx', xlsx({ exportId: 'berths.nothing', language: 'fi' }), ctx())).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await answerFiles('files.exportXlsx', xlsx({ exportId: 'berths.applications', params: { sort: { column: 'password' } }, language: 'fi' }), ctx());
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(!bad.ok && bad.error.message).toContain('sort');
    expect(await answerFiles('files.exportXlsx', xlsx({ exportId: 'berths.applications', language: 'fi' }), ctx(null))).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(ExportXlsxInput.safeParse({ exportId: '../../etc', language: 'fi' }).success).toBe(false);
    expect(ExportXlsxInput.safeParse({ exportId: 'berths.applications', language: 'de' }).success).toBe(false);
  });
});

describe('files.printPdf', () => {
  it("prints a harbour's berths by pier with their occupancy, in the language asked for", async () => {
    const r = await answerFiles('files.printPdf', pdf({ documentId: 'berths.harbourBerths', params: { harbourId: H_MERI, season: 2026 }, language: 'fi' }), ctx());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.mediaType).toBe('application/pdf');
    const bytes = readFileSync(path.join(exportsFolder(dataDir, HANDLER.id), r.value.name));
    expect(bytes.length).toBe(r.value.size);
    const text = (await pdfPageTexts(bytes)).join('\n');
    expect(text).toContain('Venepaikat: Merisatama');
    expect(text).toContain('Kausi 2026');
    expect(text).toContain('Laituri A');
    expect(text).toContain('Laituri B');
    expect(text).toContain('Tarjottu');
    expect(text).toContain('Uusittavana');
    expect(text).toContain('Peräpoijupaikka');
    expect(text).toContain('2,50');
    expect(text).toContain('sivu 1 / 1');
    expect(r.value.rows).toBe(4);
  });

  it('prints in Swedish, and without occupancy for a role that may not see cases', async () => {
    const r = await answerFiles('files.printPdf', pdf({ documentId: 'berths.harbourBerths', params: { harbourId: H_MERI, season: 2026 }, language: 'sv' }), ctx(HARBOUR_SERVICES));
    if (!r.ok) throw new Error(r.error.message);
    const text = (await pdfPageTexts(readFileSync(path.join(exportsFolder(dataDir, HARBOUR_SERVICES.id), r.value.name)))).join('\n');
    expect(text).toContain('Båtplatser: Merisatama (sv)');
    expect(text).toContain('Brygga A');
    expect(text).toContain('sida 1 / 1');
    expect(text).not.toContain('Läge');
    expect(text).not.toContain('Erbjuden');
  });

  it('answers a harbour that does not exist and bad input with clear codes', async () => {
    expect(await answerFiles('files.printPdf', pdf({ documentId: 'berths.harbourBerths', params: { harbourId: uid(1, 99) }, language: 'en' }), ctx())).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await answerFiles('files.printPdf', pdf({ documentId: 'berths.harbourBerths', params: { harbourId: 'x' }, language: 'en' }), ctx())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await answerFiles('files.printPdf', pdf({ documentId: 'berths.harbourBerths', params: { harbourId: H_MERI }, language: 'en' }), ctx({ id: 'k', name: 'Kiosk', roles: ['kiosk'], grants: [] }))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
