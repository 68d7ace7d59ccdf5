import { describe, expect, it } from 'vitest';
import type { Caller, CoreEvent, KuvaApi, Method } from '../../domain/contract.ts';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../domain/host-protocol.ts';
import type { Result } from '../../domain/result.ts';
import { handleInvoke, registerIpcAdapter } from './ipc-adapter.ts';
import type { IpcSenderEvent } from './ipc-sender.ts';

/** Stands in for the core: records calls, answers from memory. */
class InMemoryCore implements KuvaApi {
  readonly calls: { method: Method; input: unknown; caller?: Caller }[] = [];
  readonly listeners = new Set<(event: CoreEvent) => void>();
  async invoke(method: Method, input: unknown, caller?: Caller): Promise<Result<never>> {
    this.calls.push(caller === undefined ? { method, input } : { method, input, caller });
    if (method === 'sync.now') throw new Error('database is locked');
    return { ok: true, value: { echoed: method } as never };
  }
  onEvent(listener: (event: CoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

const trustedEvent: IpcSenderEvent = { senderFrame: { url: 'app://kuva/index.html', parent: null }, sender: {} };
const trustAll = () => ({ ok: true }) as const;
const AINO = { userId: 'user-aino' };

describe('handleInvoke', () => {
  it('passes a valid call to the core with parsed input and the user its window shows', async () => {
    const core = new InMemoryCore();
    const result = await handleInvoke(core, trustAll, trustedEvent, 'berths.getApplication', { id: '0b9c3d8e-5a4f-4c1e-9d2b-7f6a5e4d3c2b' }, AINO);
    expect(result).toEqual({ ok: true, value: { echoed: 'berths.getApplication' } });
    expect(core.calls).toEqual([{ method: 'berths.getApplication', input: { id: '0b9c3d8e-5a4f-4c1e-9d2b-7f6a5e4d3c2b' }, caller: AINO }]);
  });

  it('refuses a call that does not say which user its window shows (only session.get may)', async () => {
    const core = new InMemoryCore();
    for (const caller of [undefined, {}, { userId: 7 }, { userId: 'a', extra: true }]) {
      expect(await handleInvoke(core, trustAll, trustedEvent, 'berths.addNote', { applicationId: '0b9c3d8e-5a4f-4c1e-9d2b-7f6a5e4d3c2b', note: 'x' }, caller)).toMatchObject({
        ok: false,
        error: { code: 'bad_request' },
      });
    }
    expect(core.calls).toEqual([]);
    expect(await handleInvoke(core, trustAll, trustedEvent, 'session.get', {}, undefined)).toMatchObject({ ok: true });
    expect(await handleInvoke(core, trustAll, trustedEvent, 'session.logout', {}, { userId: null })).toMatchObject({ ok: true });
    expect(core.calls).toEqual([{ method: 'session.get', input: {} }, { method: 'session.logout', input: {}, caller: { userId: null } }]);
  });

  it('refuses an untrusted sender before touching the core', async () => {
    const core = new InMemoryCore();
    const logs: string[] = [];
    const result = await handleInvoke(core, () => ({ ok: false, reason: 'foreign origin' }), trustedEvent, 'session.get', {}, undefined, (m) => logs.push(m));
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'This window may not call the backend.' } });
    expect(core.calls).toEqual([]);
    expect(logs).toEqual(['Refused IPC call: foreign origin']);
  });

  it('answers unknown methods and bad input as Result errors', async () => {
    const core = new InMemoryCore();
    expect(await handleInvoke(core, trustAll, trustedEvent, 'constructor', {}, AINO)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await handleInvoke(core, trustAll, trustedEvent, 'berths.addNote', { applicationId: 'x', note: '' }, AINO)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(core.calls).toEqual([]);
  });

  it('turns a core exception into an internal error', async () => {
    const result = await handleInvoke(new InMemoryCore(), trustAll, trustedEvent, 'sync.now', {}, AINO);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The backend failed to answer.' } });
  });
});

describe('registerIpcAdapter', () => {
  it('registers one invoke channel, forwards events to live windows, and undoes both', async () => {
    const handlers = new Map<string, (event: IpcSenderEvent, ...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (channel: string, h: never) => void handlers.set(channel, h),
      removeHandler: (channel: string) => void handlers.delete(channel),
    };
    const core = new InMemoryCore();
    const sent: [string, CoreEvent][] = [];
    const live = { send: (channel: string, payload: CoreEvent) => sent.push([channel, payload]), isDestroyed: () => false };
    const gone = { send: () => { throw new Error('destroyed'); }, isDestroyed: () => true };
    const dispose = registerIpcAdapter({ ipcMain: ipcMain as never, core, checkSender: trustAll, eventTargets: () => [live, gone] });

    expect([...handlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    const answer = await handlers.get(IPC_INVOKE_CHANNEL)!(trustedEvent, 'session.get', {});
    expect(answer).toEqual({ ok: true, value: { echoed: 'session.get' } });
    await handlers.get(IPC_INVOKE_CHANNEL)!(trustedEvent, 'sync.status', {}, AINO);
    expect(core.calls.at(-1)).toEqual({ method: 'sync.status', input: {}, caller: AINO });

    const event: CoreEvent = { type: 'command.settled', commandId: 'c1', commandType: 'berths.addNote', status: 'applied' };
    for (const listener of core.listeners) listener(event);
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, event]]);

    dispose();
    expect(handlers.size).toBe(0);
    expect(core.listeners.size).toBe(0);
  });
});
