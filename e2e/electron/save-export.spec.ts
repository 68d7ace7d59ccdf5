import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type { KuvaApi } from '../../domain/contract.ts';
import { electronRuntime } from './electron-runtime.ts';
import { launchApp, type LaunchedApp } from './launch-app.ts';

const runtime = electronRuntime();

/** The shell's save dialog (main/shell/save-export.ts) in the real app: export, choose, saved there. */
test.describe('saving an export in Electron', () => {
  test.skip(!runtime.available, runtime.available ? '' : `Electron runtime missing: ${runtime.reason}`);

  let launched: LaunchedApp | undefined;
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  test.beforeAll(async () => {
    if (!runtime.available) return;
    launched = await launchApp(runtime.path, 'kuva-electron-save-');
    ({ app, page, dataDir } = launched);
    await page.locator('#login-username').fill('aino');
    await page.locator('#login-password').fill('demo');
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('applications-grid').locator('.ag-row').first()).toBeVisible({ timeout: 60_000 });
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  test('the save dialog puts the xlsx where the user chose, and a cancelled dialog saves nothing', async () => {
    const target = join(dataDir, 'hakemukset.xlsx');
    // A native dialog cannot be clicked by Playwright: its answer is set in the main process.
    await app.evaluate(({ dialog }, filePath) => {
      const answers = [{ canceled: true, filePath: '' }, { canceled: false, filePath }];
      dialog.showSaveDialog = (async () => answers.shift() ?? { canceled: true, filePath: '' }) as typeof dialog.showSaveDialog;
    }, target);
    const result = await page.evaluate(async () => {
      const { kuva } = window as unknown as { kuva: KuvaApi };
      const who = await kuva.invoke('session.get', {});
      const caller = { userId: who.ok ? (who.value.user?.id ?? null) : null };
      const made = await kuva.invoke('files.exportXlsx', { exportId: 'berths.applications', params: { filter: { statuses: ['pending'] } }, language: 'fi' }, caller);
      if (!made.ok) return { made };
      const cancelled = await kuva.invoke('files.saveAs', { name: made.value.name }, caller);
      const saved = await kuva.invoke('files.saveAs', { name: made.value.name }, caller);
      return { made, cancelled, saved };
    });
    expect(result.made).toMatchObject({ ok: true });
    expect(result.cancelled).toEqual({ ok: true, value: { saved: false } });
    expect(result.saved).toEqual({ ok: true, value: { saved: true } });
    expect(existsSync(target)).toBe(true);
    expect(statSync(target).size).toBe(result.made.ok ? result.made.value.size : -1);
  });
});
