import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, StaffUser } from '../../../domain/sync/protocol.ts';
import type { Boat, Customer, Lease } from '../../../domain/berths/entities.ts';
import { openDatabase } from '../db/open-database.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { openCache } from '../cache/open-cache.ts';
import { boat, customer, HANDLER, lease, put, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
const HARRI: StaffUser = { id: 'u-harri', name: 'Harri Laine', roles: ['harbour_services'], grants: [] };

/** The world's customers plus a few whose fields the search must find: a company, a holder of last season's berth. */
function people() {
  const w = world();
  const holder: Customer = { ...customer(uid(5, 999), 'Sirkka', 'Laineenkoski'), address: 'Ruoholahdenkatu 8', zipCode: '00180' };
  const firm: Customer = { ...customer(uid(5, 50), 'Olli', 'Aalto', 'company'), companyName: 'Meripalvelu Oy', businessId: '2617934-5', email: 'toimisto@meripalvelu.fi' };
  const laine2: Customer = { ...customer(uid(5, 51), 'Laine', 'Berg'), email: 'laine.berg@example.fi' };
  const sailboat: Boat = { ...boat(uid(6, 50), firm.id, 3.2, 10), registrationNumber: 'FIN-12345' };
  const holderBoat: Boat = { ...boat(uid(6, 51), holder.id, 2.4, 7), registrationNumber: 'B 4711' };
  const changes: Change[] = [...w.changes, put('customer', holder), put('customer', firm), put('customer', laine2), put('boat', sailboat), put('boat', holderBoat)];
  return { w, holder, firm, laine2, sailboat, holderBoat, changes };
}

let t: ReturnType<typeof tempCache>;
let p: ReturnType<typeof people>;
beforeEach(() => {
  t = tempCache();
  p = people();
  t.cache.applyChanges(p.changes, 'c1');
});
afterEach(() => t.dispose());

function search(text: string, limit = 50, cache = t.cache) {
  const r = cache.handle('berths.searchCustomers', { text, limit }, HANDLER, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const last = (text: string) => search(text).rows.map((r) => r.lastName);

describe('berths.searchCustomers', () => {
  it('finds names by prefix with ä, ö and å folded, typed either way', () => {
    expect(last('mäk')).toEqual(['Mäkinen']);
    expect(last('mak')).toEqual(['Mäkinen']);
    expect(last('Öberg')).toEqual(['Öberg']);
    expect(last('oberg')).toEqual(['Öberg']);
    expect(last('asa ob')).toEqual(['Öberg']);
    expect(last('nobody')).toEqual([]);
  });

  it('finds email fragments, addresses, companies and business ids with or without the dash', () => {
    expect(last('toimisto@meri')).toEqual(['Aalto']);
    expect(last('ruoholahdenk')).toEqual(['Laineenkoski']);
    expect(last('00180')).toEqual(['Laineenkoski']);
    expect(last('meripalvelu')).toEqual(['Aalto']);
    expect(last('2617934-5')).toEqual(['Aalto']);
    expect(last('26179345')).toEqual(['Aalto']);
    expect(last('2617934 5')).toEqual(['Aalto']);
    const hit = search('26179345').rows[0]!;
    expect(hit.matched).toContainEqual({ field: 'businessId', value: '2617934-5' });
  });

  it('finds boats by registration number with or without punctuation and spaces', () => {
    for (const text of ['FIN-12345', 'fin12345', 'FIN 12345', 'fin-123']) expect(last(text)).toEqual(['Aalto']);
    expect(last('b4711')).toEqual(['Laineenkoski']);
    expect(last('B 4711')).toEqual(['Laineenkoski']);
    expect(search('FIN-12345').rows[0]!.matched).toEqual([{ field: 'registration', value: 'FIN-12345' }]);
  });

  it("finds the customer by a berth of the customer's leases: harbour, pier and number, or pier and number together", () => {
    expect(last('Merisatama B 1')).toEqual(['Laineenkoski']);
    expect(last('B1')).toEqual(['Laineenkoski']);
    const hit = search('merisatama b1').rows[0]!;
    expect(hit.matched).toEqual([{ field: 'berth', harbourName: p.w.harbours[0]!.name, pier: 'B', number: '1', season: 2025, status: 'paid' }]);
  });

  it('lets the words match different fields: a name and a registration typed together', () => {
    expect(last('sirkka b4711')).toEqual(['Laineenkoski']);
    expect(last('olli fin-12345')).toEqual(['Aalto']);
    expect(last('ville fin-12345')).toEqual([]);
  });

  it('ranks the name word for word first, then names that start so, then other fields, alphabetically within each', () => {
    // Laine (surname, exact), Laine Berg (first name, exact), Laineenkoski (prefix), and none by email alone here.
    const rows = search('laine').rows;
    expect(rows.map((r) => `${r.firstName} ${r.lastName}`)).toEqual(['Laine Berg', 'Liisa Laine', 'Sirkka Laineenkoski']);
    expect(rows[2]!.matched.map((m) => m.field)).toEqual(['name']);
    // A word starts a word: "berg" is not in "Öberg".
    expect(last('berg')).toEqual(['Berg']);
  });

  it('caps the rows and says there are more', () => {
    const r = search('example', 2);
    expect(r).toMatchObject({ more: true });
    expect(r.rows).toHaveLength(2);
    expect(search('example', 8)).toMatchObject({ more: false });
    expect(search('example', 8).rows).toHaveLength(8);
    // Name hits fill the page before any other field is searched: still in rank order.
    expect(search('laine', 1)).toMatchObject({ more: true, rows: [{ firstName: 'Laine', lastName: 'Berg' }] });
  });

  it('answers nothing, never everything, to text without letters or digits, and refuses FTS syntax as syntax', () => {
    expect(search('')).toEqual({ rows: [], more: false });
    expect(search('%').rows).toEqual([]);
    expect(search('"*').rows).toEqual([]);
    expect(last('"laine* OR')).toEqual([]);
    expect(last('laine*"')).toEqual(['Berg', 'Laine', 'Laineenkoski']);
  });

  it('is not offered to harbour services', () => {
    const r = t.cache.handle('berths.searchCustomers', { text: 'laine', limit: 50 }, HARRI, NOW);
    expect(r.ok ? 'ok' : r.error.code).toBe('forbidden');
  });
});

describe('the customer index follows the cache write path', () => {
  it('takes a changed registration, a renamed customer and a removed lease at once', () => {
    t.cache.applyChanges([put('boat', { ...p.sailboat, registrationNumber: 'FIN-777' }, 2), put('customer', { ...p.firm, lastName: 'Aaltonen' }, 2)], 'c2');
    expect(last('fin-12345')).toEqual([]);
    expect(last('fin777')).toEqual(['Aaltonen']);
    expect(last('aaltonen')).toEqual(['Aaltonen']);
    t.cache.applyChanges([{ entity: 'lease', id: p.w.lastSeason.id, op: 'delete', version: 2 }], 'c3');
    expect(last('merisatama b1')).toEqual([]);
  });

  it('names the berth of a lease that arrived before its berth, and follows a renumbered berth', () => {
    const b = p.w.berths.a10;
    const early: Lease = lease(uid(9, 50), { ...b, id: uid(3, 50), number: '77' }, null, 'offered', 2026, p.laine2.id);
    t.cache.applyChanges([put('lease', early)], 'c2');
    expect(last('a77')).toEqual([]);
    t.cache.applyChanges([put('berth', { ...b, id: uid(3, 50), number: '77' })], 'c3');
    expect(last('a77')).toEqual(['Berg']);
    t.cache.applyChanges([put('berth', { ...b, id: uid(3, 50), number: '78' }, 2)], 'c4');
    expect(last('a77')).toEqual([]);
    expect(last('a78')).toEqual(['Berg']);
  });

  it('builds the same index through a first download, rows in any order', () => {
    const fresh = tempCache();
    try {
      const reversed = [...p.changes].reverse();
      fresh.cache.applyBootstrap(reversed.slice(0, 10), null);
      fresh.cache.applyBootstrap(reversed.slice(10), 'end');
      for (const text of ['laine', 'fin12345', 'merisatama b1', '2617934-5', 'mak']) expect(search(text, 50, fresh.cache)).toEqual(search(text));
    } finally {
      fresh.dispose();
    }
  });
});

describe('migration 009 on a cache that already holds customers', () => {
  it('fills the index from the rows at the first open', () => {
    const fresh = tempCache();
    const file = fresh.file;
    fresh.cache.close();
    // A cache at level 7 with rows written by that version (no customer index yet).
    const old = openDatabase(`${file}.old`, { migrations: MIGRATIONS.filter((m) => m.level <= 7) });
    const ins = (table: string, cols: string[], id: string, data: unknown, values: unknown[]) =>
      old.prepare(`INSERT INTO ${table} (id, version, data, pending${cols.map((c) => `, ${c}`).join('')}) VALUES (?, 1, ?, 0${cols.map(() => ', ?').join('')})`).run(id, JSON.stringify(data), ...values);
    const { w, firm, sailboat, holder } = p;
    for (const h of w.harbours) ins('harbour', ['name_fi'], h.id, h, [h.name.fi]);
    ins('pier', ['harbour_id', 'identifier'], w.piers.pB.id, w.piers.pB, [w.piers.pB.harbourId, 'B']);
    const b1 = w.berths.b1;
    ins('berth', ['harbour_id', 'pier_id', 'number', 'width', 'length', 'is_active'], b1.id, b1, [b1.harbourId, b1.pierId, b1.number, b1.width, b1.length, 1]);
    for (const c of [firm, holder]) ins('customer', ['kind'], c.id, c, [c.kind]);
    ins('boat', ['customer_id'], sailboat.id, sailboat, [sailboat.customerId]);
    ins('lease', ['berth_id', 'application_id', 'season', 'status', 'due_date'], w.lastSeason.id, w.lastSeason, [b1.id, null, 2025, 'paid', null]);
    old.close();
    const cache = openCache({ file: `${file}.old`, userId: HANDLER.id });
    try {
      expect(search('fin-12345', 50, cache).rows.map((r) => r.lastName)).toEqual(['Aalto']);
      expect(search('b1', 50, cache).rows.map((r) => r.lastName)).toEqual(['Laineenkoski']);
      expect(search('meripalvelu', 50, cache).rows).toHaveLength(1);
    } finally {
      cache.close();
      fresh.dispose();
    }
  });
});
