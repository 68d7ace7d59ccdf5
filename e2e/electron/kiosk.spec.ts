import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { DEMO_KIOSK_CREDENTIAL } from '../../main/core/kiosk/credential.ts';
import { electronRuntime } from './electron-runtime.ts';
import { launchApp, type LaunchedApp } from './launch-app.ts';

/**
 * The locked kiosk window in real Electron (KUVA_KIOSK=1, signed in as the demo terminal): the
 * window and its partition, the lockdown handlers, the wipe into a fresh partition and the crash
 * watchdog. The handlers' decisions are unit-tested without the binary (main/shell/kiosk/*.test.ts);
 * this suite checks the wiring carries them out.
 */
const runtime = electronRuntime();
const KIOSK_ENV = { KUVA_KIOSK: '1', KUVA_KIOSK_USER: DEMO_KIOSK_CREDENTIAL.username, KUVA_KIOSK_PASSWORD: DEMO_KIOSK_CREDENTIAL.password };

test.describe.configure({ mode: 'serial' });

test.describe('the kiosk window in Electron', () => {
  test.skip(!runtime.available, runtime.available ? '' : `Electron runtime missing: ${runtime.reason}`);

  let launched: LaunchedApp | undefined;
  let app: ElectronApplication;
  let page: Page;
  const saved: Record<string, string | undefined> = {};

  test.beforeAll(async () => {
    if (!runtime.available) return;
    // launchApp hands the app this process's environment.
    for (const [k, v] of Object.entries(KIOSK_ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    try {
      launched = await launchApp(runtime.path, 'kuva-kiosk-electron-');
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    ({ app, page } = launched);
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  const windowFacts = () =>
    app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      if (!win) return null;
      win.webContents.openDevTools();
      return { count: BrowserWindow.getAllWindows().length, kiosk: win.isKiosk(), persistent: win.webContents.session.isPersistent(), devtools: win.webContents.isDevToolsOpened() };
    });

  test('opens one locked full-screen window in a non-persistent partition, without devtools', async () => {
    expect(new URL(page.url()).origin).toBe('app://kuva');
    expect(await windowFacts()).toEqual({ count: 1, kiosk: true, persistent: false, devtools: false });
  });

  test('signs in as the terminal by itself', async () => {
    await expect
      .poll(() => page.evaluate("window.kuva.invoke('session.get', {}).then((r) => r.ok && r.value.user && r.value.user.roles.includes('kiosk'))"), { timeout: 60_000 })
      .toBe(true);
  });

  test('blocks navigation away, file: and popups, and counts them for the heartbeat', async () => {
    const before = page.url();
    expect(await page.evaluate("window.open('https://example.org/') === null")).toBe(true);
    await page.evaluate("window.location.href = 'file:///etc/passwd'");
    await page.evaluate("window.location.href = 'https://example.org/'");
    await expect.poll(() => page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('a wipe clears the customer partition and opens the attract screen in a new one', async () => {
    const userId = await page.evaluate("window.kuva.invoke('session.get', {}).then((r) => r.value.user.id)");
    await page.evaluate("localStorage.setItem('customer', 'typed'); sessionStorage.setItem('customer', 'typed')");
    const firstPartition = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.session.storagePath ?? 'memory');
    await page.evaluate(`window.kuva.invoke('kiosk.wipeCustomer', {}, { userId: ${JSON.stringify(userId)} })`).catch(() => null);
    const fresh = await app.waitForEvent('window');
    await fresh.waitForLoadState('domcontentloaded');
    expect(await fresh.evaluate("[localStorage.getItem('customer'), sessionStorage.getItem('customer')]")).toEqual([null, null]);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    expect(firstPartition).toBe('memory');
    page = fresh;
  });

  test('a crashed renderer comes back on the attract screen', async () => {
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer());
    const fresh = await app.waitForEvent('window');
    await fresh.waitForLoadState('domcontentloaded');
    expect(new URL(fresh.url()).origin).toBe('app://kuva');
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });
});
