import { afterAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from './db/db.ts';
import { MIGRATED_TEMPLATE, migrate } from './db/migrate.ts';
import { launchCentral } from './server.ts';
import { seedIfEmpty } from './seed.ts';
import { signIn } from './testing/api-client.ts';

const opened: { close: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const o of opened) await o.close();
});

async function feedOrder(db: Pick<Db, 'query'>) {
  const { rows } = await db.query<{ entity: string; lo: string; hi: string; unnumbered: number }>(
    `SELECT entity, min(seq)::text AS lo, max(seq)::text AS hi, count(*) FILTER (WHERE seq IS NULL)::int AS unnumbered FROM sync_feed GROUP BY entity`,
  );
  return new Map(rows.map((r) => [r.entity, { lo: Number(r.lo), hi: Number(r.hi), unnumbered: r.unnumbered }]));
}
const count = async (db: Pick<Db, 'query'>, table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

describe('a seeded in-memory central (from the reference template)', () => {
  it('holds the reference data and the users once, the generated cases after them, every feed line numbered', async () => {
    // Twice: the first may build the template, the second opens it.
    for (const seed of [3, 4]) {
      const central = await launchCentral({ seed: { applications: 20, seed }, notifications: false });
      opened.push(central);
      expect(await count(central.db, 'harbour')).toBe(57);
      expect(await count(central.db, 'berth')).toBe(4068);
      expect(await count(central.db, 'users')).toBeGreaterThan(10);
      expect(await count(central.db, 'application')).toBe(20);
      const order = await feedOrder(central.db);
      for (const [, e] of order) expect(e.unnumbered).toBe(0);
      // A harbour before its piers and berths, the reference data before the cases.
      expect(order.get('harbour')!.hi).toBeLessThan(order.get('pier')!.lo);
      expect(order.get('pier')!.hi).toBeLessThan(order.get('berth')!.lo);
      expect(order.get('winter_place')!.hi).toBeLessThan(order.get('customer')!.lo);
      const users = await central.db.query<{ username: string }>('SELECT username FROM users');
      expect(new Set(users.rows.map((u) => u.username)).size).toBe(users.rows.length);
      // The template's password hashes work.
      expect(await signIn(central.url, 'aino')).toEqual(expect.any(String));
    }
  });

  it('a database that has users is not seeded again, unless it came from the template', async () => {
    const db = await openDb({ memoryStage: MIGRATED_TEMPLATE });
    opened.push(db);
    await migrate(db);
    expect(await seedIfEmpty(db, { applications: 5, seed: 1 })).toMatchObject({ applications: 5, harbours: 57 });
    expect(await seedIfEmpty(db, { applications: 5, seed: 2 })).toBeNull();
    expect(await count(db, 'application')).toBe(5);
  });
});
