import { describe, expect, it } from 'vitest';
import { can, ROLES, SCOPES } from '../roles.ts';
import { COMMANDS } from '../workspaces.ts';
import { RECORD_READS, RecordReadsPayload } from './commands.ts';
import { decideRecordReads } from './decide.ts';
import { MAX_ENTRIES, MAX_SUBJECT_IDS, ReadEntry, splitSubjects } from './entry.ts';
import { AuditReadsQuery } from './read-api.ts';
import { PERSONAL_DATA_SCOPES, personalDataFeedScope } from './scopes.ts';

const entry = (over: Record<string, unknown> = {}) => ({
  id: '0b8f4a52-7d41-4c0e-9b1a-0000000000a1',
  readAt: '2026-12-01T10:00:00.000+02:00',
  subjectKind: 'child',
  subjectIds: ['child-1'],
  workspace: 'culture-kids',
  partition: 'cohort-2026',
  purpose: 'family_request',
  purposeText: null,
  detail: null,
  ...over,
});
const problems = (value: unknown) => {
  const r = ReadEntry.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('an audit entry', () => {
  it('takes a read with its purpose, subjects and detail', () => {
    expect(problems(entry())).toEqual([]);
    expect(problems(entry({ subjectKind: 'child_list', subjectIds: [], detail: { query: 'Virtanen', rows: 12 } }))).toEqual([]);
    expect(problems(entry({ partition: null, workspace: 'bookings', subjectKind: 'reservee' }))).toEqual([]);
  });

  it('needs a reason in words when the purpose is "other"', () => {
    expect(problems(entry({ purpose: 'other' }))).toEqual(['purposeText']);
    expect(problems(entry({ purpose: 'other', purposeText: '   ' }))).toEqual(['purposeText']);
    expect(problems(entry({ purpose: 'other', purposeText: 'Police request 12/2026' }))).toEqual([]);
  });

  it('refuses a purpose or subject kind off the list, a claimed actor, and unstorable or unbounded values', () => {
    expect(problems(entry({ purpose: 'curiosity' }))).toEqual(['purpose']);
    expect(problems(entry({ subjectKind: 'boat' }))).toEqual(['subjectKind']);
    expect(problems(entry({ actor: { id: 'someone-else' } }))).toEqual(['']);
    expect(problems(entry({ subjectIds: Array.from({ length: MAX_SUBJECT_IDS + 1 }, (_, i) => `c${i}`) }))).toEqual(['subjectIds']);
    expect(problems(entry({ subjectIds: ['a,b'] }))).toEqual(['subjectIds.0']);
    expect(problems(entry({ purpose: 'other', purposeText: 'x\u0000' }))).toContain('purposeText');
    expect(problems(entry({ detail: { rows: -1 } }))).toEqual(['detail.rows']);
    expect(problems(entry({ readAt: '1970-01-01T00:00:00Z' }))).toEqual(['readAt']);
    expect(problems(entry({ id: 'not-a-uuid' }))).toEqual(['id']);
  });
});

describe('audit.recordReads', () => {
  it('carries 1 to 200 entries, each id once', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => entry({ id: `0b8f4a52-7d41-4c0e-9b1a-${String(i).padStart(12, '0')}` }));
    expect(RecordReadsPayload.safeParse({ entries: many(1) }).success).toBe(true);
    expect(RecordReadsPayload.safeParse({ entries: many(MAX_ENTRIES) }).success).toBe(true);
    expect(RecordReadsPayload.safeParse({ entries: [] }).success).toBe(false);
    expect(RecordReadsPayload.safeParse({ entries: many(MAX_ENTRIES + 1) }).success).toBe(false);
    expect(RecordReadsPayload.safeParse({ entries: [entry(), entry()] }).success).toBe(false);
  });

  it('is a registered, unversioned command every staff role but the kiosk may send, accepted with nothing to apply', () => {
    expect(COMMANDS[RECORD_READS]).toMatchObject({ permission: 'audit.record', versioned: false });
    expect(ROLES.filter((r) => !can([r], 'audit.record'))).toEqual(['kiosk']);
    expect(decideRecordReads()).toEqual({ ok: true, puts: [] });
  });

  it('splits a long list of subjects into entry-sized pieces', () => {
    expect(splitSubjects([])).toEqual([[]]);
    const ids = Array.from({ length: 450 }, (_, i) => `c${i}`);
    expect(splitSubjects(ids).map((p) => p.length)).toEqual([200, 200, 50]);
    expect(splitSubjects(ids).flat()).toEqual(ids);
  });
});

describe('personal-data scopes and the auditors’ query', () => {
  it('flags the registry and the participants, and reads a feed scope’s partition', () => {
    expect([...PERSONAL_DATA_SCOPES].sort()).toEqual(['culture-kids.participants', 'culture-kids.registry']);
    expect(Object.keys(SCOPES).filter((s) => personalDataFeedScope(`${s}:x`) !== null).sort()).toEqual(['culture-kids.participants', 'culture-kids.registry']);
    expect(personalDataFeedScope('culture-kids.registry:cohort-2026')).toEqual({ scope: 'culture-kids.registry', workspace: 'culture-kids', partition: 'cohort-2026' });
    expect(personalDataFeedScope('culture-kids.program:cohort-2026')).toBeNull();
    expect(personalDataFeedScope('bookings.cases:u1')).toBeNull();
  });

  it('names a subject, an actor or a partition, and bounds the page', () => {
    expect(AuditReadsQuery.safeParse({ subjectId: 'child-1' }).success).toBe(true);
    expect(AuditReadsQuery.safeParse({ partition: 'cohort-2026', limit: '50' }).success).toBe(true);
    expect(AuditReadsQuery.safeParse({}).success).toBe(false);
    expect(AuditReadsQuery.safeParse({ subjectId: 'a\u0000' }).success).toBe(false);
    expect(AuditReadsQuery.safeParse({ actorId: 'aino' }).success).toBe(false);
    expect(AuditReadsQuery.safeParse({ subjectId: 'c', limit: '100000' }).success).toBe(false);
    expect(AuditReadsQuery.safeParse({ subjectId: 'c', extra: '1' }).success).toBe(false);
  });
});
