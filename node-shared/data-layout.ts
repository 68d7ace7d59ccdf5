import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';

export const APP_DATA_FOLDER = 'kuva-desk';

/**
 * The app-data folder of a checkout's commands (`npm start`, `npm run central`, `npm run host`,
 * Electron started by `npm start`): KUVA_DATA_DIR, else the platform's per-user data folder +
 * kuva-desk.
 */
export function appDataDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.KUVA_DATA_DIR) return resolve(env.KUVA_DATA_DIR);
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_DATA_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DATA_FOLDER);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), APP_DATA_FOLDER);
}

export interface DataLayout {
  root: string;
  /** The PGlite database of the embedded or standalone central. */
  central: string;
  /** The core's profile and SQLite caches. */
  desk: string;
}

/**
 * The one layout every command uses inside an app-data folder, so a central restarted with
 * `npm run central` opens the database `npm start` made, and the desk finds its caches.
 */
export function dataLayout(root: string): DataLayout {
  return { root, central: join(root, 'central'), desk: join(root, 'desk') };
}
