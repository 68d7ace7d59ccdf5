import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Application, ApplicationEvent } from '../../domain/berths/entities.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
let aino: string;
let seq = 0;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 17 } });
  aino = await signIn(central.url, 'aino');
});
afterAll(() => central.close());

async function pushAs(token: string, payload: unknown, baseVersion: number | null) {
  const command = envelope('berths.editApplication', payload, ++seq, baseVersion);
  return api<PushResponse & { error?: { code: string; message: string } }>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [command] } });
}
async function push(payload: unknown, baseVersion: number | null) {
  const res = await pushAs(aino, payload, baseVersion);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!;
}
async function applicationIn(status: string, skip = 0) {
  const row = (await central.db.query<{ data: Application; version: number }>(`SELECT data, version FROM application WHERE status = $1 AND jsonb_array_length(data->'harbourChoices') >= 2 ORDER BY id OFFSET $2 LIMIT 1`, [status, skip])).rows[0];
  if (!row) throw new Error(`the seed has no ${status} application`);
  return row;
}
const stored = async (id: string) => (await central.db.query<{ data: Application; version: number }>('SELECT data, version FROM application WHERE id = $1', [id])).rows[0]!;
const events = async (id: string) => (await central.db.query<{ data: ApplicationEvent }>(`SELECT data FROM application_event WHERE application_id = $1 AND kind = 'edited'`, [id])).rows.map((r) => r.data);

describe('berths.editApplication on the central', () => {
  it('applies an edit of the boat and the choices, logs it field by field, and leaves the queue place alone', async () => {
    const { data: app, version } = await applicationIn('pending');
    const reordered = [...app.harbourChoices].reverse();
    const width = app.boat.width === 2.8 ? 2.9 : 2.8;
    expect(await push({ applicationId: app.id, boat: { width }, harbourChoices: reordered, applicant: { phone: '+358 40 765 4321' } }, version)).toMatchObject({ status: 'applied', version: version + 1 });
    const after = await stored(app.id);
    expect(after.data).toMatchObject({ boat: { width }, harbourChoices: reordered, applicant: { phone: '+358 40 765 4321' }, receivedAt: app.receivedAt, priority: app.priority, season: app.season, status: 'pending' });
    const [log] = await events(app.id);
    expect(log).toMatchObject({
      kind: 'edited',
      actorName: expect.any(String),
      changes: [
        { field: 'applicant.phone', before: app.applicant.phone, after: '+358 40 765 4321' },
        { field: 'boat.width', before: app.boat.width, after: width },
        { field: 'harbourChoices', before: app.harbourChoices, after: reordered },
      ],
    });
  });

  it('answers a stale version with a conflict carrying the current application, and writes nothing', async () => {
    const { data: app, version } = await applicationIn('pending', 1);
    expect(await push({ applicationId: app.id, applicant: { municipality: 'Espoo' } }, version - 1)).toMatchObject({ status: 'conflict', code: 'stale_version', current: { version } });
    expect((await stored(app.id)).version).toBe(version);
  });

  it('refuses with a reason: an unknown harbour, a boat edit under an offer, a decided application', async () => {
    const { data: app, version } = await applicationIn('pending', 2);
    expect(await push({ applicationId: app.id, harbourChoices: [app.harbourChoices[0], randomUUID()] }, version)).toMatchObject({ status: 'rejected', code: 'harbour_choices_invalid' });
    expect(await push({ applicationId: app.id, harbourChoices: [app.harbourChoices[0], app.harbourChoices[0]] }, version)).toMatchObject({ status: 'rejected', code: 'harbour_choices_invalid' });
    expect(await push({ applicationId: app.id, boat: { width: 0 } }, version)).toMatchObject({ status: 'rejected', code: 'boat_dimensions_invalid' });
    const offered = (await central.db.query<{ data: Application; version: number }>(`SELECT data, version FROM application WHERE status = 'offer_sent' LIMIT 1`)).rows[0];
    expect(offered, 'the seed has an offer out').toBeDefined();
    if (offered) {
      expect(await push({ applicationId: offered.data.id, boat: { width: offered.data.boat.width + 0.1 } }, offered.version)).toMatchObject({ status: 'rejected', code: 'application_offer_out', message: expect.stringContaining('Withdraw the offer first') });
      expect(await push({ applicationId: offered.data.id, applicant: { municipality: offered.data.applicant.municipality === 'Espoo' ? 'Vantaa' : 'Espoo' } }, offered.version)).toMatchObject({ status: 'applied' });
    }
    // The seed has no decided application: one expires here (as the night job would leave it).
    const expiring = await applicationIn('pending', 4);
    await central.db.query(`UPDATE application SET data = jsonb_set(data, '{status}', '"expired"'), version = version + 1 WHERE id = $1`, [expiring.data.id]);
    expect(await push({ applicationId: expiring.data.id, applicant: { municipality: 'Espoo' } }, expiring.version + 1)).toMatchObject({ status: 'rejected', code: 'application_not_editable' });
    expect((await stored(app.id)).version).toBe(version);
  });

  it('refuses a supervisor and harbour services with 403, and bad input with a 400 that names the field, never a 5xx', async () => {
    const { data: app, version } = await applicationIn('pending', 3);
    for (const user of ['olli', 'harri']) {
      const res = await pushAs(await signIn(central.url, user), { applicationId: app.id, applicant: { municipality: 'Espoo' } }, version);
      expect(res.status, user).toBe(403);
      expect(res.body.error).toMatchObject({ code: 'forbidden' });
    }
    for (const payload of [
      { applicationId: app.id, boat: { width: '2,5' } },
      { applicationId: app.id, harbourChoices: ['Pajalahti'] },
      { applicationId: app.id, applicant: { language: 'de' } },
      { applicationId: app.id, applicant: { email: 'x'.repeat(300) } },
      { applicationId: 'not-a-uuid' },
    ]) {
      const res = await pushAs(aino, payload, version);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('berths.editApplication') });
    }
    expect((await stored(app.id)).version).toBe(version);
  });
});
