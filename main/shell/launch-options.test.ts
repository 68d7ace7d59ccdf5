import { describe, expect, it } from 'vitest';
import { parseLaunchOptions } from './launch-options.ts';

describe('parseLaunchOptions', () => {
  it('never turns on dev mode in a packaged build', () => {
    expect(parseLaunchOptions(['electron', '.', '--dev'], { KUVA_DEV: '1' }, true).dev).toBe(false);
    expect(parseLaunchOptions(['electron', '.', '--dev'], {}, false).dev).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], {}, false).dev).toBe(false);
  });

  it('reads the kiosk flag from argv or env', () => {
    expect(parseLaunchOptions(['electron', '.', '--kiosk'], {}, true).kiosk).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], { KUVA_KIOSK: '1' }, true).kiosk).toBe(true);
    expect(parseLaunchOptions(['electron', '.'], {}, true).kiosk).toBe(false);
  });
});
