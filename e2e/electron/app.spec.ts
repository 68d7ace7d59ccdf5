import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../domain/host-protocol.ts';
import { electronRuntime } from './electron-runtime.ts';
import { launchApp, type LaunchedApp } from './launch-app.ts';

const runtime = electronRuntime();

test.describe.configure({ mode: 'serial' });

test.describe('KuVa Desk in Electron', () => {
  test.skip(!runtime.available, runtime.available ? '' : `Electron runtime missing: ${runtime.reason}`);

  let launched: LaunchedApp | undefined;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!runtime.available) return;
    launched = await launchApp(runtime.path, 'kuva-electron-');
    ({ app, page } = launched);
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test('the window opens from app://kuva with hardened webPreferences', async () => {
    expect(new URL(page.url()).origin).toBe('app://kuva');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      // Undocumented but present in current Electron; the page checks below prove the effect anyway.
      const contents = win?.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> } | undefined;
      return contents?.getLastWebPreferences?.() ?? null;
    });
    if (prefs) {
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    }
    const isolated = await page.evaluate('({ require: typeof require, process: typeof process, module: typeof module })');
    expect(isolated).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
    const devtools = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      win?.webContents.openDevTools();
      return win?.webContents.isDevToolsOpened() ?? null;
    });
    expect(devtools).toBe(false);
  });

  test('window.kuva is the only bridge', async () => {
    const globals = await page.evaluate(`({
      kuva: Object.keys(window.kuva).sort(),
      require: typeof window.require,
      process: typeof window.process,
      ipcRenderer: typeof window.ipcRenderer,
      electron: typeof window.electron,
    })`);
    expect(globals).toEqual({ kuva: ['invoke', 'onEvent'], require: 'undefined', process: 'undefined', ipcRenderer: 'undefined', electron: 'undefined' });
  });

  test('navigation away and window.open are blocked', async () => {
    const before = page.url();
    const opened = await page.evaluate("window.open('https://example.org/') === null");
    expect(opened).toBe(true);
    await page.evaluate("window.location.href = 'https://example.org/'");
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(app.windows()).toHaveLength(1);
  });

  test('the CSP header is sent and inline script does not run', async () => {
    const csp = await page.evaluate("fetch('/index.html').then((r) => r.headers.get('content-security-policy'))");
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    const ran = await page.evaluate(`(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true';
      document.head.append(script);
      return window.__inline === true;
    })()`);
    expect(ran).toBe(false);
  });

  test('a handler signs in and sees applications', async () => {
    await page.locator('#login-username').fill('aino');
    await page.locator('#login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('applications-grid')).toBeVisible();
    await expect(page.getByTestId('applications-grid').locator('.ag-row').first()).toBeVisible({ timeout: 60_000 });
  });

  test('Ctrl+Shift+L locks the screen over the work, and the password sealed by safeStorage opens it', async () => {
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByTestId('screen-lock')).toBeVisible();
    await expect(page.getByTestId('applications-grid')).toBeHidden();
    await page.locator('#screen-lock-password').fill('demo');
    await page.getByTestId('screen-lock-submit').click();
    await expect(page.getByTestId('applications-grid')).toBeVisible();
  });
});
