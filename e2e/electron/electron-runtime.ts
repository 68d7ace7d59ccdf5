import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { installedBinary } from '../../scripts/electron-binary.ts';

export type ElectronRuntime = { available: true; path: string } | { available: false; reason: string };

/**
 * The Electron binary for the suite, found without require('electron') (which would start a
 * download or throw): KUVA_ELECTRON_BIN (a packaged app or an unpacked dist), else the npm
 * package's own dist folder.
 */
export function electronRuntime(env: Readonly<Record<string, string | undefined>> = process.env): ElectronRuntime {
  const fromEnv = env.KUVA_ELECTRON_BIN;
  if (fromEnv) {
    return existsSync(fromEnv) ? { available: true, path: fromEnv } : { available: false, reason: `KUVA_ELECTRON_BIN=${fromEnv} does not exist` };
  }
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { available: false, reason: 'the electron npm package is not installed' };
  }
  const binary = installedBinary(packageDir, env);
  return binary
    ? { available: true, path: binary }
    : { available: false, reason: 'the Electron runtime is not installed (node_modules/electron has no binary; `npm start` tries its downloader, or set KUVA_ELECTRON_BIN)' };
}
