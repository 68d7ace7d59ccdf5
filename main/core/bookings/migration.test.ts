import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { openCache } from '../cache/open-cache.ts';
import { bookingWorld, HANDLER_TOOLO, NOW } from './testing/fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kuva-bookings-migration-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 004 (bookings)', () => {
  it('adds the bookings tables to a cache of the level before, keeping its rows and its queued commands', () => {
    const file = path.join(dir, 'cache.sqlite');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.level <= 3) });
    expect(old.pragma('user_version', { simple: true })).toBe(3);
    old.prepare("INSERT INTO harbour (id, version, data, name_fi) VALUES ('h-1', 3, '{\"id\":\"h-1\"}', 'Merisatama')").run();
    old.prepare("INSERT INTO outbox (id, type, payload, issued_at, actor_id, actor_name) VALUES ('c-1', 'berths.addNote', '{}', '2026-11-30T10:00:00Z', 'u', 'U')").run();
    old.close();

    const cache = openCache({ file, userId: HANDLER_TOOLO.id });
    try {
      expect(cache.counts().pendingCommands).toBe(1);
      cache.applyChanges(bookingWorld(), 'c1');
      const list = cache.handle('bookings.listReservations', { filter: { text: 'lukupiiri' }, sort: { column: 'beginsAt', direction: 'asc' }, offset: 0, limit: 10 }, HANDLER_TOOLO, NOW);
      expect(list.ok && list.value.rows.map((r) => r.id)).toEqual(['res-past', 'res-cancelled', 'res-lukupiiri']);
    } finally {
      cache.close();
    }
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(Math.max(...MIGRATIONS.map((m) => m.level)));
    expect(again.prepare('SELECT name_fi FROM harbour').pluck().get()).toBe('Merisatama');
    again.close();
  });
});
