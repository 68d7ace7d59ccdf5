import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse } from '../../domain/sync/protocol.ts';
import { openDb, type Db } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { decodeCursor } from './cursor.ts';
import { pullPage } from './pull.ts';

/** The paged pull on its own, over feed lines written straight into an empty feed. */
let db: Db;
beforeAll(async () => {
  db = await openDb({});
  await migrate(db);
  // seq 1–6 numbered; one line still unnumbered (a writer's open transaction) must never show.
  await db.exec(`INSERT INTO sync_feed (entity, id, seq, scope, op, version, data) VALUES
    ('harbour', 'h1', 1, 'berths.resources', 'put', 1, '{"name":"Ä \\"quoted\\" \\u2028"}'),
    ('application', 'a1', 2, 'berths.cases', 'put', 3, '{"n":1}'),
    ('harbour', 'h2', 3, 'berths.resources', 'delete', 2, NULL),
    ('harbour', 'h3', 4, 'berths.resources', 'put', 1, NULL),
    ('application', 'a2', 5, 'berths.cases', 'put', 1, '{"n":2}'),
    ('harbour', 'h4', 6, 'berths.resources', 'put', 1, '{"n":4}'),
    ('harbour', 'h5', NULL, 'berths.resources', 'put', 1, '{"n":5}')`);
});
afterAll(() => db.close());

const read = async (scopes: string[], after: number, limit: number) => {
  const page = await pullPage(db, scopes, after, limit);
  const body = PullResponse.parse(JSON.parse(page.json));
  return { ...body, seq: decodeCursor(body.cursor)?.seq, upTo: page.upTo };
};

describe('the paged pull', () => {
  it('answers the scopes’ lines in order as JSON the client reads, deletes without data, an empty put’s data null', async () => {
    const page = await read(['berths.resources'], 0, 10);
    expect(page.changes).toEqual([
      { entity: 'harbour', id: 'h1', op: 'put', version: 1, data: { name: 'Ä "quoted" \u2028' } },
      { entity: 'harbour', id: 'h2', op: 'delete', version: 2 },
      { entity: 'harbour', id: 'h3', op: 'put', version: 1, data: null },
      { entity: 'harbour', id: 'h4', op: 'put', version: 1, data: { n: 4 } },
    ]);
    expect(page).toMatchObject({ hasMore: false, seq: 6, upTo: 6 });
  });

  it('says more follow only when they do: a page exactly as long as what is left ends at the head', async () => {
    expect(await read(['berths.resources'], 0, 3)).toMatchObject({ hasMore: true, seq: 4, changes: [{ id: 'h1' }, { id: 'h2' }, { id: 'h3' }] });
    expect(await read(['berths.resources'], 0, 4)).toMatchObject({ hasMore: false, seq: 6 });
    expect(await read(['berths.resources', 'berths.cases'], 1, 2)).toMatchObject({ hasMore: true, seq: 3, changes: [{ id: 'a1' }, { id: 'h2' }] });
    expect(await read(['berths.resources', 'berths.cases'], 3, 2)).toMatchObject({ hasMore: true, seq: 5, changes: [{ id: 'h3' }, { id: 'a2' }] });
    expect(await read(['berths.resources', 'berths.cases'], 5, 2)).toMatchObject({ hasMore: false, seq: 6, changes: [{ id: 'h4' }] });
  });

  it('moves an idle cursor to the head, never back, and gives no scope nothing', async () => {
    expect(await read(['berths.cases'], 5, 10)).toMatchObject({ hasMore: false, seq: 6, changes: [] });
    expect(await read(['berths.cases'], 9, 10)).toMatchObject({ hasMore: false, seq: 9, changes: [] });
    expect(await read([], 0, 10)).toMatchObject({ hasMore: false, seq: 6, changes: [] });
  });
});
