import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, dataLayout } from './data-layout.ts';

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
});

describe('dataLayout', () => {
  it('keeps the central and the desk in their own subfolders of the app-data folder', () => {
    expect(dataLayout('/d/kuva-desk')).toEqual({
      root: '/d/kuva-desk',
      central: join('/d/kuva-desk', 'central'),
      desk: join('/d/kuva-desk', 'desk'),
    });
  });
});
