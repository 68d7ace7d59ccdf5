import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium.ts';

/**
 * `node scripts/render-icon.ts`: renders build/icon.svg to build/icon.png (1024 px, transparent
 * corners) in the Chromium the tests use (e2e/support/chromium.ts). electron-builder derives .ico and .icns from the PNG.
 */
const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'build/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
  await page.locator('svg').screenshot({ path: resolve(root, 'build/icon.png'), omitBackground: true });
  console.log('build/icon.png written');
} finally {
  await browser.close();
}
