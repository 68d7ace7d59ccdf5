import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { EXPORTED_FILE_NAME } from '../../../domain/contract.ts';
import { exportedFile, exportsFolder, newFileName, sweepExports } from './export-folder.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kuva-exports-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('names files by stem and Helsinki time, in the one pattern the host and the shell accept', () => {
  const name = newFileName('venepaikkahakemukset', 'xlsx', new Date('2026-07-01T21:30:05Z'));
  expect(name).toMatch(/^venepaikkahakemukset-20260702-003005-[0-9a-f]{8}\.xlsx$/);
  expect(EXPORTED_FILE_NAME.test(name)).toBe(true);
  for (const bad of ['../x-20260101-000000-00000000.xlsx', 'x-20260101-000000-00000000.xlsx/..', 'X-20260101-000000-00000000.xlsx', 'x-20260101-000000-00000000.exe', '.x-20260101-000000-00000000.xlsx.part']) {
    expect(exportedFile(dir, 'u1', bad), bad).toBeNull();
  }
  expect(exportedFile(dir, 'u1', name)).toBe(path.join(exportsFolder(dir, 'u1'), name));
  // One folder per user, whatever characters their id has.
  expect(path.dirname(exportsFolder(dir, '../u1'))).toBe(path.join(dir, 'exports'));
});

it('sweeps files never fetched after a day and half-written ones after an hour, and nothing younger', () => {
  const folder = exportsFolder(dir, 'u1');
  mkdirSync(folder, { recursive: true });
  const now = new Date('2026-12-01T12:00:00Z');
  const at = (name: string, hoursAgo: number) => {
    const file = path.join(folder, name);
    writeFileSync(file, 'x');
    const t = new Date(now.getTime() - hoursAgo * 3_600_000);
    utimesSync(file, t, t);
    return file;
  };
  const old = at('a-20261130-100000-00000001.xlsx', 25);
  const fresh = at('a-20261201-100000-00000002.pdf', 23);
  const stalePart = at('a-20261201-100000-00000003.xlsx.part', 2);
  const youngPart = at('a-20261201-115900-00000004.xlsx.part', 0.1);
  const other = at('notes.txt', 100);
  sweepExports(folder, now);
  expect([old, fresh, stalePart, youngPart, other].map(existsSync)).toEqual([false, true, false, true, true]);
});
