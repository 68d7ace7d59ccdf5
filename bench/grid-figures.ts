import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { SyncStatus } from '../domain/contract.ts';
import { createCore } from '../main/core/core.ts';
import { startHost } from '../main/host/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { againstBaseline, median, type Figure } from './report.ts';
import type { ApplicationRow } from '../domain/contract.ts';
import type { Core } from '../main/core/core.ts';
import { serveBareGrid } from './bare-grid/serve.ts';
import { renderBareGrid } from './bare-grid/render.ts';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../out/renderer');
const LOADS = 3;
const AG_GRID_VERSION = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../node_modules/ag-grid-community/package.json'), 'utf8')) as { version: string }).version;

/** Every row the app's grid lists under its default filter, in its order, through the core as the grid asks for them. */
async function listedRows(core: Core, total: number): Promise<ApplicationRow[]> {
  const rows: ApplicationRow[] = [];
  while (rows.length < total) {
    const page = await core.invoke('berths.listApplications', { offset: rows.length, limit: 1000 });
    if (!page.ok) throw new Error(page.error.message);
    if (page.value.rows.length === 0) break;
    rows.push(...page.value.rows);
  }
  if (rows.length !== total) throw new Error(`listed ${rows.length} of ${total} applications`);
  return rows;
}

/**
 * First render of the applications grid in Chromium with 100,000 applications in the cache:
 * from navigation start to the first rows on screen, as the app marks it. Baseline: bare AG Grid
 * showing the same rows in the same browser, each load right after one of the app's.
 */
export async function gridFigures(centralUrl: string, database: 'postgres' | 'pglite', applications: number): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kuva-bench-grid-'));
  const core = await createCore({ dataDir: dir, centralUrl, mode: 'browser', sync: { intervalMs: 600_000 } });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const figures: Figure[] = [];
  try {
    const login = await core.invoke('session.login', { username: 'aino', password: 'demo' });
    if (!login.ok) throw new Error(login.error.message);
    const t0 = performance.now();
    let status: SyncStatus | null = null;
    for (;;) {
      const r = await core.invoke('sync.now', {});
      if (!r.ok) throw new Error(r.error.message);
      status = r.value;
      if (status.lastSyncAt && status.phase === 'idle' && !status.bootstrap) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const bootSeconds = (performance.now() - t0) / 1000;
    const total = await core.invoke('berths.listApplications', { limit: 1 });
    if (!total.ok) throw new Error(total.error.message);
    if (total.value.total < applications) throw new Error(`cache holds ${total.value.total} applications, expected ${applications}`);
    figures.push({
      name: `bootstrap of the ${applications.toLocaleString('en-US')}-application dataset through the app (login to synced)`,
      database,
      value: bootSeconds,
      unit: 's',
      target: null,
      met: null,
    });

    const rows = await listedRows(core, total.value.total);
    const host = await startHost({ core, rendererDir: RENDERER_DIR, port: 0 });
    const bare = await serveBareGrid(JSON.stringify(rows));
    try {
      const context = { viewport: { width: 1440, height: 900 }, locale: 'fi-FI' };
      const page = await (await browser.newContext(context)).newPage();
      const barePage = await (await browser.newContext(context)).newPage();
      const times: number[] = [];
      const bareTimes: number[] = [];
      const bareScript: number[] = [];
      const bareGrid: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        if (i === 0) await page.goto(host.url);
        else await page.reload();
        await page.waitForFunction(() => document.body.dataset.applicationsReady === 'true', undefined, { timeout: 60_000 });
        const ms = await page.evaluate(() => performance.getEntriesByName('kuva:applications-first-rows')[0]?.startTime ?? -1);
        if (ms < 0) throw new Error('the app did not mark its first grid rows');
        times.push(ms);

        // Navigation start to AG Grid's script run, then (after the rows are handed over, untimed)
        // creating the grid to its first rows: the app's span without the app, and without
        // carrying 100,000 rows into a page, which the app does not do either.
        if (i === 0) await barePage.goto(bare.url);
        else await barePage.reload();
        const script = await barePage.evaluate(() => performance.getEntriesByName('bare:script-loaded')[0]?.startTime ?? -1);
        if (script < 0) throw new Error('the bare page did not run AG Grid');
        const held = await barePage.evaluate(async () => {
          const w = window as unknown as { bareRows: unknown[] };
          w.bareRows = (await (await fetch('/rows.json')).json()) as unknown[];
          return w.bareRows.length;
        });
        if (held !== rows.length) throw new Error(`the bare page holds ${held} rows, not ${rows.length}`);
        const grid = await barePage.evaluate(renderBareGrid);
        bareScript.push(script);
        bareGrid.push(grid.ms);
        bareTimes.push(script + grid.ms);
      }
      figures.push(
        againstBaseline({
          name: `first render of the grid with ${total.value.total.toLocaleString('en-US')} applications (navigation start to first rows, median of ${LOADS})`,
          database,
          value: median(times),
          unit: 'ms',
          baseline: {
            name: `bare AG Grid ${AG_GRID_VERSION} in the same Chromium showing the same rows (all held in the page): navigation start to its script run, plus creating the grid to first rows in the DOM; median of ${LOADS}`,
            value: median(bareTimes),
            unit: 'ms',
          },
          atMost: 2,
          note: `bare: script ${median(bareScript).toFixed(0)} ms + grid ${median(bareGrid).toFixed(0)} ms; app loads ${times.map((t) => t.toFixed(0)).join(' ')} ms`,
        }),
      );
    } finally {
      await bare.close();
      await host.close();
    }
  } finally {
    await browser.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
