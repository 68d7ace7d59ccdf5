import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

/**
 * `node scripts/render-icon.ts`: renders build/icon.svg to build/icon.png (1024 px, transparent
 * corners) with the system Chromium. electron-builder derives .ico and .icns from the PNG.
 */
const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'build/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
  await page.locator('svg').screenshot({ path: resolve(root, 'build/icon.png'), omitBackground: true });
  console.log('build/icon.png written');
} finally {
  await browser.close();
}
