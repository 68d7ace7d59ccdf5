import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache } from './open-cache.ts';
import { openDatabase } from '../db/open-database.ts';
import { HANDLER, world } from '../berths/testing/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kuva-boot-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const indexes = (file: string) => {
  const db = openDatabase(file);
  try {
    return db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").all().map((r) => r.name);
  } finally {
    db.close();
  }
};

describe('first download', () => {
  it('ends with the same read model, indexes and cursor as applying the changes row by row', () => {
    const w = world();
    const fast = join(dir, 'fast.sqlite');
    const slow = join(dir, 'slow.sqlite');
    const before = indexes(slow);
    const a = openCache({ file: fast, userId: HANDLER.id });
    const half = Math.floor(w.changes.length / 2);
    a.applyBootstrap(w.changes.slice(0, half), null);
    expect(a.getCursor()).toBeNull();
    a.applyBootstrap(w.changes.slice(half), 'c1');
    const b = openCache({ file: slow, userId: HANDLER.id });
    b.applyChanges(w.changes, 'c1');
    const list = (c: typeof a) => c.handle('berths.listApplications', { filter: { text: 'mäki' }, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, new Date());
    expect(a.getCursor()).toBe('c1');
    expect(list(a)).toEqual(list(b));
    const all = (c: typeof a) => c.handle('berths.listApplications', { filter: {}, sort: { column: 'applicantName', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, new Date());
    expect(all(a)).toEqual(all(b));
    a.close();
    b.close();
    expect(indexes(fast)).toEqual(before);
  });

  it('gets its indexes back when a download was cut off, and the next download starts clean', () => {
    const w = world();
    const file = join(dir, 'cut.sqlite');
    const before = indexes(file);
    const a = openCache({ file, userId: HANDLER.id });
    a.applyBootstrap(w.changes.slice(0, 5), null);
    a.close(); // as if the process died mid-download
    const b = openCache({ file, userId: HANDLER.id });
    expect(b.getCursor()).toBeNull();
    b.close();
    expect(indexes(file)).toEqual(before);
    const c = openCache({ file, userId: HANDLER.id });
    c.applyBootstrap(w.changes, 'c2');
    const total = c.handle('berths.listApplications', { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 1 }, HANDLER, new Date());
    expect(total.ok && total.value.total).toBe(Object.keys(w.apps).length);
    c.close();
  });

  it('lets the search indexes merge again at its end, and at the next open after a cut-off one', () => {
    const w = world();
    const file = join(dir, 'merge.sqlite');
    const automerge = () => {
      const db = openDatabase(file);
      try {
        // FTS5 keeps a setting in its _config table only once it differs from the default (4).
        return ['application_fts', 'customer_fts'].map((t) => db.prepare<[], { v: number }>(`SELECT v FROM ${t}_config WHERE k = 'automerge'`).get()?.v ?? 4);
      } finally {
        db.close();
      }
    };
    const a = openCache({ file, userId: HANDLER.id });
    a.applyBootstrap(w.changes.slice(0, 5), null);
    a.close(); // cut off mid-download
    expect(automerge()).toEqual([0, 0]);
    const b = openCache({ file, userId: HANDLER.id });
    b.close();
    expect(automerge()).toEqual([4, 4]);
    const c = openCache({ file, userId: HANDLER.id });
    c.applyBootstrap(w.changes, 'c3');
    c.close();
    expect(automerge()).toEqual([4, 4]);
  });

  it('puts queued commands back on top when the download ends', () => {
    const w = world();
    const file = join(dir, 'rebase.sqlite');
    const cache = openCache({ file, userId: HANDLER.id });
    cache.applyChanges(w.changes, 'c1');
    const offer = cache.handle('berths.offerBerth', { applicationId: w.apps['Mäkinen']!.id, berthId: w.berths.a1.id, acceptShorter: false }, HANDLER, new Date('2026-02-10T10:00:00+02:00'));
    expect(offer.ok).toBe(true);
    // Roles changed on the central: the read model is downloaded again from scratch.
    cache.resetReadModel();
    cache.applyBootstrap(w.changes, 'c2');
    const d = cache.handle('berths.getApplication', { id: w.apps['Mäkinen']!.id }, HANDLER, new Date());
    expect(d.ok && [d.value.application.status, d.value.offer?.pending]).toEqual(['offer_sent', true]);
    expect(cache.counts().pendingCommands).toBe(1);
    cache.close();
  });
});
