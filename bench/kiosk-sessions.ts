import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { launchCentral } from '../central/server.ts';
import { createCore } from '../main/core/core.ts';
import { startHost } from '../main/host/server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';
import { TEST_SEED } from '../e2e/support/central-template.ts';
import { OODI_TERMINAL, openRoundTheClock } from '../e2e/support/kiosk-app.ts';
import { median, type Figure } from './report.ts';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../out/renderer');
const SESSIONS = Number(process.env.KUVA_BENCH_KIOSK_SESSIONS ?? 1000);
const BATCH = 50;
/** Every this many sessions takes a ticket (the day's numbers run to 999); the rest browse. */
const TICKET_EVERY = 25;

/**
 * Issue 9's kiosk figures: 1,000 consecutive customer sessions in Chromium through the browser
 * host, each language → a ticket or browsing → "finish" → the full wipe → the attract screen.
 * - Reset: from the press on "finish" (confirmed) to the first frame painted after the attract
 *   screen is back, timed in the page; median and p95. Baseline, same page and run: the host's wipe
 *   call alone (POST /kiosk/wipe with its Clear-Site-Data), the floor any reset stands on.
 * - Heap: the page's JS heap after a forced GC (CDP HeapProfiler.collectGarbage, then
 *   Runtime.getHeapUsage) after the first batch of sessions (baseline) and after the last.
 */
export async function kioskSessionFigures(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kuva-bench-kiosk-'));
  const central = await launchCentral({ dataDir: path.join(dir, 'central'), seed: TEST_SEED, notifications: false });
  try {
    await openRoundTheClock(central.url, OODI_TERMINAL.id);
    const core = await createCore({ dataDir: path.join(dir, 'kiosk'), centralUrl: central.url, mode: 'browser', kiosk: { credential: { username: OODI_TERMINAL.username, password: 'demo' }, appVersion: 'bench' } });
    const host = await startHost({ core, rendererDir: RENDERER_DIR, kiosk: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    try {
      const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(host.url);
      await page.locator('[data-testid="kiosk-place"]').waitFor({ timeout: 180_000 });
      const cdp = await context.newCDPSession(page);
      const heap = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const resets: number[] = [];
      // The heap after every batch: a leak grows it batch after batch, warming up (compiled code,
      // caches that fill once) only at first, so the note shows where the growth happens.
      const heaps: number[] = [];
      for (let done = 0; done < SESSIONS; done += BATCH) {
        resets.push(...(await sessions(page, done, Math.min(BATCH, SESSIONS - done))));
        heaps.push(await heap());
      }
      const early = heaps[0]!;
      const end = heaps.at(-1)!;
      const half = heaps[Math.floor(heaps.length / 2) - 1]!;
      const bare = await hostWipeTimes(page, 21, host.secret);
      const sorted = [...resets].sort((a, b) => a - b);
      const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
      const med = median(resets);
      const baseline = { name: 'the host wipe call alone (POST /kiosk/wipe with Clear-Site-Data), median', value: median(bare), unit: 'ms' };
      const growth = (end - early) / early;
      const note = `${SESSIONS} sessions, one ticket every ${TICKET_EVERY}, the others browse today's events; portrait 1080×1920`;
      return [
        { name: 'kiosk reset, finish to the attract screen painted (Chromium, median)', value: med, unit: 'ms', target: '<= 300 ms', met: med <= 300, baseline, ratio: med / baseline.value, note },
        { name: 'kiosk reset, finish to the attract screen painted (Chromium, p95)', value: p95, unit: 'ms', target: '<= 300 ms', met: p95 <= 300, baseline, ratio: p95 / baseline.value, note },
        {
          name: `kiosk JS heap after ${SESSIONS} sessions (forced GC)`,
          value: end / 2 ** 20,
          unit: 'MiB',
          target: '<= 1.10 of baseline',
          met: growth <= 0.1,
          baseline: { name: `the same page's heap after the first ${BATCH} sessions (forced GC)`, value: early / 2 ** 20, unit: 'MiB' },
          ratio: end / early,
          note: `growth ${(growth * 100).toFixed(1)} %; over the first half ${(((half - early) / early) * 100).toFixed(1)} %, over the second ${(((end - half) / half) * 100).toFixed(1)} %; MiB per batch of ${BATCH}: ${heaps.map((h) => (h / 2 ** 20).toFixed(2)).join(' ')}`,
        },
      ];
    } finally {
      await browser.close();
      await host.close();
      await core.close();
    }
  } finally {
    await central.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `count` sessions driven in the page through the screen's own buttons; answers each reset's time. */
async function sessions(page: Page, first: number, count: number): Promise<number[]> {
  return page.evaluate(
    async ([first, count, ticketEvery]) => {
      const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      const until = (ready: () => boolean) =>
        new Promise<void>((resolve) => {
          if (ready()) return resolve();
          const observer = new MutationObserver(() => {
            if (!ready()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
      const press = async (id: string) => {
        await until(() => q(id) !== null);
        q(id)!.click();
      };
      const langs = ['fi', 'sv', 'en'];
      const times: number[] = [];
      for (let i = first; i < first + count; i++) {
        await press(`kiosk-language-${langs[i % 3]}`);
        if (i % ticketEvery === 0) {
          await press('kiosk-tile-ticket');
          await press('kiosk-take-ticket');
          await press('kiosk-ticket-done');
        } else {
          await press('kiosk-tile-today');
          await until(() => q('kiosk-events') !== null);
          await press('kiosk-back');
        }
        await press('kiosk-finish');
        await until(() => q('kiosk-finish-confirm-leave') !== null);
        const t0 = performance.now();
        q('kiosk-finish-confirm-leave')!.click();
        await until(() => q('kiosk')?.dataset.phase === 'attract' && q('kiosk-attract') !== null);
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        times.push(performance.now() - t0);
        if (q('kiosk')?.dataset.wipeMissing) throw new Error(`wipe incomplete: ${q('kiosk')?.dataset.wipeMissing}`);
      }
      return times;
    },
    [first, count, TICKET_EVERY] as const,
  );
}

/** The baseline: the host's wipe route alone, from the same page (its key and user as the kiosk sends them). */
async function hostWipeTimes(page: Page, n: number, key: string): Promise<number[]> {
  return page.evaluate(async ([n, key]) => {
    type Kuva = { invoke: (m: string, i: unknown) => Promise<{ ok: boolean; value?: { user: { id: string } | null } }> };
    const session = await (window as unknown as { kuva: Kuva }).kuva.invoke('session.get', {});
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const res = await window.fetch('/kiosk/wipe', { method: 'POST', headers: { 'x-kuva-key': key, 'x-kuva-user': session.value?.user?.id ?? '' } });
      await res.text();
      times.push(performance.now() - t0);
    }
    return times.slice(1);
  }, [n, key] as const);
}
