import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../open-cache.ts';
import type { Cache } from '../cache-port.ts';

/** A cache in a fresh temp dir; `reopen` closes and opens the same file (a restart or a crash after commit). */
export function tempCache(userId = 'u-handler') {
  const dir = mkdtempSync(join(tmpdir(), 'kuva-cache-'));
  const file = join(dir, 'cache.sqlite');
  const box = { cache: openCache({ file, userId }) as Cache };
  return {
    file,
    get cache() {
      return box.cache;
    },
    reopen() {
      box.cache.close();
      box.cache = openCache({ file, userId });
      return box.cache;
    },
    dispose() {
      try {
        box.cache.close();
      } catch {
        // already closed
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
