import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportXlsxInput, type ParsedInput } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { tempCache } from '../../cache/testing/temp-cache.ts';
import { HILKKA, MAIJA, NOW, VEERA, assistWorld } from '../../assist/testing/world.ts';
import { exportsFolder } from '../export-folder.ts';
import { answerFiles, type FilesContext } from '../file-service.ts';

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeEach(() => {
  t = tempCache(MAIJA.id);
  t.cache.applyChanges(assistWorld(), 'c1');
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-assist-files-'));
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const ctx = (user: StaffUser): FilesContext => ({ dataDir, active: { user, cache: t.cache }, now: NOW });
const xlsx = (params: object, language = 'fi') => ExportXlsxInput.parse({ exportId: 'assist.report', params, language }) as ParsedInput<'files.exportXlsx'>;
const FEBRUARY = { servicePointId: null, from: '2027-02-01', to: '2027-02-28' };

async function linesOf(name: string, user: StaffUser) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(exportsFolder(dataDir, user.id), name));
  const sheet = book.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('assist.report (xlsx)', () => {
  it('writes sessions by month and by each dimension per point and month, with every count under 5 hidden and noted', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx(FEBRUARY), ctx(MAIJA));
    if (!r.ok) throw new Error(r.error.message);
    const [header, ...rows] = await linesOf(r.value.name, MAIJA);
    expect(header).toEqual(['Taulukko', 'Luokka', 'Palvelupiste', 'Kuukausi', 'Käyntejä', 'Huomautus']);
    expect(rows.length).toBe(r.value.rows);
    const counts = rows.map((row) => row[4]);
    // Shown counts are 0 or at least 5; a hidden one is an empty cell with the note beside it.
    expect(counts.filter((c) => typeof c === 'number' && c > 0 && c < 5)).toEqual([]);
    const hidden = rows.filter((row) => row[4] === undefined || row[4] === null);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((row) => String(row[5]).startsWith('Piilotettu: alle 5'))).toBe(true);
    // Kallio's two sessions are hidden, and so is Malmi's six (else the column total gives Kallio away).
    const month = rows.filter((row) => row[0] === 'Kuukausi');
    expect(month.filter((row) => row[1] === '2027-02').map((row) => [row[2], row[4] ?? null])).toEqual([
      ['Kallion kirjasto', null],
      ['Malmin kirjasto', null],
      ['Oodi digituki', 8],
      ['Kaikki', 16],
    ]);
    const oodiTopics = rows.filter((row) => row[0] === 'Aihe' && row[2] === 'Oodi digituki' && row[3] === '2027-02');
    expect(oodiTopics.find((row) => row[1] === 'email_account')?.[4] ?? null).toBeNull();
  });

  it('writes the headers and notes in the language asked for', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx(FEBRUARY, 'sv'), ctx(MAIJA));
    if (!r.ok) throw new Error(r.error.message);
    const [header, ...rows] = await linesOf(r.value.name, MAIJA);
    expect(header?.[4]).toBe('Besök');
    expect(rows.some((row) => String(row[5]).startsWith('Dold: under 5'))).toBe(true);
  });

  it('holds only the points the user has reports at', async () => {
    const r = await answerFiles('files.exportXlsx', xlsx(FEBRUARY), ctx(HILKKA));
    if (!r.ok) throw new Error(r.error.message);
    const rows = await linesOf(r.value.name, HILKKA);
    expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set(['Kallion kirjasto', 'Oodi digituki', 'Kaikki']));
  });

  it('is refused to a volunteer, and bad params get a clear error; no file is written', async () => {
    const veera = await answerFiles('files.exportXlsx', xlsx({ ...FEBRUARY, servicePointId: 'sp-oodi' }), ctx(VEERA));
    expect(!veera.ok && veera.error.code).toBe('forbidden');
    const backwards = await answerFiles('files.exportXlsx', xlsx({ ...FEBRUARY, to: '2027-01-01' }), ctx(MAIJA));
    expect(!backwards.ok && [backwards.error.code, backwards.error.message]).toEqual(['bad_request', expect.stringContaining('The period ends on or after its first day.')]);
  });
});
