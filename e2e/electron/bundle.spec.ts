import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * What Electron will load, checked without Electron: the output of `npm run build`. A sandboxed
 * preload gets only a polyfilled require limited to electron's own modules, so the preload must be
 * one self-contained CommonJS file.
 */
const out = resolve(import.meta.dirname, '../../out');
const built = existsSync(resolve(out, 'main/index.js')) && existsSync(resolve(out, 'preload/index.cjs'));

test.describe('the Electron build output', () => {
  test.skip(!built, 'out/ is not built: run npm run build');

  test('the preload is one CommonJS file that requires only electron', () => {
    const preload = readFileSync(resolve(out, 'preload/index.cjs'), 'utf8');
    const requires = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld("kuva"');
  });

  test('main starts the core worker bundled next to it', () => {
    const main = readFileSync(resolve(out, 'main/index.js'), 'utf8');
    expect(main).toContain('new URL("./core-worker.js", import.meta.url)');
    expect(existsSync(resolve(out, 'main/core-worker.js'))).toBe(true);
  });

  // pdfkit stays external on purpose: it loads its standard-font metrics from its own package
  // (package imports, #standard-fonts/*) at run time, which a bundle cannot carry; it ships as a
  // production dependency like the SQLite driver.
  test('main and the worker load no npm package but the SQLite driver, zod, pdfkit and electron', () => {
    const bare = new Set<string>();
    for (const file of ['main/index.js', 'main/core-worker.js']) {
      const text = readFileSync(resolve(out, file), 'utf8');
      for (const m of text.matchAll(/from\s+"([^".][^"]*)"/g)) if (!m[1]!.startsWith('node:')) bare.add(m[1]!);
    }
    expect(bare.has('better-sqlite3-multiple-ciphers')).toBe(true);
    expect([...bare].filter((b) => !['better-sqlite3-multiple-ciphers', 'zod', 'pdfkit', 'electron'].includes(b))).toEqual([]);
  });

  test('the renderer page loads its scripts from its own folder', () => {
    const html = readFileSync(resolve(out, 'renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\.?\/assets\//);
      expect(existsSync(resolve(out, 'renderer', src))).toBe(true);
    }
  });
});
