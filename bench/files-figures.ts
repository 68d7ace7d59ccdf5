import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Change } from '../domain/sync/protocol.ts';
import { application, H_MERI, H_PAJA, HANDLER, put, tempCache, world } from '../main/core/berths/testing/index.ts';
import { APPLICATION_LIST_EXPORT } from '../main/core/files/berths/application-list-export.ts';
import { writeXlsx } from '../main/core/files/xlsx-writer.ts';
import type { Figure } from './report.ts';

/**
 * The 100,000-application xlsx export against a plain CSV of the same rows written in the same
 * run: rows per second of each (from an already read list, so the figure is the file writing),
 * and the whole export through the list query. No target: a figure to watch.
 */
export function filesFigures(rows: number): Figure[] {
  const t = tempCache();
  const dir = mkdtempSync(path.join(tmpdir(), 'kuva-bench-files-'));
  try {
    const w = world();
    let batch: Change[] = w.changes.filter((c) => c.entity !== 'application' && c.entity !== 'application_event');
    for (let n = 1; n <= rows; n++) {
      batch.push(put('application', application({ n, firstName: 'Äijä', lastName: `Öhman ${n}`, choices: n % 2 ? [H_MERI] : [H_PAJA] }).application));
      if (batch.length === 5000) {
        t.cache.applyBootstrap(batch, null);
        batch = [];
      }
    }
    t.cache.applyBootstrap(batch, 'c1');
    const now = new Date();
    const params = { filter: {}, sort: { column: 'queue' as const, direction: 'asc' as const } };
    let started = performance.now();
    const read = [...APPLICATION_LIST_EXPORT.rows({ cache: t.cache, actor: HANDLER, now }, params, 'fi')];
    const readSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    writeXlsx(path.join(dir, 'a.xlsx'), { sheetName: 'x', columns: APPLICATION_LIST_EXPORT.columns('fi'), rows: read }, now);
    const xlsxSeconds = (performance.now() - started) / 1000;

    started = performance.now();
    const csv = read.map((r) => r.map((v) => (v === null ? '' : `"${String(v).replace(/"/g, '""')}"`)).join(';')).join('\n');
    writeFileSync(path.join(dir, 'a.csv'), csv);
    const csvSeconds = (performance.now() - started) / 1000;

    const label = rows.toLocaleString('en-US');
    return [
      {
        name: `xlsx file of ${label} applications (rows already read)`,
        value: rows / xlsxSeconds,
        unit: 'rows/s',
        target: null,
        met: null,
        baseline: { name: 'plain CSV of the same rows', value: rows / csvSeconds, unit: 'rows/s' },
        ratio: csvSeconds / xlsxSeconds,
      },
      { name: `reading ${label} applications through the list query for an export`, value: readSeconds, unit: 's', target: null, met: null },
    ];
  } finally {
    t.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
