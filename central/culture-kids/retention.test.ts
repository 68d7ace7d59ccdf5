import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Child } from '../../domain/culture-kids/entities.ts';
import { childRetentionEnds } from '../../domain/culture-kids/erasure.ts';
import { launchCentral } from '../server.ts';
import { api, signIn } from '../testing/api-client.ts';
import { NEWEST, rows } from './central.test-support.ts';
import { runRetention } from './retention.ts';
import { cohortId } from './seed/reference-data.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
let central: Central;
beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 20, seed: 3 }, notifications: false });
});
afterAll(() => central?.close());

const counts = async () => (await central.db.query<{ children: number; enrolments: number }>('SELECT (SELECT count(*)::int FROM ck_child) AS children, (SELECT count(*)::int FROM ck_enrolment) AS enrolments')).rows[0]!;

describe('the retention job', () => {
  it('erases the cohort whose programme is over and the children of long-deactivated accounts, keeping the counts', async () => {
    const before = await counts();
    // A family of the newest cohort whose only guardian was deactivated two years ago.
    const link = (await central.db.query<{ child_id: string; guardian_id: string }>('SELECT child_id, guardian_id FROM ck_guardianship WHERE cohort_id = $1 AND guardian_id IN (SELECT guardian_id FROM ck_guardianship GROUP BY guardian_id HAVING count(*) = 1) LIMIT 1', [NEWEST])).rows[0]!;
    await central.db.query(
      `UPDATE ck_guardian SET version = version + 1, data = data || jsonb_build_object('active', false, 'deactivatedAt', '2024-01-01T00:00:00.000Z') WHERE guardian_id = $1`,
      [link.guardian_id],
    );
    const today = childRetentionEnds(2020);
    const { erased } = await runRetention(central.db, today);
    const oldest = await rows<Child>(central.db, 'ck_child', 'cohort_id = $1', [cohortId(2020)]);
    expect(oldest.length).toBeGreaterThan(0);
    for (const c of oldest) expect(c.record).toMatchObject({ firstName: '', lastName: '' });
    const younger = await rows<Child>(central.db, 'ck_child', "cohort_id = $1 AND data->>'erasedAt' IS NULL", [cohortId(2021)]);
    expect(younger.length).toBeGreaterThan(0);
    expect(erased).toContain(link.child_id);
    expect((await rows<Child>(central.db, 'ck_child', 'id = $1', [link.child_id]))[0]!.record.erasedAt).not.toBeNull();
    expect(await counts()).toEqual(before);
    expect((await runRetention(central.db, today)).erased).toEqual([]);
  });

  it('exports a guardian\'s data to staff who view families, and refuses others', async () => {
    const [lotta, jussi] = [await signIn(central.url, 'lotta'), await signIn(central.url, 'jussi')];
    const g = (await central.db.query<{ guardian_id: string }>("SELECT guardian_id FROM ck_guardian WHERE cohort_id = $1 AND data->>'erasedAt' IS NULL LIMIT 1", [NEWEST])).rows[0]!;
    const ok = await api<{ guardian: { email: string }; children: unknown[] }>(central.url, 'GET', `/culture-kids/guardians/${encodeURIComponent(g.guardian_id)}/gdpr-export`, { token: lotta });
    expect(ok.status).toBe(200);
    expect(ok.body.guardian.email).toMatch(/@/);
    expect(ok.body.children.length).toBeGreaterThan(0);
    const audited = await central.db.query<{ actor_name: string; subject_ids: string[] }>(
      "SELECT actor_name, subject_ids FROM audit_read WHERE subject_kind = 'gdpr_export' AND purpose = 'gdpr_request' AND partition = $1",
      [NEWEST],
    );
    expect(audited.rows.map((r) => r.actor_name)).toEqual(['Lotta Rantanen']);
    expect(audited.rows[0]!.subject_ids).toContain(g.guardian_id);
    expect((await api(central.url, 'GET', `/culture-kids/guardians/${encodeURIComponent(g.guardian_id)}/gdpr-export`, { token: jussi })).status).toBe(403);
    expect((await api(central.url, 'GET', '/culture-kids/guardians/nobody/gdpr-export', { token: lotta })).status).toBe(404);
    expect((await api(central.url, 'GET', '/culture-kids/guardians/a%00b/gdpr-export', { token: lotta })).status).toBe(400);
    // The purpose the desk passes is the one the entry carries; an unknown one is refused before any read.
    const path = `/culture-kids/guardians/${encodeURIComponent(g.guardian_id)}/gdpr-export`;
    expect((await api(central.url, 'GET', `${path}?purpose=curiosity`, { token: lotta })).status).toBe(400);
    expect((await api(central.url, 'GET', `${path}?purpose=data_correction&purposeText=${encodeURIComponent('Osoitteen korjaus, pyyntö 12.11.')}`, { token: lotta })).status).toBe(200);
    const corrected = await central.db.query<{ purpose_text: string | null }>(
      "SELECT purpose_text FROM audit_read WHERE subject_kind = 'gdpr_export' AND purpose = 'data_correction' AND partition = $1",
      [NEWEST],
    );
    expect(corrected.rows.map((r) => r.purpose_text)).toEqual(['Osoitteen korjaus, pyyntö 12.11.']);
    // An id longer than any the registry holds: refused before any lookup (414 from the router).
    const long = (await api(central.url, 'GET', `/culture-kids/guardians/${'x'.repeat(300)}/gdpr-export`, { token: lotta })).status;
    expect(long).toBeGreaterThanOrEqual(400);
    expect(long).toBeLessThan(500);
  });
});
