import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../domain/contract.ts';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../domain/host-protocol.ts';
import { createKuvaBridge } from './kuva-bridge.ts';

/** ipcRenderer's shape over an EventEmitter; invoke answers like the main process's handler. */
class Ipc extends EventEmitter {
  readonly invocations: unknown[][] = [];
  answer: (channel: string, ...args: unknown[]) => Promise<unknown> = async () => ({ ok: true, value: 'pong' });
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push([channel, ...args]);
    return this.answer(channel, ...args);
  }
}

describe('createKuvaBridge', () => {
  it('exposes exactly invoke and onEvent', () => {
    expect(Object.keys(createKuvaBridge(new Ipc())).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('sends every call on the one invoke channel', async () => {
    const ipc = new Ipc();
    const kuva = createKuvaBridge(ipc);
    expect(await kuva.invoke('session.get', {})).toEqual({ ok: true, value: 'pong' });
    expect(ipc.invocations).toEqual([[IPC_INVOKE_CHANNEL, 'session.get', {}, undefined]]);
  });

  it('sends the user the window shows, as plain data only', async () => {
    const ipc = new Ipc();
    const kuva = createKuvaBridge(ipc);
    const caller = { userId: 'user-aino', sneaky: () => 1 } as unknown as { userId: string };
    await kuva.invoke('sync.status', {}, caller);
    expect(ipc.invocations).toEqual([[IPC_INVOKE_CHANNEL, 'sync.status', {}, { userId: 'user-aino' }]]);
  });

  it('answers a Result when the main process has no handler', async () => {
    const ipc = new Ipc();
    ipc.answer = async () => {
      throw new Error("No handler registered for 'kuva:invoke'");
    };
    expect(await createKuvaBridge(ipc).invoke('sync.status', {})).toEqual({ ok: false, error: { code: 'internal', message: 'The backend is not available.' } });
  });

  it('gives listeners the event payload only, never the IPC event, and unsubscribes', () => {
    const ipc = new Ipc();
    const kuva = createKuvaBridge(ipc);
    const received: unknown[][] = [];
    const off = kuva.onEvent((...args: unknown[]) => received.push(args));
    const payload: CoreEvent = { type: 'changed', entities: [] };
    const ipcEvent = { sender: { send() {} }, ports: [] };
    ipc.emit(IPC_EVENT_CHANNEL, ipcEvent, payload);
    expect(received).toEqual([[payload]]);
    off();
    ipc.emit(IPC_EVENT_CHANNEL, ipcEvent, payload);
    expect(received).toHaveLength(1);
    expect(ipc.listenerCount(IPC_EVENT_CHANNEL)).toBe(0);
  });

  it('ignores other channels', () => {
    const ipc = new Ipc();
    const received: unknown[] = [];
    createKuvaBridge(ipc).onEvent((e) => received.push(e));
    ipc.emit('kuva:other', {}, { type: 'changed', entities: [] });
    expect(received).toEqual([]);
  });
});
