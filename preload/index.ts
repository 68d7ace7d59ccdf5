import { contextBridge, ipcRenderer } from 'electron';
import { createKuvaBridge } from './kuva-bridge.ts';

// The only thing the page gets. Bundled to one CommonJS file: a sandboxed preload cannot load modules.
contextBridge.exposeInMainWorld('kuva', createKuvaBridge(ipcRenderer));
