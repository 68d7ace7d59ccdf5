import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CoreEvent } from '../../../domain/contract.ts';
import { writeProfile } from '../session/profile-store.ts';
import type { SecretStore } from '../session/secret-store.ts';
import { startCoreWorker } from './start-core-worker.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kuva-worker-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A real encrypting store whose key lives only on this (the main) thread, like safeStorage. */
function aesStore(calls: string[]): SecretStore {
  const key = randomBytes(32);
  return {
    kind: 'test-aes',
    async encrypt(plain) {
      calls.push('encrypt');
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), data]).toString('base64');
    },
    async decrypt(text) {
      calls.push('decrypt');
      const raw = Buffer.from(text, 'base64');
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      d.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

it('runs the core in a worker thread: calls, errors, events, secrets from the main thread, close', async () => {
  const calls: string[] = [];
  const store = aesStore(calls);
  const centralUrl = 'http://127.0.0.1:9';
  const user = { id: 'user-aino', name: 'Aino', roles: ['berth_handler' as const], grants: [] };
  await writeProfile(dir, { version: 1, centralUrl, user, token: { store: store.kind, data: await store.encrypt('tok') }, expiresAt: null });
  calls.length = 0;

  const core = await startCoreWorker({
    dataDir: dir,
    centralUrl,
    mode: 'electron',
    secretStore: store,
    sync: { initialBackoffMs: 50, maxBackoffMs: 100 },
    workerUrl: new URL('./core-worker.ts', import.meta.url),
  });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));

  const session = await core.invoke('session.get', {});
  expect(session).toEqual({ ok: true, value: { user, username: null, mode: 'electron', centralUrl, cacheNotice: null, screenLocked: false, idleLockMs: null } });
  // The token was unwrapped and the new cache key sealed by the main thread's store (the worker has no key).
  expect(calls).toEqual(['decrypt', 'encrypt']);

  const bad = await core.invoke('berths.getApplication', { id: 'nope' });
  expect(!bad.ok && bad.error.code).toBe('bad_request');
  const status = await core.invoke('sync.now', {});
  expect(status.ok && status.value.connection).toBe('offline');
  expect(events.some((e) => e.type === 'sync.status')).toBe(true);

  await core.close();
  const after = await core.invoke('session.get', {});
  expect(!after.ok && after.error.code).toBe('internal');
});

it('rejects the start when the core cannot open', async () => {
  await writeProfile(dir, { version: 1, centralUrl: 'x', user: null, token: null, expiresAt: null });
  // A data dir that is a file cannot hold a cache.
  await expect(
    startCoreWorker({ dataDir: path.join(dir, 'profile.json', 'inside'), centralUrl: 'http://127.0.0.1:9', mode: 'browser' }),
  ).rejects.toThrow();
});
