import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { exportsFolder } from '../files/export-folder.ts';
import { answerGdprExport } from './gdpr-export.ts';
import { AT_DOOR, JUSSI, LOTTA, cultureKidsWorld } from './testing/world.ts';

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeEach(() => {
  t = tempCache('u-lotta');
  t.cache.applyChanges(cultureKidsWorld(), 'c1');
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-ck-gdpr-'));
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

// Nothing listens on port 9: a fetch fails at once. The happy path runs against a real central in e2e/integration/culture-kids.test.ts.
const ctx = (user: StaffUser | null, token: string | null = 'token') => ({ dataDir, centralUrl: 'http://127.0.0.1:9', token, active: user ? { user, cache: t.cache } : null, now: AT_DOOR });
const audited = () => t.cache.pendingCommands(100).filter((c) => c.type === 'audit.recordReads').length;
const files = () => (existsSync(exportsFolder(dataDir, LOTTA.id)) ? readdirSync(exportsFolder(dataDir, LOTTA.id)) : []);

describe('cultureKids.gdprExport', () => {
  it('is refused without "view families" on the child\'s cohort, for a child outside the user\'s cohorts, and when nobody is signed in', async () => {
    const jussi = await answerGdprExport({ childId: 'child-1', purpose: 'gdpr_request' }, ctx(JUSSI));
    expect(!jussi.ok && jussi.error.code).toBe('forbidden');
    const other = await answerGdprExport({ childId: 'child-3', purpose: 'gdpr_request' }, ctx(JUSSI));
    expect(!other.ok && other.error.code).toBe('not_found');
    const nobody = await answerGdprExport({ childId: 'child-1', purpose: 'gdpr_request' }, ctx(null));
    expect(!nobody.ok && nobody.error.code).toBe('not_signed_in');
    const noToken = await answerGdprExport({ childId: 'child-1', purpose: 'gdpr_request' }, ctx(LOTTA, null));
    expect(!noToken.ok && noToken.error.code).toBe('unauthorized');
    expect(audited()).toBe(0);
  });

  it('leaves no file and no audit entry when the central cannot be reached (the export is online only)', async () => {
    const r = await answerGdprExport({ childId: 'child-1', purpose: 'gdpr_request' }, ctx(LOTTA));
    expect(!r.ok && r.error.code).toBe('central_unreachable');
    expect(audited()).toBe(0);
    expect(files()).toEqual([]);
  });
});
