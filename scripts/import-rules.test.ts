import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

/**
 * The house plan's import rules (.dependency-cruiser.cjs) must fail loudly when broken. A small
 * tree with one violation per rule is cruised with the project's own config.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const BIN = path.join(ROOT, 'node_modules/.bin/depcruise');
let dir: string;

function file(rel: string, text: string) {
  const full = path.join(dir, rel);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kuva-import-rules-'));
  file('tsconfig.base.json', '{ "compilerOptions": { "allowImportingTsExtensions": true, "noEmit": true, "module": "preserve", "moduleResolution": "bundler" } }');
  file('domain/rule.ts', 'export const rule = 1;\n');
  file('domain/reads-disk.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
  file('main/core/uses-ui.ts', "import { y } from '../../renderer/src/view.ts';\nexport const z = y;\n");
  file('renderer/src/view.ts', "import { rule } from '../../domain/rule.ts';\nexport const y = rule;\n");
  file('renderer/src/reaches-core.ts', "import { z } from '../../main/core/uses-ui.ts';\nexport const w = z;\n");
  file('central/fine.ts', "import { rule } from '../domain/rule.ts';\nexport const v = rule;\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('names each broken rule and exits non-zero', () => {
  const run = spawnSync(BIN, ['--config', path.join(ROOT, '.dependency-cruiser.cjs'), 'domain', 'main', 'renderer', 'central'], { cwd: dir, encoding: 'utf8' });
  const out = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  expect(out).toMatch(/domain-is-pure: domain\/reads-disk\.ts → (node:)?fs/);
  expect(out).toMatch(/core-imports-domain-only: main\/core\/uses-ui\.ts → renderer\/src\/view\.ts/);
  expect(out).toMatch(/renderer-talks-through-window-kuva: renderer\/src\/reaches-core\.ts → main\/core\/uses-ui\.ts/);
  expect(out).not.toMatch(/central\/fine\.ts/);
});
