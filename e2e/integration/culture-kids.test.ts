import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NEWEST, freeChildren, publishedOccurrence, push } from '../../central/culture-kids/central.test-support.ts';
import { cohortPrivateKey, signTicket } from '../../central/culture-kids/tickets.ts';
import { launchCentral } from '../../central/server.ts';
import { numberChanges, writePuts } from '../../central/sync/feed.ts';
import { signIn as centralToken } from '../../central/testing/api-client.ts';
import { exportsFolder } from '../../main/core/files/export-folder.ts';
import { SETUP_MS } from './support/central.ts';
import { call, openClient, signIn, tempRoot, waitFor } from './support/harness.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: Central | null = null;
let port = 0;
const launch = async () => {
  // PGlite in a data dir, so the central can stop and come back on the same port with its data.
  central = await launchCentral({ dataDir: path.join(root.dir, 'central'), port, host: '127.0.0.1', seed: { applications: 0, bookings: 0, cultureKidsChildren: 30, seed: 13 }, notifications: false });
  port = Number(new URL(central.url).port);
  return central;
};

beforeAll(async () => {
  root = await tempRoot('culture-kids');
  await launch();
}, SETUP_MS);
afterAll(async () => {
  await central?.close();
  await root?.remove();
});

it('checks a ticket the central signed offline at the door, marks attendance offline, and every personal-data read ends on the central as an audit row with its actor and purpose', async () => {
  const c0 = central!;
  // An enrolment of the newest cohort, made on the central, its occurrence then under way (it began ten minutes ago).
  const lotta = await centralToken(c0.url, 'lotta');
  const { event, occurrence } = await publishedOccurrence(c0.db, NEWEST);
  const [childId] = await freeChildren(c0.db, NEWEST, 1);
  const enrolmentId = randomUUID();
  const enrolled = await push(c0, lotta, 'cultureKids.enrol', { enrolmentId, childId, eventId: event.id, occurrenceId: occurrence.record.id, reason: 'Perhe soitti' });
  expect(enrolled.body.results[0]).toMatchObject({ status: 'applied' });
  const startsAt = new Date(Date.now() - 10 * 60_000).toISOString();
  // Written through the feed, as any change of the central is, so the desk's pull carries it.
  const moved = await c0.db.transaction(async (tx) => {
    const refused = await writePuts(tx, [{ entity: 'ck_occurrence', id: occurrence.record.id, version: occurrence.version + 1, data: { ...occurrence.record, startsAt } }]);
    await numberChanges(tx);
    return refused;
  });
  expect(moved).toBeNull();
  // The ticket as the enrolment confirmation carries it: signed with the cohort's key on the central.
  const ticket = signTicket(await cohortPrivateKey(c0.db, NEWEST), { enrolmentId, occurrenceId: occurrence.record.id, cohortId: NEWEST, issuedAt: new Date().toISOString() });

  const desk = await openClient(root.dir, 'desk', c0.url);
  await signIn(desk, 'lotta');

  // Online reads, each with its purpose.
  const found = await call(desk, 'cultureKids.searchChildren', { filter: { cohortIds: [NEWEST] }, purpose: 'family_request' });
  expect(found.rows.some((r) => r.id === childId)).toBe(true);
  const page = await call(desk, 'cultureKids.getChild', { id: childId!, purpose: 'data_correction' });
  expect(page.participation.map((p) => p.enrolment.id)).toContain(enrolmentId);
  const exported = await call(desk, 'files.exportXlsx', { exportId: 'cultureKids.registry', params: { filter: { cohortIds: [NEWEST] }, purpose: 'statistics' }, language: 'fi' });
  expect(exported.rows).toBe(found.total);
  const gdpr = await call(desk, 'cultureKids.gdprExport', { childId: childId!, purpose: 'gdpr_request' });
  const gdprFile = JSON.parse(await readFile(path.join(exportsFolder(path.join(root.dir, 'desk'), (await call(desk, 'session.get', {})).user!.id), gdpr.name), 'utf8')) as { guardians: { children: { firstName: string }[] }[] };
  expect(gdprFile.guardians.length).toBe(page.guardians.length);
  expect(gdprFile.guardians[0]!.children.map((ch) => ch.firstName)).toContain(page.child.firstName);

  // The central goes away: the door works from the cache.
  await c0.close();
  central = null;
  const attendees = await call(desk, 'cultureKids.attendees', { occurrenceId: occurrence.record.id, purpose: 'check_in' });
  expect(attendees.rows.map((r) => r.enrolmentId)).toContain(enrolmentId);
  const check = await call(desk, 'cultureKids.verifyTicket', { text: ticket, occurrenceId: occurrence.record.id });
  expect(check, JSON.stringify(check)).toMatchObject({ valid: true, enrolmentId, alreadyAttended: false });
  const forged = await call(desk, 'cultureKids.verifyTicket', { text: ticket.slice(0, -4) + (ticket.endsWith('AAAA') ? 'BBBB' : 'AAAA'), occurrenceId: occurrence.record.id });
  expect(forged.valid).toBe(false);
  await call(desk, 'cultureKids.markAttendance', { enrolmentId, attendance: 'attended' });
  const offline = await call(desk, 'sync.now', {});
  expect(offline.connection).toBe('offline');
  // The attendance waits; the audit entries of the reads made offline wait beside it, but are no
  // change the user made and are not counted (decision 28). The central's rows below prove them.
  expect(offline.pendingCommands).toBe(1);

  // Back online: the outbox drains by itself.
  const c1 = await launch();
  await waitFor('the outbox to drain', async () => {
    const s = await call(desk, 'sync.status', {});
    return s.pendingCommands === 0 && s.connection === 'online' && s.openConflicts === 0 ? s : null;
  }, 60_000);
  const status = await c1.db.query<{ status: string }>(`SELECT data->>'status' AS status FROM ck_enrolment WHERE id = $1`, [enrolmentId]);
  expect(status.rows[0]?.status).toBe('attended');

  const audit = await c1.db.query<{ actor_name: string; source: string; subject_kind: string; subject_ids: string[]; partition: string; purpose: string; detail: { rows?: number } | null }>(
    `SELECT actor_name, source, subject_kind, subject_ids, partition, purpose, detail FROM audit_read WHERE workspace = 'culture-kids' AND source = 'desk' ORDER BY read_at, subject_kind`,
  );
  const rows = audit.rows;
  expect(rows.every((r) => r.actor_name === 'Lotta Rantanen' && r.partition === NEWEST)).toBe(true);
  const kinds = (kind: string) => rows.filter((r) => r.subject_kind === kind);
  expect(kinds('child_list').map((r) => r.purpose)).toEqual(['family_request']);
  expect(kinds('child_list')[0]!.subject_ids).toContain(childId);
  expect(kinds('child').map((r) => [r.purpose, r.subject_ids])).toEqual([
    ['data_correction', [childId]],
    ['check_in', [childId]],
  ]);
  expect(kinds('guardian').map((r) => r.purpose)).toEqual(['data_correction']);
  expect(kinds('export').map((r) => [r.purpose, r.detail?.rows])).toEqual([['statistics', found.total]]);
  // The central audits a GDPR export (one entry per guardian's export, with the desk's purpose); the desk adds none.
  expect(kinds('gdpr_export')).toEqual([]);
  const gdprAudit = await c1.db.query<{ actor_name: string; purpose: string }>(
    "SELECT actor_name, purpose FROM audit_read WHERE workspace = 'culture-kids' AND source = 'central' AND subject_kind = 'gdpr_export'",
  );
  expect(gdprAudit.rows).toEqual(page.guardians.map(() => ({ actor_name: 'Lotta Rantanen', purpose: 'gdpr_request' })));
  expect(kinds('check_in_list').map((r) => [r.purpose, r.subject_ids.includes(childId!)])).toEqual([['check_in', true]]);
  await desk.close();
}, SETUP_MS);
