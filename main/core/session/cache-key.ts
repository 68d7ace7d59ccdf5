import { randomBytes } from 'node:crypto';
import { open, readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { syncFolderOf } from '../db/durable.ts';
import { KEY_BYTES } from '../db/open-database.ts';
import { makePrivateIfExists, PRIVATE_FILE_MODE } from '../db/private-files.ts';
import type { SecretStore } from './secret-store.ts';

/**
 * The key of one user's cache, in `cache/<user>.key` beside `cache/<user>.sqlite`, sealed by the
 * SecretStore: safeStorage in Electron; in the browser host (development and demos) only the
 * file's mode 0600 protects it.
 */
const KeyFile = z.object({
  version: z.literal(1),
  /** The SecretStore kind that sealed it (diagnostics). */
  store: z.string(),
  data: z.string(),
});

export type StoredKey = { kind: 'ok'; key: Buffer } | { kind: 'missing' } | { kind: 'unreadable'; reason: string };

export function keyFileFor(cacheFile: string): string {
  return cacheFile.replace(/\.sqlite$/, '') + '.key';
}

export const newCacheKey = (): Buffer => randomBytes(KEY_BYTES);

export async function readCacheKey(file: string, secretStore: SecretStore): Promise<StoredKey> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  makePrivateIfExists(file);
  try {
    const stored = KeyFile.parse(JSON.parse(text));
    const key = Buffer.from(await secretStore.decrypt(stored.data), 'base64');
    if (key.length !== KEY_BYTES) return { kind: 'unreadable', reason: `the key has ${key.length} bytes` };
    return { kind: 'ok', key };
  } catch (error) {
    // Another OS account, a reset keychain, a damaged file: the key is gone for this session.
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Durable before the cache is encrypted with it: written to a 0600 temp file, flushed, renamed,
 * the folder flushed. A crash leaves the old key file or the new one, never a torn one, and never
 * a cache whose key was lost with the power.
 */
export async function writeCacheKey(file: string, key: Buffer, secretStore: SecretStore): Promise<void> {
  const body = JSON.stringify({ version: 1, store: secretStore.kind, data: await secretStore.encrypt(key.toString('base64')) });
  const tmp = `${file}.${process.pid}.tmp`;
  const handle = await open(tmp, 'w', PRIVATE_FILE_MODE);
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  syncFolderOf(file);
}
