import type { CoreEvent, KuvaApi } from '../domain/contract.ts';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../domain/host-protocol.ts';
import type { Result } from '../domain/result.ts';

/** The slice of ipcRenderer the bridge uses; the event object is opaque on purpose. */
export interface IpcLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * window.kuva over Electron IPC. Only named functions cross the context bridge: no ipcRenderer,
 * no IpcRendererEvent (whose `sender` would hand the page ipcRenderer itself), no channel choice.
 */
export function createKuvaBridge(ipc: IpcLike): KuvaApi {
  return {
    async invoke(method, input, caller) {
      try {
        // Structured clone carries only data: the caller is copied as { userId } and nothing more.
        const who = caller === undefined ? undefined : { userId: caller.userId };
        return (await ipc.invoke(IPC_INVOKE_CHANNEL, method, input, who)) as Result<never>;
      } catch {
        // Only when the main process has no handler (starting or shutting down).
        return { ok: false, error: { code: 'internal', message: 'The backend is not available.' } };
      }
    },
    onEvent(listener) {
      if (typeof listener !== 'function') throw new TypeError('onEvent needs a function.');
      const forward = (_event: unknown, payload: unknown): void => listener(payload as CoreEvent);
      ipc.on(IPC_EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(IPC_EVENT_CHANNEL, forward);
      };
    },
  };
}
