import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { HANDLER, worldCacheAtLevel } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof worldCacheAtLevel> | null = null;
afterEach(() => t?.dispose());

const ftsSql = (db: ReturnType<typeof openDatabase>) =>
  db.prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE name IN ('application_fts', 'customer_fts') ORDER BY name").all().map((r) => r.sql);

describe('migration 017 (search indexes without prefix indexes)', () => {
  it('makes both berths search indexes anew without prefixes, and fills them from the rows at the next open', () => {
    // As level 16 left a cache: both indexes with their prefix indexes.
    t = worldCacheAtLevel(
      16,
      `DROP TABLE application_fts;
      CREATE VIRTUAL TABLE application_fts USING fts5 (names, company, email, phone, registration, boat_name, model, reference, application_code, address,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
      DROP TABLE customer_fts;
      CREATE VIRTUAL TABLE customer_fts USING fts5 (names, company, email, address, business_id, registration, berth, sticker,
        content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');`,
    );

    const cache = t.reopen();
    // Three letters and a whole name: found as before, now by scanning the index's own terms.
    for (const [text, names] of [
      ['mäk', ['Mäkinen Matti']],
      ['makinen', ['Mäkinen Matti']],
    ] as const) {
      const found = cache.handle('berths.listApplications', { filter: { text }, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 10 }, HANDLER, NOW);
      expect(found.ok && found.value.rows.map((r) => r.applicantName), text).toEqual(names);
    }
    const customers = cache.handle('berths.searchCustomers', { text: 'mä', limit: 10 }, HANDLER, NOW);
    expect(customers.ok && customers.value.rows.map((r) => r.lastName)).toContain('Mäkinen');
    cache.close();

    const after = openDatabase(t.file);
    expect(after.pragma('user_version', { simple: true })).toBe(Math.max(...MIGRATIONS.map((m) => m.level)));
    expect(ftsSql(after)).toHaveLength(2);
    for (const sql of ftsSql(after)) expect(sql).not.toMatch(/prefix/);
    expect(after.prepare('SELECT (SELECT count(*) FROM application_fts_stale) + (SELECT count(*) FROM customer_fts_stale) AS n').get()).toEqual({ n: 0 });
    after.close();
  });
});
