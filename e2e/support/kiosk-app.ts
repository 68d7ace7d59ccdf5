import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import type { Language } from '../../domain/languages.ts';
import type { LoginResponse, PushResponse } from '../../domain/sync/protocol.ts';
import { api } from '../../central/testing/api-client.ts';
import { FIRST_DOWNLOAD_MS, waitForFirstSync } from './app-page.ts';
import type { Stack } from './stack.ts';

/** Steps at a customer terminal, written once for the kiosk's browser tests and its bench. */

/** The maintenance PIN the test terminals' cores are configured with (KioskCoreOptions.adminPin). */
export const KIOSK_PIN = '2468';

export interface KioskStart {
  /** Inactivity before the warning, and the warning's countdown (the defaults are 90 s and 30 s). */
  idleMs?: number;
  warningMs?: number;
}

/**
 * The demo terminals keep library hours; a test runs at any hour. A supervisor opens the terminal
 * round the clock through the central's own command path (kiosk.setSchedule), as the fleet view would.
 */
export async function openRoundTheClock(centralUrl: string, terminalId: string): Promise<void> {
  const login = await api<LoginResponse>(centralUrl, 'POST', '/auth/login', { body: { username: 'maija', password: 'demo' } });
  if (!login.body) throw new Error(`maija could not sign in: ${login.status}`);
  const allDay = { opens: '00:00', closes: '24:00' };
  const schedule = { weekly: Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, allDay])), exceptions: {} };
  const push = await api<PushResponse>(centralUrl, 'POST', '/sync/push', {
    token: login.body.token,
    body: { clientId: randomUUID(), commands: [{ id: randomUUID(), seq: 1, type: 'kiosk.setSchedule', payload: { terminalId, schedule }, issuedAt: new Date().toISOString() }] },
  });
  if (push.body?.results[0]?.status !== 'applied') throw new Error(`kiosk.setSchedule was not applied: ${JSON.stringify(push.body)}`);
}

/** The demo terminal at Oodi. */
export const OODI_TERMINAL = { username: 'kiosk-oodi-1', id: '6a1f3c52-7d41-4c0e-9b1a-000000000041' } as const;

/** A terminal installation signed in as `terminal`, open round the clock, and the address its screen opens. */
export async function openKiosk(stack: Stack, name: string, start: KioskStart = {}, terminal: { username: string; id: string } = OODI_TERMINAL): Promise<string> {
  await openRoundTheClock(stack.centralUrl, terminal.id);
  const url = new URL(await stack.openApp(name, { kiosk: { credential: { username: terminal.username, password: 'demo' }, appVersion: 'e2e', heartbeatIntervalMs: 2_000, retryMs: 200, adminPin: KIOSK_PIN } }));
  if (start.idleMs) url.searchParams.set('kioskIdleMs', String(start.idleMs));
  if (start.warningMs) url.searchParams.set('kioskWarningMs', String(start.warningMs));
  return url.toString();
}

/** Opens the terminal's screen and waits for the attract screen with its service point's data. */
export async function showAttract(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: FIRST_DOWNLOAD_MS });
  await expect(page.getByTestId('kiosk-place')).toBeVisible({ timeout: FIRST_DOWNLOAD_MS });
}

export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  await page.getByTestId(`kiosk-language-${language}`).click();
  await expect(page.getByTestId('kiosk-home')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

export async function takeTicket(page: Page): Promise<string> {
  await page.getByTestId('kiosk-tile-ticket').click();
  await page.getByTestId('kiosk-take-ticket').click();
  const number = page.getByTestId('kiosk-ticket-number');
  await expect(number).toHaveText(/^[A-Z]\d+$/, { timeout: 30_000 });
  return (await number.textContent()) ?? '';
}

/** Everything a browser keeps for a site, read in the page. */
export async function siteTraces(page: Page): Promise<{ local: number; session: number; indexedDb: string[]; caches: string[]; cookies: string }> {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).map((d) => d.name ?? ''),
    caches: await caches.keys(),
    cookies: document.cookie,
  }));
}

/** What a customer's browsing could leave behind: one of each. */
export async function leaveTraces(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.setItem('customer-draft', 'Matti Meikäläinen');
    sessionStorage.setItem('customer-step', '3');
    document.cookie = 'customer=1; path=/';
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('customer-db', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('drafts');
      open.onsuccess = () => {
        open.result.close();
        resolve();
      };
      open.onerror = () => reject(open.error ?? new Error('indexedDB'));
    });
    const cache = await caches.open('customer-cache');
    await cache.put('/customer-file', new Response('private'));
  });
}

/** Signs a member of staff with the fleet right in and opens the terminal fleet view. */
export async function openFleet(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('demo');
  await page.getByTestId('login-submit').click();
  await waitForFirstSync(page);
  await page.getByTestId('nav-kioskFleet').click();
  await expect(page.getByTestId('kiosk-fleet')).toBeVisible();
}
