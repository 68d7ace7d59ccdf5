import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isStale, newestSourceTime, oldestOutputTime } from './build-if-stale.ts';

describe('build staleness', () => {
  let dir: string;
  const at = (path: string, seconds: number) => utimes(path, seconds, seconds);

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kuva-stale-'));
    await mkdir(join(dir, 'src/node_modules'), { recursive: true });
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'src/a.ts'), '');
    await writeFile(join(dir, 'src/a.test.ts'), '');
    await writeFile(join(dir, 'src/node_modules/x.js'), '');
    await writeFile(join(dir, 'out/index.html'), '');
    await at(join(dir, 'src/a.ts'), 1_000);
    await at(join(dir, 'out/index.html'), 2_000);
  });

  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is fresh when the output is newer than every source', () => {
    expect(isStale([join(dir, 'out/index.html')], [join(dir, 'src')])).toBe(false);
  });

  it('is stale when a source changed after the build', async () => {
    await at(join(dir, 'src/a.ts'), 3_000);
    expect(isStale([join(dir, 'out/index.html')], [join(dir, 'src')])).toBe(true);
  });

  it('ignores tests and node_modules', async () => {
    await at(join(dir, 'src/a.test.ts'), 3_000);
    await at(join(dir, 'src/node_modules/x.js'), 3_000);
    expect(newestSourceTime([join(dir, 'src')])).toBe(1_000_000);
  });

  it('is stale when any output is missing', () => {
    expect(oldestOutputTime([join(dir, 'out/index.html'), join(dir, 'out/missing.js')])).toBe(-1);
    expect(isStale([join(dir, 'out/missing.js')], [join(dir, 'src')])).toBe(true);
  });
});
