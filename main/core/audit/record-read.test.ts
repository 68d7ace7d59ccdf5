import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordReadsPayload } from '../../../domain/audit/commands.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import type { QueryContext } from '../cache/workspace.ts';
import { openDatabase, type SqliteDatabase } from '../db/open-database.ts';
import { recordPersonalDataRead, type PersonalDataRead } from './record-read.ts';

const VIEWER: StaffUser = { id: 'u-viewer', name: 'Veera Viewer', roles: ['culture_kids_family_viewer'], grants: [] };
const KIOSK: StaffUser = { id: 'u-kiosk', name: 'Kiosk', roles: ['kiosk'], grants: [] };
const READ: PersonalDataRead = { subjectKind: 'child', subjectIds: ['child-1'], workspace: 'culture-kids', partition: 'cohort-2026', purpose: 'check_in' };

let t: ReturnType<typeof tempCache>;
let db: SqliteDatabase;
const contextOf = (actor: StaffUser, now = new Date('2026-12-01T09:30:00Z')): QueryContext => ({
  db,
  writer: () => {
    throw new Error('an audited read writes no entity rows');
  },
  actor,
  now,
});

beforeEach(() => {
  t = tempCache(VIEWER.id);
  // The connection a core query runs on, beside the cache's own: both the same file.
  db = openDatabase(t.file);
});
afterEach(() => {
  db.close();
  t.dispose();
});

describe('recordPersonalDataRead', () => {
  it('queues one audit.recordReads command in the outbox, not counted as a change the person made', () => {
    const r = recordPersonalDataRead(contextOf(VIEWER), { ...READ, detail: { query: 'Virtanen', rows: 1 } });
    expect(r.ok).toBe(true);
    const [queued, ...rest] = t.cache.pendingCommands(10);
    expect(rest).toEqual([]);
    expect(queued).toMatchObject({ id: r.ok && r.value.commandId, type: 'audit.recordReads', issuedAt: '2026-12-01T09:30:00.000Z', baseVersion: null });
    const entries = (queued!.payload as RecordReadsPayload).entries;
    expect(entries).toEqual([
      {
        id: r.ok && r.value.entryIds[0],
        readAt: '2026-12-01T09:30:00.000Z',
        subjectKind: 'child',
        subjectIds: ['child-1'],
        workspace: 'culture-kids',
        partition: 'cohort-2026',
        purpose: 'check_in',
        purposeText: null,
        detail: { query: 'Virtanen', rows: 1 },
      },
    ]);
    expect(t.cache.counts().pendingCommands).toBe(0);
    // …but signing out keeps a cache that still holds it.
    expect(t.cache.outboxSize()).toBe(1);
  });

  it('splits a long list of subjects over entries of one command', () => {
    const ids = Array.from({ length: 450 }, (_, i) => `child-${i}`);
    const r = recordPersonalDataRead(contextOf(VIEWER), { ...READ, subjectKind: 'child_list', subjectIds: ids });
    expect(r.ok && r.value.entryIds).toHaveLength(3);
    const entries = (t.cache.pendingCommands(10)[0]!.payload as RecordReadsPayload).entries;
    expect(entries.flatMap((e) => e.subjectIds)).toEqual(ids);
  });

  it('refuses bad input and a role without audit.record, queueing nothing', () => {
    const other = recordPersonalDataRead(contextOf(VIEWER), { ...READ, purpose: 'other' });
    expect(!other.ok && other.error.code).toBe('bad_request');
    expect(!other.ok && other.error.message).toContain('purposeText');
    const tooMany = recordPersonalDataRead(contextOf(VIEWER), { ...READ, subjectIds: Array.from({ length: 40_001 }, (_, i) => `c${i}`) });
    expect(!tooMany.ok && tooMany.error.code).toBe('bad_request');
    const kiosk = recordPersonalDataRead(contextOf(KIOSK), READ);
    expect(!kiosk.ok && kiosk.error.code).toBe('forbidden');
    expect(t.cache.pendingCommands(10)).toEqual([]);
  });

  it('leaves the outbox with nothing applied locally when the central accepts it', () => {
    const r = recordPersonalDataRead(contextOf(VIEWER), READ);
    const summary = t.cache.settle([{ id: r.ok ? r.value.commandId : '', status: 'applied' }]);
    expect(summary).toMatchObject({ entities: [], settled: [{ id: r.ok && r.value.commandId, type: 'audit.recordReads', status: 'applied' }] });
    expect(t.cache.pendingCommands(10)).toEqual([]);
  });

  it('survives kill -9 right after it answered, and is still queued when the cache opens again', () => {
    db.close();
    const here = (p: string) => pathToFileURL(join(import.meta.dirname, p)).href;
    const script = `
      const { openDatabase } = await import(${JSON.stringify(here('../db/open-database.ts'))});
      const { recordPersonalDataRead } = await import(${JSON.stringify(here('record-read.ts'))});
      const db = openDatabase(${JSON.stringify(t.file)});
      const r = recordPersonalDataRead({ db, writer: null, actor: ${JSON.stringify(VIEWER)}, now: new Date() }, ${JSON.stringify(READ)});
      process.stdout.write(JSON.stringify(r));
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const answer = JSON.parse(child.stdout) as { ok: true; value: { commandId: string } };
    const cache = t.reopen();
    expect(cache.pendingCommands(10).map((c) => [c.id, c.type])).toEqual([[answer.value.commandId, 'audit.recordReads']]);
    db = openDatabase(t.file);
  });
});
