import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CacheNotice } from '../../../domain/contract.ts';
import type { Cache, OpenCacheOptions } from '../cache/cache-port.ts';
import { SIDE_FILES, WrongKeyError } from '../db/open-database.ts';
import { syncFolderOf } from '../db/durable.ts';
import { makePrivateDir } from '../db/private-files.ts';
import { keyFileFor, newCacheKey, readCacheKey, writeCacheKey } from './cache-key.ts';
import { cacheFileFor } from './profile-store.ts';
import type { SecretStore } from './secret-store.ts';

export interface UserCacheOptions {
  dataDir: string;
  userId: string;
  secretStore: SecretStore;
  openCache: (options: OpenCacheOptions) => Cache;
  now: Date;
}

/**
 * Opens a user's encrypted cache with the key of their profile. A plain cache from an older
 * version is encrypted in place (openDatabase). When the key is missing, unreadable or does not
 * fit, the cache is set aside (renamed, never deleted: it may hold unsent commands), a new key
 * is made, and an empty cache is opened, which the first sync fills again; the notice says so.
 */
export async function openUserCache(options: UserCacheOptions): Promise<{ cache: Cache; notice: CacheNotice | null }> {
  const { userId, secretStore, now } = options;
  const file = cacheFileFor(options.dataDir, userId);
  const keyFile = keyFileFor(file);
  makePrivateDir(path.dirname(file));
  const aside = asideNames(file, keyFile, now);
  const stored = await readCacheKey(keyFile, secretStore);
  let key: Buffer;
  if (stored.kind === 'ok') {
    key = stored.key;
  } else {
    // An unreadable key may come back (a keychain unlocked later): kept beside the cache it opens.
    if (stored.kind === 'unreadable') await rename(keyFile, aside.keyFile);
    key = newCacheKey();
    await writeCacheKey(keyFile, key, secretStore);
  }
  try {
    return { cache: options.openCache({ file, userId, key }), notice: null };
  } catch (error) {
    if (!(error instanceof WrongKeyError)) throw error;
  }
  await setAside(file, aside.file);
  return {
    cache: options.openCache({ file, userId, key }),
    notice: { reason: stored.kind === 'ok' ? 'key_wrong' : 'key_missing', at: now.toISOString(), setAsideFile: path.basename(aside.file) },
  };
}

/** Signing out on a shared workstation: the cache, what SQLite keeps beside it, and its key. */
export async function removeUserCache(dataDir: string, userId: string): Promise<void> {
  const file = cacheFileFor(dataDir, userId);
  for (const f of [file, ...SIDE_FILES.map((s) => file + s), keyFileFor(file)]) await rm(f, { force: true });
}

/**
 * `cache/u.sqlite` and `cache/u.key` become `cache/u.set-aside-<time>.sqlite` and `….key`: one name
 * for both, so a set-aside key stays beside the cache it opens; an existing name is never reused.
 */
function asideNames(file: string, keyFile: string, now: Date): { file: string; keyFile: string } {
  const base = file.replace(/\.sqlite$/, '');
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  for (let n = 1; ; n++) {
    const name = `${base}.set-aside-${stamp}${n === 1 ? '' : `-${n}`}`;
    const names = { file: `${name}.sqlite`, keyFile: keyFileFor(`${name}.sqlite`) };
    if (!existsSync(names.file) && !existsSync(names.keyFile)) return names;
  }
}

/**
 * The -wal (committed work not yet checkpointed) and -journal (a hot journal belongs to its file)
 * move with the file, before it: a crash in between leaves the file where it was, never a stray
 * WAL beside a new file that SQLite would try to replay.
 */
async function setAside(file: string, target: string): Promise<void> {
  for (const side of SIDE_FILES) if (existsSync(file + side)) await rename(file + side, target + side);
  await rename(file, target);
  syncFolderOf(file);
}
