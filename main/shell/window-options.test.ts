import { describe, expect, it } from 'vitest';
import { createWindowOptions } from './window-options.ts';

describe('createWindowOptions', () => {
  it('hardens every webPreference explicitly', () => {
    const options = createWindowOptions({ preloadPath: '/app/out/preload/index.cjs', dev: false });
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
      safeDialogs: true,
    });
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('opens devtools only in development', () => {
    expect(createWindowOptions({ preloadPath: 'p', dev: true }).webPreferences?.devTools).toBe(true);
    expect(createWindowOptions({ preloadPath: 'p', dev: false }).webPreferences?.devTools).toBe(false);
  });
});
