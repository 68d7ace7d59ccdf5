import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../db/open-database.ts';
import { MIGRATIONS } from '../db/migrations/index.ts';
import { createConflicts } from './conflicts.ts';
import type { OutboxRow } from './outbox.ts';

let dir: string | null = null;
let db: SqliteDatabase | null = null;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = dir = null;
});

const command: OutboxRow = {
  seq: 1,
  id: '0e0b7a8c-5d1e-4a4f-9a39-9f1f4cbd6f01',
  type: 'berths.addNote',
  payload: JSON.stringify({ applicationId: 'a1', note: 'Soitettu' }),
  base_version: 3,
  issued_at: '2026-12-07T10:00:00.000Z',
  attempts: 1,
  aggregate_id: 'a1',
  actor_id: 'u1',
  actor_name: 'Aino Virtanen',
  puts: '[]',
};

describe('the conflict inbox', () => {
  it('keeps a command’s first refusal: a second one neither replaces it nor opens a dismissed one again', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kuva-conflicts-'));
    db = openDatabase(path.join(dir, 'cache.sqlite'), { migrations: MIGRATIONS });
    const conflicts = createConflicts(db, () => 'VP27-000001');
    conflicts.add(command, 'conflict', 'stale_version', 'The application changed.', { version: 4 }, '2026-12-07T10:00:01.000Z');
    conflicts.add(command, 'rejected', 'forbidden', 'Another answer.', undefined, '2026-12-07T10:00:02.000Z');
    expect(conflicts.list()).toMatchObject([{ id: command.id, status: 'conflict', code: 'stale_version', current: { version: 4 }, createdAt: '2026-12-07T10:00:01.000Z' }]);
    expect(conflicts.dismiss(command.id, '2026-12-07T10:01:00.000Z')).toBe(true);
    conflicts.add(command, 'conflict', 'stale_version', 'The application changed.', { version: 4 }, '2026-12-07T10:02:00.000Z');
    expect(conflicts.openCount()).toBe(0);
  });
});
