import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn as centralToken } from '../../central/testing/api-client.ts';
import { StreamEnd, StreamStart } from '../../domain/sync/protocol.ts';
import { createCore, type Core } from '../../main/core/core.ts';
import { startHost } from '../../main/host/server.ts';
import { waitForFirstDownload } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { RENDERER_DIR } from '../support/stack.ts';

const stack = stackPerFile();

/** How long the throttled first download is made to take: long enough to see the bar move and estimate. */
const DOWNLOAD_SECONDS = 8;

/**
 * A link to the central whose answers come at most `bytesPerSecond` per connection, as over a
 * slow line: the e2e dataset would otherwise be in before the bar could be looked at.
 */
async function slowLink(target: string, bytesPerSecond: number): Promise<{ url: string; close: () => Promise<void> }> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.pipe(upstream);
    const began = performance.now();
    let sent = 0;
    upstream.on('data', (chunk: Buffer) => {
      client.write(chunk);
      sent += chunk.length;
      const ahead = (sent / bytesPerSecond) * 1000 - (performance.now() - began);
      if (ahead > 0) {
        upstream.pause();
        setTimeout(() => upstream.resume(), ahead);
      }
    });
    upstream.on('end', () => client.end());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Sample {
  count: number | null;
  total: number | null;
  phase: string | null;
  text: string;
  valueNow: string | null;
  valueMax: string | null;
  valueText: string | null;
  /** What the status row says of the connection at the same instant. */
  connection: string | null;
}

test('the first download shows a bar whose total is the rows that come, that never runs back or past it, and that goes when synced', async ({ page }) => {
  // What aino's first download holds, asked of the central as the desk will ask it.
  const token = await centralToken(stack().centralUrl, 'aino');
  const res = await fetch(`${stack().centralUrl}/api/v1/sync/stream?total=1`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  const lines = body.split('\n').filter((l) => l !== '');
  const start = StreamStart.parse(JSON.parse(lines[0]!));
  const end = StreamEnd.parse(JSON.parse(lines.at(-1)!));
  expect(start.total).toBe(end.count);
  expect(end.count).toBeGreaterThan(1000);

  const link = await slowLink(stack().centralUrl, Math.max(64 * 1024, Math.round(Buffer.byteLength(body) / DOWNLOAD_SECONDS)));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kuva-e2e-progress-'));
  let core: Core | null = null;
  let host: Awaited<ReturnType<typeof startHost>> | null = null;
  try {
    core = await createCore({ dataDir, centralUrl: link.url, mode: 'browser', sync: { intervalMs: 2_000, initialBackoffMs: 200, maxBackoffMs: 1_000 } });
    host = await startHost({ core, dataDir, rendererDir: RENDERER_DIR, port: 0 });

    // Every state the banner shows, from the first render on (a MutationObserver, not a poll).
    await page.addInitScript(() => {
      const w = window as unknown as { progressSamples: unknown[]; bannerGone: boolean };
      w.progressSamples = [];
      w.bannerGone = false;
      let seen = false;
      const take = () => {
        const el = document.querySelector<HTMLElement>('[data-testid="bootstrap-count"]');
        if (!el) {
          if (seen) w.bannerGone = true;
          return;
        }
        seen = true;
        const bar = document.querySelector<HTMLElement>('[data-testid="bootstrap-progress"]');
        const num = (v: string | undefined) => (v === undefined ? null : Number(v));
        w.progressSamples.push({
          count: num(el.dataset.count),
          total: num(el.dataset.total),
          phase: el.dataset.phase ?? null,
          text: el.querySelector('[data-testid="bootstrap-text"]')?.textContent ?? '',
          valueNow: bar?.getAttribute('aria-valuenow') ?? null,
          valueMax: bar?.getAttribute('aria-valuemax') ?? null,
          valueText: bar?.getAttribute('aria-valuetext') ?? null,
          connection: document.querySelector<HTMLElement>('[data-testid="sync-status"]')?.dataset.connection ?? null,
        });
      };
      new MutationObserver(take).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-count', 'data-total', 'data-phase'] });
    });

    await page.goto(host.url);
    await page.getByTestId('login-username').fill('aino');
    await page.getByTestId('login-password').fill('demo');
    await page.getByTestId('login-submit').click();

    // The bar, named, with the total the central announced; then an estimate of the time left.
    const bar = page.getByRole('progressbar', { name: 'Ensimmäisen latauksen edistyminen' });
    await expect(bar).toHaveAttribute('aria-valuemax', String(end.count));
    await expect(page.getByTestId('bootstrap-count')).toHaveAttribute('data-total', String(end.count));
    await expect(page.getByTestId('bootstrap-text')).toContainText(/noin \d+ (s|min) jäljellä|viimeistellään/);
    // The list says what it waits for, and nothing in the window turns or slides while the desk
    // downloads: an endless animation repainted the page on every frame of it.
    await expect(page.getByTestId('downloading-state')).toContainText('Lista näkyy, kun lataus on valmis.');
    const endless = await page.evaluate(() => document.getAnimations().filter((a) => a.effect?.getTiming().iterations === Infinity).length);
    expect(endless).toBe(0);
    await expectNoAxeViolations(page, 'first download');

    await waitForFirstDownload(page);
    await expect(page.getByTestId('bootstrap-banner')).toHaveCount(0);

    const { samples, gone } = await page.evaluate(() => {
      const w = window as unknown as { progressSamples: Sample[]; bannerGone: boolean };
      return { samples: w.progressSamples, gone: w.bannerGone };
    });
    expect(gone).toBe(true);
    const known = samples.filter((s) => s.total !== null);
    expect(known.length).toBeGreaterThan(0);
    for (const s of known) {
      // One total throughout, the one the central streamed; never more rows than that.
      expect(s.total).toBe(end.count);
      expect(s.count!).toBeLessThanOrEqual(s.total!);
      expect([s.valueNow, s.valueMax]).toEqual([String(s.count), String(s.total)]);
      expect(s.valueText).toBe(s.text);
      // The central has answered once it announced the total: the status row says so, not
      // "checking the connection" until the last row is in.
      expect(s.connection).toBe('online');
      expect(s.text).toMatch(/^[\d\s\u00a0]+ \/ [\d\s\u00a0]+ riviä · /);
    }
    const counts = samples.map((s) => s.count ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    // Rows were seen coming in, and all of them before the finishing.
    expect(new Set(known.map((s) => s.count)).size).toBeGreaterThan(1);
    for (const s of known.filter((x) => x.phase === 'finishing')) {
      expect(s.count).toBe(end.count);
      expect(s.text).toContain('viimeistellään…');
    }
  } finally {
    await host?.close();
    await core?.close();
    await link.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
