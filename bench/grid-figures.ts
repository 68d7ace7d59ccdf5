import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { SyncStatus } from '../domain/contract.ts';
import { createCore } from '../main/core/core.ts';
import { startHost } from '../main/host/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { median, type Figure } from './report.ts';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../out/renderer');
const LOADS = 3;

/**
 * First render of the applications grid in Chromium with 100,000 applications in the cache:
 * from navigation start to the first rows on screen, as the app marks it.
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

    const host = await startHost({ core, rendererDir: RENDERER_DIR, port: 0 });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'fi-FI' })).newPage();
      const times: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        if (i === 0) await page.goto(host.url);
        else await page.reload();
        await page.waitForFunction(() => document.body.dataset.applicationsReady === 'true', undefined, { timeout: 60_000 });
        const ms = await page.evaluate(() => performance.getEntriesByName('kuva:applications-first-rows')[0]?.startTime ?? -1);
        if (ms < 0) throw new Error('the app did not mark its first grid rows');
        times.push(ms);
      }
      const first = median(times);
      figures.push({
        name: `first render of the grid with ${total.value.total.toLocaleString('en-US')} applications (navigation start to first rows, median of ${LOADS})`,
        database,
        value: first,
        unit: 'ms',
        target: '<= 1000 ms',
        met: first <= 1000,
      });
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
