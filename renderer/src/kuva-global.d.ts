import type { KuvaApi } from '../../domain/contract.ts';

declare global {
  interface Window {
    /** Installed by the Electron preload, or by the renderer's own host bridge in a browser. */
    kuva?: KuvaApi;
  }
}
