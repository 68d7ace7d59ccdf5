import { afterEach, describe, expect, it } from 'vitest';
import type { ApplicationFilter } from '../../../domain/contract.ts';
import { openDatabase } from '../db/open-database.ts';
import { application, H_MERI, H_PAJA, HANDLER, put, worldCacheAtLevel } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof worldCacheAtLevel> | null = null;
afterEach(() => t?.dispose());

function names(filter: ApplicationFilter): string[] {
  const r = t!.cache.handle('berths.listApplications', { filter, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.rows.map((row) => row.applicantName.split(' ')[0]!);
}

describe('migration 018 (harbour choices by application rowid)', () => {
  it('copies every choice of a level-17 cache from its applications, and keeps them with later changes', () => {
    // As level 17 left a cache: the choices keyed by application id, one interrupted download's index SQL kept.
    t = worldCacheAtLevel(
      17,
      `DROP TABLE application_choice;
      CREATE TABLE application_choice (application_id TEXT NOT NULL, choice_order INTEGER NOT NULL, harbour_id TEXT NOT NULL,
        PRIMARY KEY (application_id, choice_order)) WITHOUT ROWID;
      CREATE INDEX application_choice_harbour ON application_choice (harbour_id, application_id);
      INSERT INTO application_choice SELECT a.id, j.key + 1, j.value FROM application a, json_each(a.data, '$.harbourChoices') j;
      INSERT INTO deferred_index (name, sql) VALUES ('application_choice_harbour', 'CREATE INDEX application_choice_harbour ON application_choice (harbour_id, application_id)');`,
    );

    t.reopen();
    expect(names({ harbourId: H_PAJA })).toEqual(['Virtanen', 'Mäkinen', 'Nieminen']);
    expect(names({ harbourId: H_MERI, statuses: ['pending'] })).toEqual(['Öberg', 'Mäkinen', 'Nieminen', 'Laine']);

    // Virtanen now chooses Merisatama only: gone from Pajalahti's list, in Merisatama's.
    const virtanen = application({ n: 2, firstName: 'Ville', lastName: 'Virtanen', choices: [H_MERI], width: 2.7, length: 8.5, receivedAt: '2026-01-03T09:00:00+02:00' });
    t.cache.applyChanges([put('application', virtanen.application, 4)], 'c2');
    expect(names({ harbourId: H_PAJA })).toEqual(['Mäkinen', 'Nieminen']);
    expect(names({ harbourId: H_MERI })).toContain('Virtanen');
    t.cache.close();

    const after = openDatabase(t.file);
    expect(after.prepare('SELECT count(*) AS n FROM deferred_index').get()).toEqual({ n: 0 });
    expect(after.prepare("SELECT sql FROM sqlite_master WHERE name = 'application_choice_harbour'").get()).toEqual({ sql: expect.stringContaining('application_rowid') });
    after.close();
  });
});
