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
  file('node-shared/layout.ts', "import { join } from 'node:path';\nexport const layout = join('a', 'central');\n");
  file('node-shared/reaches-central.ts', "import { v } from '../central/fine.ts';\nexport const u = v;\n");
  file('central/uses-layout.ts', "import { layout } from '../node-shared/layout.ts';\nexport const c = layout;\n");
  file('main/host/uses-layout.ts', "import { layout } from '../../node-shared/layout.ts';\nexport const h = layout;\n");
  file('main/core/uses-layout.ts', "import { layout } from '../../node-shared/layout.ts';\nexport const k = layout;\n");
  file('renderer/src/uses-layout.ts', "import { layout } from '../../node-shared/layout.ts';\nexport const r = layout;\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('names each broken rule and exits non-zero', () => {
  const run = spawnSync(BIN, ['--config', path.join(ROOT, '.dependency-cruiser.cjs'), 'domain', 'main', 'renderer', 'central', 'node-shared'], { cwd: dir, encoding: 'utf8' });
  const out = run.stdout + run.stderr;
  expect(run.status).not.toBe(0);
  expect(out).toMatch(/domain-is-pure: domain\/reads-disk\.ts → (node:)?fs/);
  expect(out).toMatch(/core-imports-domain-only: main\/core\/uses-ui\.ts → renderer\/src\/view\.ts/);
  expect(out).toMatch(/renderer-talks-through-window-kuva: renderer\/src\/reaches-core\.ts → main\/core\/uses-ui\.ts/);
  expect(out).not.toMatch(/: central\/fine\.ts →/);
  // node-shared/ is for Node-side callers only, and depends on nothing but domain/.
  expect(out).toMatch(/node-shared-imports-domain-only: node-shared\/reaches-central\.ts → central\/fine\.ts/);
  expect(out).toMatch(/core-imports-domain-only: main\/core\/uses-layout\.ts → node-shared\/layout\.ts/);
  expect(out).toMatch(/renderer-talks-through-window-kuva: renderer\/src\/uses-layout\.ts → node-shared\/layout\.ts/);
  expect(out).not.toMatch(/: central\/uses-layout\.ts →/);
  expect(out).not.toMatch(/: main\/host\/uses-layout\.ts →/);
});
