import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, coreDataDir } from './app-data-dir.ts';

describe('appDataDir', () => {
  it('prefers KUVA_DATA_DIR, made absolute', () => {
    expect(appDataDir({ KUVA_DATA_DIR: 'rel/dir', XDG_DATA_HOME: '/x' }, 'linux', '/home/a')).toBe(resolve('rel/dir'));
  });

  it('follows each platform convention', () => {
    expect(appDataDir({}, 'linux', '/home/a')).toBe('/home/a/.local/share/kuva-desk');
    expect(appDataDir({ XDG_DATA_HOME: '/data' }, 'linux', '/home/a')).toBe('/data/kuva-desk');
    expect(appDataDir({}, 'darwin', '/Users/a')).toBe('/Users/a/Library/Application Support/kuva-desk');
    expect(appDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32', 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming\\kuva-desk');
    expect(appDataDir({}, 'win32', 'C:\\Users\\a')).toBe('C:\\Users\\a\\AppData\\Roaming\\kuva-desk');
  });

  it('keeps the core in its own subfolder', () => {
    expect(coreDataDir('/d/kuva-desk')).toBe(join('/d/kuva-desk', 'desk'));
  });
});
