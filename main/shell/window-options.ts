import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  preloadPath: string;
  dev: boolean;
  title?: string;
}

/**
 * The one place BrowserWindow options are made. Every security-relevant webPreference is set
 * explicitly, even where it equals Electron's default, so a changed default cannot loosen it.
 */
export function createWindowOptions({ preloadPath, dev, title = 'KuVa Desk' }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
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
      devTools: dev,
      safeDialogs: true,
    },
  };
}
