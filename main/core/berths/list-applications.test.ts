import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationFilter } from '../../../domain/contract.ts';
import { inQueueOrder } from '../../../domain/berths/queue.ts';
import { application, H_MERI, H_PAJA, HANDLER, lease, put, tempCache, world } from './testing/index.ts';
import { isOfferOverdue } from '../../../domain/berths/overdue.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache();
  t.cache.applyChanges(world().changes, 'c1');
});
afterEach(() => t.dispose());

type Sort = { column: 'queue' | 'reference' | 'receivedAt' | 'applicantName' | 'boatWidth' | 'boatLength' | 'status' | 'season'; direction: 'asc' | 'desc' };
function list(filter: ApplicationFilter = {}, sort: Sort = { column: 'queue', direction: 'asc' }, offset = 0, limit = 100) {
  const r = t.cache.handle('berths.listApplications', { filter, sort, offset, limit }, HANDLER, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const names = (filter: ApplicationFilter = {}, sort?: Sort) => list(filter, sort).rows.map((r) => r.applicantName.split(' ')[0]);

describe('berths.listApplications', () => {
  it('sorts by queue: priority first, then arrival, id breaking ties; positions count pending applications only', () => {
    const { total, rows } = list();
    expect(total).toBe(6);
    expect(rows.map((r) => [r.applicantName, r.queuePosition])).toEqual([
      ['Öberg Åsa', 1],
      ['Virtanen Ville', 2],
      ['Korhonen Kalle', null],
      ['Mäkinen Matti', 3],
      ['Nieminen Pekka', 4],
      ['Laine Liisa', 5],
    ]);
    expect(rows[0]).toMatchObject({ kind: 'switch', priority: 2, firstChoice: { fi: 'Vasikkasaari' }, choiceCount: 2, pending: false, boatWidth: 3.2 });
    expect(names({}, { column: 'queue', direction: 'desc' })).toEqual(['Laine', 'Nieminen', 'Mäkinen', 'Korhonen', 'Virtanen', 'Öberg']);
  });

  it('filters by status, kind and harbour choice (any choice, not only the first)', () => {
    expect(names({ statuses: ['pending'] })).toEqual(['Öberg', 'Virtanen', 'Mäkinen', 'Nieminen', 'Laine']);
    expect(names({ statuses: ['handled', 'offer_sent'] })).toEqual(['Korhonen']);
    expect(names({ kind: 'switch' })).toEqual(['Öberg']);
    expect(names({ harbourId: H_PAJA })).toEqual(['Virtanen', 'Mäkinen', 'Nieminen']);
    expect(names({ harbourId: H_MERI, statuses: ['pending'] })).toEqual(['Öberg', 'Mäkinen', 'Nieminen', 'Laine']);
    expect(list({ kind: 'switch', harbourId: H_PAJA }).total).toBe(0);
  });

  it('searches free text without diacritics and by prefix', () => {
    expect(names({ text: 'makinen' })).toEqual(['Mäkinen']);
    expect(names({ text: 'virt' })).toEqual(['Virtanen']);
    expect(names({ text: 'öberg' })).toEqual(['Öberg']);
    expect(names({ text: 'Asa Oberg' })).toEqual(['Öberg']);
    expect(names({ text: 'oljyhuip' })).toEqual(['Mäkinen']); // boat name
    expect(names({ text: 'ABC-123' })).toEqual(['Nieminen']); // registration as written
    expect(names({ text: 'abc123' })).toEqual(['Nieminen']); // and without the dash
    expect(names({ text: 'marine' })).toEqual(['Nieminen']); // company
    expect(names({ text: 'VP26-000002' })).toEqual(['Virtanen']); // reference
    expect(list({ text: '0401234567' }).total).toBe(6); // phone in local form
    expect(names({ text: 'ville@example' })).toEqual(['Virtanen']);
    expect(list({ text: 'nobody' }).total).toBe(0);
    expect(list({ text: '"*)(' }).total).toBe(0); // nothing searchable: nothing matches, never everything
    expect(names({ text: 'mäk', statuses: ['handled'] })).toEqual([]);
  });

  it('pages with a stable order and the total of the whole filter', () => {
    const page = list({}, { column: 'queue', direction: 'asc' }, 2, 2);
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => [r.applicantName, r.queuePosition])).toEqual([
      ['Korhonen Kalle', null],
      ['Mäkinen Matti', 3],
    ]);
    expect(list({}, { column: 'queue', direction: 'asc' }, 6, 2).rows).toEqual([]);
  });

  it('sorts by the other columns in Finnish order', () => {
    expect(names({}, { column: 'applicantName', direction: 'asc' })).toEqual(['Korhonen', 'Laine', 'Mäkinen', 'Nieminen', 'Virtanen', 'Öberg']);
    expect(names({}, { column: 'applicantName', direction: 'desc' })).toEqual(['Öberg', 'Virtanen', 'Nieminen', 'Mäkinen', 'Laine', 'Korhonen']);
    expect(names({}, { column: 'boatWidth', direction: 'desc' })[0]).toBe('Öberg');
    expect(names({}, { column: 'receivedAt', direction: 'asc' })[0]).toBe('Laine');
    expect(names({}, { column: 'reference', direction: 'asc' })).toEqual(['Mäkinen', 'Virtanen', 'Öberg', 'Laine', 'Korhonen', 'Nieminen']);
    expect(names({}, { column: 'status', direction: 'desc' })[0]).toBe('Korhonen');
  });

  it('marks rows with a queued command and moves them out of the queue optimistically', () => {
    const app = world().apps['Mäkinen']!;
    const berthId = world().berths.a1.id;
    const r = t.cache.handle('berths.offerBerth', { applicationId: app.id, berthId, acceptShorter: false }, HANDLER, NOW);
    expect(r.ok).toBe(true);
    const rows = list().rows;
    expect(rows.find((x) => x.id === app.id)).toMatchObject({ status: 'offer_sent', pending: true, queuePosition: null });
    expect(rows.find((x) => x.applicantName.startsWith('Nieminen'))).toMatchObject({ queuePosition: 3, pending: false });
  });
});

describe('search, seasons and overdue offers', () => {
  it('takes % _ and emoji literally: they match nothing instead of everything', () => {
    for (const text of ['%', '_', '%%', '__', '😀', '%_😀']) expect(list({ text }).total, text).toBe(0);
    expect(list({ text: '   ' }).total).toBe(6); // blank is no search at all
  });

  it('finds applicants by street address and postcode', () => {
    const w = world();
    const m = w.apps['Mäkinen']!;
    t.cache.applyChanges([put('application', { ...m, applicant: { ...m.applicant, address: 'Pohjoisesplanadi 11-13', zipCode: '00170' } }, 4)], 'c2');
    expect(names({ text: 'pohjoisesp' })).toEqual(['Mäkinen']);
    expect(names({ text: 'Pohjoisesplanadi 11' })).toEqual(['Mäkinen']);
    expect(names({ text: '00170' })).toEqual(['Mäkinen']);
  });

  it('filters by season, "current" being the season offers are made for today; queues are per season', () => {
    const w = world();
    const v = w.apps['Virtanen']!;
    // Extended: next season at low priority; it leaves 2026's queue and heads 2027's.
    t.cache.applyChanges([put('application', { ...v, season: 2027, priority: 0 }, 4)], 'c2');
    expect(list({ season: 'current' }).offerSeason).toBe(2026);
    expect(names({ season: 'current' })).toEqual(['Öberg', 'Korhonen', 'Mäkinen', 'Nieminen', 'Laine']);
    expect(list({ season: 'current' }).rows.map((r) => r.queuePosition)).toEqual([1, null, 2, 3, 4]);
    expect(list({ season: 2027 }).rows.map((r) => [r.applicantName, r.queuePosition, r.season])).toEqual([['Virtanen Ville', 1, 2027]]);
    expect(list({ season: 'all' }).total).toBe(6);
    expect(list({}).total).toBe(6);
    const detail = t.cache.handle('berths.getApplication', { id: v.id }, HANDLER, NOW);
    expect(detail.ok && detail.value.queuePosition).toBe(1);
  });

  it('flags offers past their due date and filters them with the same today as the domain rule', () => {
    const w = world();
    const offered = (name: string, n: number, dueDate: string) => {
      const app = { ...w.apps[name]!, status: 'offer_sent' as const };
      return [put('application', app, 4), put('lease', { ...lease(`00000000-0000-4000-8009-0000000000${n}`, w.berths.a1, app, 'offered'), dueDate })];
    };
    // NOW is 10.2.2026 in Helsinki: due 9.2. is overdue, due 10.2. (today) is not.
    t.cache.applyChanges([...offered('Mäkinen', 11, '2026-02-09'), ...offered('Nieminen', 12, '2026-02-10')], 'c2');
    const rows = list().rows;
    const row = (name: string) => rows.find((r) => r.applicantName.startsWith(name))!;
    expect(row('Mäkinen')).toMatchObject({ overdue: true, offerDueDate: '2026-02-09' });
    expect(row('Nieminen')).toMatchObject({ overdue: false, offerDueDate: '2026-02-10' });
    expect(row('Laine')).toMatchObject({ overdue: false, offerDueDate: null });
    expect(names({ overdue: true })).toEqual(['Mäkinen']);
    for (const r of rows) expect(r.overdue).toBe(isOfferOverdue(r.status, r.offerDueDate, '2026-02-10'));
  });
});

describe('berths.listHarbours', () => {
  it('lists harbours alphabetically with their berths in use', () => {
    const r = t.cache.handle('berths.listHarbours', {}, HANDLER, NOW);
    expect(r.ok && r.value.map((h) => [h.name.fi, h.berthCount, h.region])).toEqual([
      ['Merisatama', 4, 'west'],
      ['Pajalahti', 2, 'west'],
      ['Vasikkasaari', 1, 'east'],
    ]);
  });
});

describe('queue positions on a larger queue', () => {
  it('match the domain queue order for every sort and page', () => {
    // Deterministic pseudo-random mix of priorities, statuses and arrival ties.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const statuses = ['pending', 'pending', 'pending', 'offer_sent', 'handled'] as const;
    const many = Array.from({ length: 240 }, (_, i) =>
      application({
        n: 100 + i,
        firstName: 'Testi',
        lastName: `Hakija${rnd(50)}`,
        choices: [H_MERI],
        priority: rnd(3) as 0 | 1 | 2,
        status: statuses[rnd(5)],
        width: 2 + rnd(20) / 10,
        receivedAt: `2026-01-${String(1 + rnd(5)).padStart(2, '0')}T09:00:00+02:00`,
      }).application,
    );
    t.cache.resetReadModel();
    t.cache.applyChanges([...world().harbours.map((h) => put('harbour', h)), ...many.map((a) => put('application', a))], 'c2');
    const expected = new Map(inQueueOrder(many.filter((a) => a.status === 'pending')).map((a, i) => [a.id, i + 1]));
    const sorts: Sort[] = [
      { column: 'queue', direction: 'asc' },
      { column: 'queue', direction: 'desc' },
      { column: 'boatWidth', direction: 'asc' },
      { column: 'applicantName', direction: 'desc' },
      { column: 'status', direction: 'asc' },
    ];
    for (const sort of sorts) {
      const seen = new Set<string>();
      for (let offset = 0; offset < 240; offset += 70) {
        for (const row of list({}, sort, offset, 70).rows) {
          expect(row.queuePosition).toBe(expected.get(row.id) ?? null);
          seen.add(row.id);
        }
      }
      expect(seen.size).toBe(240); // paging neither repeats nor skips
    }
    const pendingOnly = list({ statuses: ['pending'] }, { column: 'queue', direction: 'asc' }, 0, 1000).rows;
    expect(pendingOnly.map((r) => r.queuePosition)).toEqual(pendingOnly.map((_, i) => i + 1));
  });
});
