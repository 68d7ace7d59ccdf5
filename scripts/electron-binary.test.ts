import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installedBinary } from './electron-binary.ts';

describe('installedBinary', () => {
  let pkg: string;

  beforeEach(async () => {
    pkg = await mkdtemp(join(tmpdir(), 'kuva-electron-pkg-'));
  });
  afterEach(() => rm(pkg, { recursive: true, force: true }));

  it('is null while the package has no path.txt (binary never downloaded)', () => {
    expect(installedBinary(pkg, {})).toBeNull();
  });

  it('is null when path.txt names a file that is not there', async () => {
    await writeFile(join(pkg, 'path.txt'), 'electron');
    expect(installedBinary(pkg, {})).toBeNull();
  });

  it('finds the binary in dist/, or under ELECTRON_OVERRIDE_DIST_PATH', async () => {
    await writeFile(join(pkg, 'path.txt'), 'electron');
    await mkdir(join(pkg, 'dist'));
    await writeFile(join(pkg, 'dist', 'electron'), '');
    expect(installedBinary(pkg, {})).toBe(join(pkg, 'dist', 'electron'));
    const override = join(pkg, 'custom');
    await mkdir(override);
    expect(installedBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull();
    await writeFile(join(override, 'electron'), '');
    expect(installedBinary(pkg, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
});
