import { describe, expect, it } from 'vitest';
import { createWindowOptions } from '../window-options.ts';
import { createKioskWindowOptions, kioskPartition } from './window-options.ts';

const SESSION = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('createKioskWindowOptions', () => {
  const options = createKioskWindowOptions({ preloadPath: '/app/out/preload/index.cjs', sessionId: SESSION });

  it('is a locked full-screen window', () => {
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, frame: false, resizable: false, movable: false, minimizable: false, closable: false, show: false });
  });

  it('keeps every hardened webPreference of the staff window and never opens devtools', () => {
    const { devTools: _staffDevTools, ...staff } = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', dev: true }).webPreferences!;
    expect(options.webPreferences).toMatchObject(staff);
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webviewTag: false, devTools: false });
  });

  it('puts each customer in a partition of their own that lives in memory only', () => {
    expect(options.webPreferences!.partition).toBe(`kiosk-${SESSION}`);
    expect(options.webPreferences!.partition).not.toMatch(/^persist:/);
    const other = createKioskWindowOptions({ preloadPath: 'p', sessionId: '0f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b' });
    expect(other.webPreferences!.partition).not.toBe(options.webPreferences!.partition);
  });
});

describe('kioskPartition', () => {
  it.each(['', 'persist:kiosk', '../x', 'kiosk-1', '3F2B8C1E-9A4D-4E6F-8B7A-1C2D3E4F5A6B', `${SESSION} `, `persist:${SESSION}`])('refuses the session id %j', (id) => {
    expect(() => kioskPartition(id)).toThrow(RangeError);
  });
});
