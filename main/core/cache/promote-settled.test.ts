import { copyFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../../domain/sync/protocol.ts';
import { HANDLER, tempCache, world } from '../berths/testing/index.ts';
import { openDatabase } from '../db/open-database.ts';
import { openCache } from './open-cache.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((d) => d()));

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** Every table a settle can change, row by row, as text: two caches alike are alike here. */
function dump(file: string): Record<string, unknown[]> {
  const db = openDatabase(file);
  try {
    const tables = ['application', 'lease', 'berth_order', 'application_event', 'berth', 'shadow', 'outbox'];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(t === 'outbox' ? 'SELECT id, type, payload, base_version FROM outbox ORDER BY seq' : `SELECT * FROM ${t} ORDER BY 1, 2`).all()]),
    );
  } finally {
    db.close();
  }
}

/**
 * A desk with five commands queued on one world (an offer, its acceptance, notes, a second
 * offer), copied file for file: the same queue in two caches, one of which forgets the rows its
 * commands put and so has to settle the long way.
 */
function twoAlikeCaches() {
  const t = tempCache();
  disposers.push(() => t.dispose());
  const w = world();
  t.cache.applyChanges(w.changes, 'c1');
  const mk = w.apps['Mäkinen']!;
  const vi = w.apps.Virtanen!;
  value(t.cache.handle('berths.offerBerth', { applicationId: mk.id, berthId: w.berths.a1.id, acceptShorter: false }, HANDLER, NOW));
  const leaseId = (t.cache.pendingCommands(1)[0]!.payload as { leaseId: string }).leaseId;
  value(t.cache.handle('berths.recordOfferAnswer', { applicationId: mk.id, leaseId, answer: 'accepted' }, HANDLER, NOW));
  value(t.cache.handle('berths.addNote', { applicationId: vi.id, note: 'soitettu' }, HANDLER, NOW));
  value(t.cache.handle('berths.offerBerth', { applicationId: vi.id, berthId: w.berths.p1.id, acceptShorter: false }, HANDLER, NOW));
  value(t.cache.handle('berths.addNote', { applicationId: mk.id, note: 'maksu tulossa' }, HANDLER, NOW));
  const queued = t.cache.pendingCommands(10);
  t.cache.close();
  const copy = `${t.file}.copy`;
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${t.file}${suffix}`)) copyFileSync(`${t.file}${suffix}`, `${copy}${suffix}`);
  const raw = openDatabase(copy);
  raw.prepare('UPDATE outbox SET puts = NULL').run();
  raw.close();
  const fast = openCache({ file: t.file, userId: 'u-handler' });
  const slow = openCache({ file: copy, userId: 'u-handler' });
  disposers.unshift(() => {
    fast.close();
    slow.close();
  });
  return { fast, slow, files: [t.file, copy] as const, queued };
}

describe('settling answers the desk expected', () => {
  it('promotes the rows it holds and leaves the rest pending: the same cache, row for row, as deciding everything again', () => {
    const { fast, slow, files, queued } = twoAlikeCaches();
    // The central applied the first three as the desk did (an offer puts the application at 4, its acceptance at 5).
    const answers: CommandResult[] = [
      { id: queued[0]!.id, status: 'applied', version: 4 },
      { id: queued[1]!.id, status: 'applied', version: 5 },
      { id: queued[2]!.id, status: 'applied' },
    ];
    const promoted = fast.settle(answers);
    const decided = slow.settle(answers);
    expect(promoted.promoted).toBe(true);
    expect(decided.promoted).toBeUndefined();
    expect(promoted.settled).toEqual(decided.settled);
    expect(new Set(promoted.entities)).toEqual(new Set(decided.entities));
    fast.close();
    slow.close();
    expect(dump(files[0])).toEqual(dump(files[1]));
  });

  it('settles the long way when the central decided otherwise, and ends the same', () => {
    const { fast, slow, files, queued } = twoAlikeCaches();
    const answers: CommandResult[] = [
      { id: queued[0]!.id, status: 'applied', version: 4 },
      { id: queued[1]!.id, status: 'conflict', code: 'stale_version', message: 'moved on', current: null },
    ];
    const one = fast.settle(answers);
    const other = slow.settle(answers);
    expect(one.promoted).toBeUndefined();
    expect(one.settled).toEqual(other.settled);
    fast.close();
    slow.close();
    expect(dump(files[0])).toEqual(dump(files[1]));
  });

  it('settles the long way for answers out of queue order or a version it did not put', () => {
    const { fast, queued } = twoAlikeCaches();
    expect(fast.settle([{ id: queued[1]!.id, status: 'applied', version: 5 }]).promoted).toBeUndefined();
    expect(fast.settle([{ id: queued[0]!.id, status: 'applied', version: 9 }]).promoted).toBeUndefined();
  });
});
