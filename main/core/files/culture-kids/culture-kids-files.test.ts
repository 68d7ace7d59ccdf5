import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../../../domain/contract.ts';
import { ExportXlsxInput, PrintPdfInput } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { tempCache } from '../../cache/testing/temp-cache.ts';
import { AT_DOOR, C23, JUSSI, LOTTA, cultureKidsWorld } from '../../culture-kids/testing/world.ts';
import { exportsFolder } from '../export-folder.ts';
import { answerFiles, type FilesContext } from '../file-service.ts';
import { pdfPageTexts } from '../testing/pdf-text.ts';

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeEach(() => {
  t = tempCache('u-lotta');
  t.cache.applyChanges(cultureKidsWorld(), 'c1');
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-ck-files-'));
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const ctx = (user: StaffUser = LOTTA): FilesContext => ({ dataDir, active: { user, cache: t.cache }, now: AT_DOOR });
const xlsx = (params: object, language = 'fi') => ExportXlsxInput.parse({ exportId: 'cultureKids.registry', params, language }) as ParsedInput<'files.exportXlsx'>;
const pdf = (params: object, language = 'fi') => PrintPdfInput.parse({ documentId: 'cultureKids.attendees', params, language }) as ParsedInput<'files.printPdf'>;

type Entry = { subjectKind: string; subjectIds: string[]; partition: string; purpose: string; purposeText: string | null; detail: { rows?: number; query?: string } | null };
const auditEntries = (): Entry[] =>
  t.cache
    .pendingCommands(1000)
    .filter((c) => c.type === 'audit.recordReads')
    .flatMap((c) => (c.payload as { entries: Entry[] }).entries);

async function sheetOf(name: string, user = LOTTA) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(exportsFolder(dataDir, user.id), name));
  return book.worksheets[0]!;
}

describe('cultureKids.registry (xlsx)', () => {
  it('exports the search as sorted on screen, names only, and records one export read per cohort with its purpose and row count', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx({ filter: { birthYears: [2023] }, sort: { column: 'firstName', direction: 'asc' }, purpose: 'statistics' }), ctx());
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows).toBe(2);
    const sheet = await sheetOf(r.value.name);
    expect(sheet.getRow(1).values).toContain('Huoltajat');
    expect([sheet.getRow(2).getCell(2).value, sheet.getRow(3).getCell(2).value]).toEqual(['Aino', 'Eemil']);
    expect(sheet.getRow(2).getCell(4).value).toBe(2023);
    expect(sheet.getRow(2).getCell(7).value).toBe('Sari Virtanen');
    const cells = JSON.stringify([1, 2, 3].map((i) => sheet.getRow(i).values));
    expect(cells).not.toContain('@example.org');
    expect(cells).not.toContain('+358');
    expect(auditEntries()).toEqual([expect.objectContaining({ subjectKind: 'export', subjectIds: [], partition: C23, purpose: 'statistics', detail: { rows: 2 } })]);
  });

  it('writes the headers in the language asked for', async () => {
    for (const [language, header] of [['sv', 'Efternamn'], ['en', 'Last name']] as const) {
      const r = await answerFiles('files.exportXlsx', xlsx({ filter: {}, purpose: 'family_request' }, language), ctx());
      if (!r.ok) throw new Error(r.error.message);
      expect((await sheetOf(r.value.name)).getRow(1).getCell(1).value).toBe(header);
    }
  });

  it('refuses an export without a purpose, or "other" without saying why, and writes and records nothing', async () => {
    const none = await answerFiles('files.exportXlsx', xlsx({ filter: {} }), ctx());
    expect(!none.ok && none.error.code).toBe('bad_request');
    const unexplained = await answerFiles('files.exportXlsx', xlsx({ filter: {}, purpose: 'other' }), ctx());
    expect(!unexplained.ok && unexplained.error.code).toBe('bad_request');
    expect(auditEntries()).toEqual([]);
  });

  it('holds only the cohorts the user administers', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx({ filter: {}, purpose: 'family_request' }), ctx(JUSSI));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows).toBe(2);
  });
});

describe('cultureKids.attendees (pdf)', () => {
  it('prints the occurrence\'s seat holders with their guardians and a box to tick; the read is audited as a check-in list', async () => {
    const r = await answerFiles('files.printPdf', pdf({ occurrenceId: 'occ-1', purpose: 'check_in' }), ctx());
    if (!r.ok) throw new Error(r.error.message);
    const text = (await pdfPageTexts(readFileSync(path.join(exportsFolder(dataDir, LOTTA.id), r.value.name)))).join('\n');
    expect(text).toContain('Osallistujalista');
    expect(text).toContain('Virtanen Aino');
    expect(text).toContain('Sari Virtanen');
    expect(text).toContain('Paikalla');
    // The cancelled enrolment holds no seat.
    expect(text).not.toContain('Ähtiäinen');
    expect(r.value.rows).toBe(1);
    expect(auditEntries()).toEqual([expect.objectContaining({ subjectKind: 'check_in_list', subjectIds: ['child-1', 'child-2'], partition: C23, purpose: 'check_in' })]);
  });

  it('refuses an occurrence outside the user\'s cohorts and one without a purpose', async () => {
    const missing = await answerFiles('files.printPdf', pdf({ occurrenceId: 'occ-nope', purpose: 'check_in' }), ctx());
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const noPurpose = await answerFiles('files.printPdf', pdf({ occurrenceId: 'occ-1' }), ctx());
    expect(!noPurpose.ok && noPurpose.error.code).toBe('bad_request');
  });
});
