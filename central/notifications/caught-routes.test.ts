import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, seedDemoUsers } from '../auth/users.ts';
import { launchCentral } from '../server.ts';
import { api, signIn } from '../testing/api-client.ts';
import type { CaughtPage } from './caught-store.ts';
import { enqueueNotifications } from './enqueue.ts';
import { notice } from './testing/outbox-fixtures.ts';
import { unitGroupId, unitId } from '../bookings/seed/units.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;

describe('GET /api/v1/notifications/caught on a demo central', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kuva-caught-'));
  // A long interval: the test drives the sender with poke(), not the timer.
  const settings = { from: 'KuVa Desk <no-reply@kuva-desk.invalid>', intervalMs: 3_600_000 };
  let central: Central;
  let token: string;

  beforeAll(async () => {
    central = await launchCentral({ dataDir, seed: false, notifications: settings });
    await seedDemoUsers(central.db);
    await createUser(central.db, { id: '6a1f3c52-7d41-4c0e-9b1a-0000000000f1', username: 'kiosk1', name: 'Kiosk', roles: ['kiosk'], password: 'demo' });
    token = await signIn(central.url, 'aino');
    const messages = Array.from({ length: 5 }, (_, i) => notice(`caught${i}@example.fi`, 'fi', { params: { name: `Asiakas ${i}`, message: `Viesti ${i}` } }));
    await central.db.transaction((tx) => enqueueNotifications(tx, messages));
    // A poke while the commit's own run is going makes that run go round once more: all are sent after it.
    await central.notifications?.sender.poke();
    const unsent = await central.db.query("SELECT 1 FROM notification_outbox WHERE state <> 'sent'");
    if (unsent.rows.length > 0) throw new Error('the sender left messages unsent');
  });
  afterAll(async () => {
    await central?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const list = (query: string, as = token) => api<CaughtPage & { error?: { code: string; message: string } }>(central.url, 'GET', `/notifications/caught${query}`, { token: as });

  it('runs the demo catcher on a loopback port and sends to it', () => {
    expect(central.notifications?.catcherUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
  });

  it('needs a signed-in user whose roles may read customer cases', async () => {
    expect((await api(central.url, 'GET', '/notifications/caught')).status).toBe(401);
    expect((await list('', 'x'.repeat(40))).status).toBe(401);
    const harbour = await list('', await signIn(central.url, 'harri'));
    expect(harbour).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await list('', await signIn(central.url, 'kiosk1'))).status).toBe(403);
    expect((await list('', await signIn(central.url, 'olli'))).status).toBe(200);
  });

  it('lists newest first, a page at a time', async () => {
    const first = await list('?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.messages.map((m) => m.recipients[0])).toEqual(['caught4@example.fi', 'caught3@example.fi']);
    expect(first.body.messages[0]).toMatchObject({ channel: 'email', subject: 'Viesti Helsingin kaupungilta', sender: 'no-reply@kuva-desk.invalid' });
    expect(first.body.messages[0]?.body).toContain('Hei Asiakas 4,\n\nViesti 4');
    expect(first.body.messages[0]?.messageId).toMatch(/^<[0-9a-f-]{36}@kuva-desk>$/);
    expect(first.body.next).toBe(first.body.messages[1]?.seq);
    const second = await list(`?limit=2&before=${first.body.next}`);
    expect(second.body.messages.map((m) => m.recipients[0])).toEqual(['caught2@example.fi', 'caught1@example.fi']);
    const last = await list(`?limit=2&before=${second.body.next}`);
    expect(last.body.messages.map((m) => m.recipients[0])).toEqual(['caught0@example.fi']);
    expect(last.body.next).toBeNull();
    expect((await list('')).body.messages).toHaveLength(5);
  });

  it('answers bad query parameters with 400 bad_request and says which, never 5xx', async () => {
    for (const query of ['?limit=0', '?limit=abc', '?limit=201', '?limit=1.5', '?before=0', '?before=-3', '?before=x', '?before=99999999999999999999', '?page=2', '?limit=1&limit=2', '?before=']) {
      const answer = await list(query);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error?.code, query).toBe('bad_request');
      expect(answer.body.error?.message, query).toMatch(/^Bad query: .*(limit|before|page|Unrecognized)/s);
    }
  });

  it('sends a message as soon as the transaction that queued it commits, without waiting for the timer', async () => {
    // The timer ticks once an hour here: only the commit's NOTIFY can wake the sender.
    await central.db.transaction((tx) => enqueueNotifications(tx, [notice('woken@example.fi', 'en')]));
    await expect.poll(async () => (await list('?limit=1')).body.messages[0]?.recipients, { timeout: 30_000 }).toEqual(['woken@example.fi']);
  });

  it('shows a booking message only to readers of its unit, and other messages only to berth case readers', async () => {
    const libraries = { id: unitGroupId('libraries'), name: { fi: 'Kirjastot', sv: 'Bibliotek', en: 'Libraries' }, unitIds: [unitId('toolo')] };
    const centres = { id: unitGroupId('cultural-centres'), name: { fi: 'Kulttuurikeskukset', sv: 'Kulturcentren', en: 'Cultural centres' }, unitIds: [unitId('caisa')] };
    for (const g of [libraries, centres]) await central.db.query('INSERT INTO booking_unit_group (id, version, data) VALUES ($1, 1, $2)', [g.id, JSON.stringify(g)]);
    const booking = (id: string, unit: string) => ({
      id,
      unitId: unit,
      reservationUnitId: '9b0c1d2e-0000-4000-8000-000000000001',
      state: 'CONFIRMED',
      type: 'NORMAL',
      beginsAt: '2027-01-11T15:00:00.000Z',
      endsAt: '2027-01-11T17:00:00.000Z',
    });
    const toolo = booking('9b0c1d2e-0000-4000-8000-00000000000a', unitId('toolo'));
    const caisa = booking('9b0c1d2e-0000-4000-8000-00000000000b', unitId('caisa'));
    for (const r of [toolo, caisa]) await central.db.query('INSERT INTO reservation (id, version, data) VALUES ($1, 1, $2)', [r.id, JSON.stringify(r)]);
    await central.db.transaction((tx) =>
      enqueueNotifications(tx, [
        notice('toolo@example.fi', 'fi', { workspace: 'bookings', entityId: toolo.id }),
        notice('caisa@example.fi', 'fi', { workspace: 'bookings', entityId: caisa.id }),
      ]),
    );
    const recipients = async (who: string) => (await list('?limit=200', await signIn(central.url, who))).body.messages.map((m) => m.recipients[0] ?? '');
    await expect.poll(() => recipients('paula'), { timeout: 30_000 }).toEqual(expect.arrayContaining(['toolo@example.fi', 'caisa@example.fi']));
    expect(await recipients('kaisa')).toEqual(['toolo@example.fi']);
    expect(await recipients('tuula')).toEqual(['caisa@example.fi']);
    const aino = await recipients('aino');
    expect(aino).not.toContain('toolo@example.fi');
    expect(aino).not.toContain('caisa@example.fi');
    expect(aino).toContain('caught0@example.fi');
    expect((await recipients('paula')).filter((r) => r.startsWith('caught'))).toEqual([]);
  });

  it('keeps the caught messages across a restart of the central', async () => {
    await central.close();
    central = await launchCentral({ dataDir, seed: false, notifications: settings });
    token = await signIn(central.url, 'aino');
    expect((await list('')).body.messages.map((m) => m.recipients[0])).toEqual(['woken@example.fi', 'caught4@example.fi', 'caught3@example.fi', 'caught2@example.fi', 'caught1@example.fi', 'caught0@example.fi']);
  });
});
