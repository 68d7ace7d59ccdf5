import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { openCache } from '../cache/open-cache.ts';
import { createCore, type Core } from '../core.ts';
import { keyFileFor, readCacheKey } from './cache-key.ts';
import { cacheFileFor, writeProfile } from './profile-store.ts';
import { plainSecretStore, type SecretStore } from './secret-store.ts';
import { openUserCache } from './user-cache.ts';

/** Files of a profile without a central: what a restart finds and what it makes of it. */
let dir: string;
let cores: Core[] = [];
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kuva-profile-'));
  cores = [];
});
afterEach(async () => {
  for (const c of cores) await c.close();
  await rm(dir, { recursive: true, force: true });
});

const DOWN = 'http://127.0.0.1:9';
const AINO: StaffUser = { id: 'user-aino', name: 'Aino Käsittelijä', roles: ['berth_handler'], grants: [] };
const mode = (file: string) => statSync(file).mode & 0o777;
const cacheFile = () => cacheFileFor(dir, AINO.id);

async function resume(): Promise<Core> {
  await writeProfile(dir, { version: 1, centralUrl: DOWN, user: AINO, token: { store: plainSecretStore.kind, data: await plainSecretStore.encrypt('tok') }, expiresAt: null });
  const core = await createCore({ dataDir: dir, centralUrl: DOWN, mode: 'browser', sync: { intervalMs: 60_000 } });
  cores.push(core);
  return core;
}

async function closeAll() {
  for (const c of cores) await c.close();
  cores = [];
}

/** A store whose every unsealing fails, as with another OS account or a reset keychain. */
const lockedStore: SecretStore = {
  kind: 'locked',
  encrypt: (plain) => plainSecretStore.encrypt(plain),
  decrypt: async () => {
    throw new Error('The keychain is locked.');
  },
};

describe('profile files', () => {
  it('are owner-only: 0700 folders; 0600 profile, key, cache and its -wal and -shm', async () => {
    await resume();
    const file = cacheFile();
    expect([mode(dir), mode(path.dirname(file))]).toEqual([0o700, 0o700]);
    const files = [path.join(dir, 'profile.json'), keyFileFor(file), file, `${file}-wal`, `${file}-shm`];
    expect(files.map((f) => [path.basename(f), mode(f)])).toEqual(files.map((f) => [path.basename(f), 0o600]));
  });

  it('left readable by an older version are made owner-only when the profile opens', async () => {
    await resume();
    await closeAll();
    const file = cacheFile();
    await writeFile(path.join(path.dirname(file), 'user-eero.sqlite'), '');
    for (const f of [path.join(dir, 'profile.json'), keyFileFor(file), file, path.join(path.dirname(file), 'user-eero.sqlite')]) chmodSync(f, 0o644);
    for (const d of [dir, path.dirname(file)]) chmodSync(d, 0o755);

    await resume();
    expect([mode(dir), mode(path.dirname(file))]).toEqual([0o700, 0o700]);
    for (const f of readdirSync(path.dirname(file))) expect([f, mode(path.join(path.dirname(file), f))]).toEqual([f, 0o600]);
    expect(mode(path.join(dir, 'profile.json'))).toBe(0o600);
  });
});

describe('openUserCache', () => {
  it('gives each profile its own random key, sealed by the SecretStore', async () => {
    const { cache } = await openUserCache({ dataDir: dir, userId: AINO.id, secretStore: plainSecretStore, openCache, now: new Date() });
    cache.close();
    const stored = await readCacheKey(keyFileFor(cacheFile()), plainSecretStore);
    expect(stored.kind === 'ok' && stored.key.length).toBe(32);
    const other = await openUserCache({ dataDir: dir, userId: 'user-eero', secretStore: plainSecretStore, openCache, now: new Date() });
    other.cache.close();
    const eero = await readCacheKey(keyFileFor(cacheFileFor(dir, 'user-eero')), plainSecretStore);
    expect(stored.kind === 'ok' && eero.kind === 'ok' && stored.key.equals(eero.key)).toBe(false);
  });

  it('sets aside a key it cannot unseal together with the cache it opens, and says so', async () => {
    const first = await openUserCache({ dataDir: dir, userId: AINO.id, secretStore: plainSecretStore, openCache, now: new Date() });
    first.cache.close();
    const original = await readCacheKey(keyFileFor(cacheFile()), plainSecretStore);

    const at = new Date('2027-03-01T10:00:00.000Z');
    const second = await openUserCache({ dataDir: dir, userId: AINO.id, secretStore: lockedStore, openCache, now: at });
    second.cache.close();
    expect(second.notice).toEqual({ reason: 'key_missing', at: at.toISOString(), setAsideFile: 'user-aino.set-aside-20270301T100000000Z.sqlite' });
    const folder = path.dirname(cacheFile());
    expect(readdirSync(folder).filter((f) => f.includes('set-aside')).sort()).toEqual(['user-aino.set-aside-20270301T100000000Z.key', 'user-aino.set-aside-20270301T100000000Z.sqlite']);
    // The set-aside key still opens the set-aside cache.
    const asideKey = await readCacheKey(path.join(folder, 'user-aino.set-aside-20270301T100000000Z.key'), plainSecretStore);
    expect(original.kind === 'ok' && asideKey.kind === 'ok' && asideKey.key.equals(original.key)).toBe(true);
    const aside = openCache({ file: path.join(folder, 'user-aino.set-aside-20270301T100000000Z.sqlite'), userId: AINO.id, key: asideKey.kind === 'ok' ? asideKey.key : undefined });
    expect(aside.userId).toBe(AINO.id);
    aside.close();
    expect(existsSync(cacheFile())).toBe(true);
  });

  it('never overwrites an earlier set-aside file', async () => {
    const at = new Date('2027-03-01T10:00:00.000Z');
    for (let i = 0; i < 3; i++) {
      const opened = await openUserCache({ dataDir: dir, userId: AINO.id, secretStore: i === 0 ? plainSecretStore : lockedStore, openCache, now: at });
      opened.cache.close();
    }
    const aside = readdirSync(path.dirname(cacheFile())).filter((f) => f.endsWith('.sqlite') && f.includes('set-aside'));
    expect(aside.sort()).toEqual(['user-aino.set-aside-20270301T100000000Z-2.sqlite', 'user-aino.set-aside-20270301T100000000Z.sqlite']);
  });
});
