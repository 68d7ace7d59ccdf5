import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db, type Queryable } from '../db/db.ts';
import { lockSlotRows, SLOT_LOCK_BUDGET, SLOT_LOCK_KEY, slotLockNames } from './slot-locks.ts';
import type { SlotRow } from './slots.ts';

const row = (key: string, from: string, to: string): SlotRow => ({ reservationId: 'r', key, from, to, slane: 'own', tlane: 'core' });

describe('slotLockNames', () => {
  it('names each key on each Helsinki day the span touches, the end excluded', () => {
    // 23:00–01:00 Helsinki (EET, +2) crosses midnight; a span ending at midnight stays on its day.
    const names = slotLockNames(
      [row('space:a', '2025-01-10T21:00:00.000Z', '2025-01-10T23:00:00.000Z'), row('space:b', '2025-01-10T08:00:00.000Z', '2025-01-10T22:00:00.000Z'), row('space:a', '2025-01-10T10:00:00.000Z', '2025-01-10T11:00:00.000Z')],
      10,
    );
    expect(names?.sort()).toEqual(['space:a|2025-01-10', 'space:a|2025-01-11', 'space:b|2025-01-10']);
  });

  it('gives up past the most it may name', () => {
    const week = [row('ru:x', '2025-03-01T10:00:00.000Z', '2025-03-08T10:00:00.000Z')];
    expect(slotLockNames(week, 8)).toHaveLength(8);
    expect(slotLockNames(week, 7)).toBeNull();
  });
});

describe('lockSlotRows (PGlite)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb({});
  });
  afterAll(() => db.close());

  const slotLocks = async (tx: Queryable) =>
    (await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND pid = pg_backend_pid()", [SLOT_LOCK_KEY])).rows[0]!.n;

  it('holds one lock per name until the transaction ends, and notes them', async () => {
    const locks = { held: new Set<string>(), ahead: null };
    const rows = [row('space:a', '2025-01-10T21:00:00.000Z', '2025-01-10T23:00:00.000Z'), row('space:b', '2025-01-10T08:00:00.000Z', '2025-01-10T09:00:00.000Z')];
    await db.transaction(async (tx) => {
      expect(await lockSlotRows(tx, rows, locks)).toBe(true);
      expect(await slotLocks(tx)).toBe(3);
    });
    expect(locks.held.size).toBe(3);
    expect(await slotLocks(db)).toBe(0);
  });

  it('takes none once the transaction’s budget is spent', async () => {
    const held = new Set(Array.from({ length: SLOT_LOCK_BUDGET }, (_, i) => `earlier|${i}`));
    await db.transaction(async (tx) => {
      expect(await lockSlotRows(tx, [row('space:a', '2025-01-10T10:00:00.000Z', '2025-01-10T11:00:00.000Z')], { held, ahead: null })).toBe(false);
      expect(await slotLocks(tx)).toBe(0);
    });
  });
});
