import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ExportXlsxInput, type ParsedInput } from '../../domain/contract.ts';
import type { Change } from '../../domain/sync/protocol.ts';
import type { Cache } from '../../main/core/cache/cache-port.ts';
import { APPLICATION_LIST_EXPORT } from '../../main/core/files/berths/application-list-export.ts';
import { application, H_MERI, H_PAJA, HANDLER, put, tempCache, world } from '../../main/core/berths/testing/index.ts';
import { exportsFolder } from '../../main/core/files/export-folder.ts';
import { answerFiles } from '../../main/core/files/file-service.ts';
import { readZip } from '../../main/core/files/testing/read-zip.ts';

const ROWS = 100_000;
const MiB = 1024 * 1024;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeAll(() => {
  t = tempCache();
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-files-100k-'));
  const w = world();
  let batch: Change[] = w.changes.filter((c) => c.entity !== 'application' && c.entity !== 'application_event');
  for (let n = 1; n <= ROWS; n++) {
    const { application: a } = application({
      n, firstName: 'Äijä', lastName: n % 7 === 0 ? '=HYPERLINK("x")' : `Öhman ${n}`, choices: n % 2 ? [H_MERI] : [H_PAJA, H_MERI],
      receivedAt: `2026-01-${String(1 + (n % 28)).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:15:00+02:00`,
    });
    batch.push(put('application', a));
    if (batch.length === 5000) {
      t.cache.applyBootstrap(batch, null);
      batch = [];
    }
  }
  t.cache.applyBootstrap(batch, 'c1');
});
afterAll(() => {
  t?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

it('exports 100,000 applications to xlsx with bounded memory, every row in order, none a formula', async () => {
  // Memory is sampled at every tenth page of 1,000 rows, i.e. throughout the (synchronous) export:
  // the heap after a full GC (what the export holds, not garbage not yet collected), and the RSS.
  let liveHeap = 0;
  let peakRss = 0;
  let pages = 0;
  const sampled: Cache = Object.create(t.cache) as Cache;
  sampled.handle = (method, input, actor, now) => {
    if (++pages % 10 === 0) {
      gc();
      const m = process.memoryUsage();
      liveHeap = Math.max(liveHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
    return t.cache.handle(method, input, actor, now);
  };
  gc();
  const before = process.memoryUsage();
  const input = ExportXlsxInput.parse({ exportId: 'berths.applications', params: { sort: { column: 'queue', direction: 'asc' } }, language: 'fi' }) as ParsedInput<'files.exportXlsx'>;
  const started = performance.now();
  const r = await answerFiles('files.exportXlsx', input, { dataDir, active: { user: HANDLER, cache: sampled }, now: new Date() });
  const seconds = (performance.now() - started) / 1000;
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value.rows).toBe(ROWS);
  const heapGrowth = (liveHeap - before.heapUsed) / MiB;
  const rssGrowth = (peakRss - before.rss) / MiB;
  console.log(`100,000-row xlsx: ${(r.value.size / MiB).toFixed(1)} MiB in ${seconds.toFixed(1)} s; live heap at most +${heapGrowth.toFixed(1)} MiB, peak RSS +${rssGrowth.toFixed(1)} MiB over the start`);
  // A stream holds one page and one compression slice; held whole, 100,000 rows are over 100 MiB.
  expect(pages).toBeGreaterThan(100);
  expect(heapGrowth).toBeLessThan(16);
  expect(rssGrowth).toBeLessThan(96);

  // Every row is there and in order (the first 1,000 and the last are read back in full by exceljs
  // in the other tests; loading 100,000 rows into a spreadsheet library takes minutes under load).
  const sheet = readZip(path.join(exportsFolder(dataDir, HANDLER.id), r.value.name)).get('xl/worksheets/sheet1.xml')!.toString('utf8');
  const rowNumbers = [...sheet.matchAll(/<row r="(\d+)">/g)].map((m) => Number(m[1]));
  expect(rowNumbers).toEqual(Array.from({ length: ROWS + 1 }, (_, i) => i + 1));
  expect(sheet.match(/<c [^>]*t="inlineStr"><is><t xml:space="preserve">=HYPERLINK/g)?.length).toBe(Math.floor(ROWS / 7));
  expect(sheet).not.toContain('<f>');
  // The filter spans the header and every row, over every column the export has.
  const lastColumn = String.fromCharCode(64 + APPLICATION_LIST_EXPORT.columns('fi').length);
  expect(sheet).toContain(`<autoFilter ref="A1:${lastColumn}100001"/>`);
}, 600_000);
