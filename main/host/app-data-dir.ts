import { homedir } from 'node:os';
import { join, resolve, win32 } from 'node:path';

export const APP_DATA_FOLDER = 'kuva-desk';

/**
 * Where `npm start`, `npm run host` and the Electron shell keep their data when not packaged:
 * KUVA_DATA_DIR, else the platform's per-user data folder + kuva-desk.
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

/** The core's own folder (profile, SQLite caches) inside the app-data dir; the same in every mode. */
export function coreDataDir(appData: string): string {
  return join(appData, 'desk');
}
