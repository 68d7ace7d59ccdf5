import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { parseCall, parseCaller } from '../../domain/contract.ts';
import type { CoreEvent, KuvaApi, Method } from '../../domain/contract.ts';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../domain/host-protocol.ts';
import type { Result } from '../../domain/result.ts';
import type { IpcSenderEvent, SenderCheck } from './ipc-sender.ts';

export interface IpcAdapterOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  core: KuvaApi;
  checkSender: (event: IpcSenderEvent) => SenderCheck;
  /** Receivers of core events: the web contents of our live windows. */
  eventTargets: () => Iterable<{ send(channel: string, payload: CoreEvent): void; isDestroyed(): boolean }>;
  log?: (message: string) => void;
}

/**
 * Runs one renderer call: sender check, contract validation, core. Never throws and never lets
 * an exception cross the bridge: every path answers a Result.
 */
export async function handleInvoke(
  core: KuvaApi,
  checkSender: (event: IpcSenderEvent) => SenderCheck,
  event: IpcSenderEvent,
  method: unknown,
  input: unknown,
  caller: unknown,
  log: (message: string) => void = () => {},
): Promise<Result<unknown>> {
  const sender = checkSender(event);
  if (!sender.ok) {
    log(`Refused IPC call: ${sender.reason}`);
    return { ok: false, error: { code: 'forbidden', message: 'This window may not call the backend.' } };
  }
  const call = parseCall(method, input);
  if (!call.ok) return call;
  const who = parseCaller(call.value.method, caller);
  if (!who.ok) return who;
  try {
    return await core.invoke(call.value.method as Method, call.value.input as never, who.value);
  } catch (error) {
    log(`Core failed on ${call.value.method}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return { ok: false, error: { code: 'internal', message: 'The backend failed to answer.' } };
  }
}

/** Registers the single invoke channel and forwards core events; returns the undo. */
export function registerIpcAdapter({ ipcMain, core, checkSender, eventTargets, log = () => {} }: IpcAdapterOptions): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, input: unknown, caller: unknown) =>
    handleInvoke(core, checkSender, event, method, input, caller, log),
  );
  const unsubscribe = core.onEvent((coreEvent) => {
    for (const target of eventTargets()) {
      if (!target.isDestroyed()) target.send(IPC_EVENT_CHANNEL, coreEvent);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
