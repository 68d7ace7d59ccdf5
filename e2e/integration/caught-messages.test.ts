import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { launchCentral } from '../../central/server.ts';
import { seedDemoUsers } from '../../central/auth/users.ts';
import { storeCaught } from '../../central/notifications/caught-store.ts';
import { fetchCaughtMessages } from '../../main/core/caught-messages.ts';
import { SETUP_MS } from './support/central.ts';
import { call, openClient, signIn, tempRoot } from './support/harness.ts';

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: Awaited<ReturnType<typeof launchCentral>>;

beforeAll(async () => {
  root = await tempRoot('caught');
  // A long interval: nothing is sent by the timer, the test stores what the catcher would.
  central = await launchCentral({ dataDir: path.join(root.dir, 'central'), seed: false, notifications: { from: 'KuVa Desk <no-reply@kuva-desk.invalid>', intervalMs: 3_600_000 } });
  await seedDemoUsers(central.db);
  await storeCaught(central.db, { channel: 'email', messageId: '<m1@kuva-desk>', sender: 'no-reply@kuva-desk.invalid', recipients: ['aili@example.fi'], subject: 'Varauksesi on vahvistettu', body: 'Hei Aili,\n\nvarauksesi on vahvistettu.' });
  await storeCaught(central.db, { channel: 'sms', messageId: 'k-2', sender: 'KuVa', recipients: ['+358401234567', '+358407654321'], subject: '', body: 'Muistutus huomisesta' });
}, SETUP_MS);
afterAll(async () => {
  await central?.close();
  await root?.remove();
});

it('reads the demo catcher\'s messages from the central with the user\'s session, newest first', async () => {
  const c = await openClient(root.dir, 'aino', central.url);
  try {
    await signIn(c, 'aino');
    const messages = await call(c, 'notifications.caught', {});
    expect(messages.map((m) => [m.to, m.subject, m.text])).toEqual([
      ['+358401234567, +358407654321', '', 'Muistutus huomisesta'],
      ['aili@example.fi', 'Varauksesi on vahvistettu', 'Hei Aili,\n\nvarauksesi on vahvistettu.'],
    ]);
    expect(messages[0]!.id).not.toBe(messages[1]!.id);
    expect(Number.isNaN(Date.parse(messages[0]!.caughtAt))).toBe(false);
  } finally {
    await c.close();
  }
});

it('passes on the central\'s refusal, and needs a signed-in user', async () => {
  const c = await openClient(root.dir, 'nobody', central.url);
  try {
    const signedOut = await c.invoke('notifications.caught', {});
    expect(!signedOut.ok && signedOut.error.code).toBe('not_signed_in');
    // Harri's harbour role may not read customers' contact details (the central says so).
    await signIn(c, 'harri');
    const refused = await c.invoke('notifications.caught', {});
    expect(!refused.ok && refused.error.code).toBe('forbidden');
  } finally {
    await c.close();
  }
});

it('answers an empty list where the central has no catcher endpoint (404), not an error', async () => {
  // Any HTTP server without the route answers as a central without the demo catcher would.
  const server: Server = createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: { code: 'not_found', message: 'Route GET:/api/v1/notifications/caught not found' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    expect(await fetchCaughtMessages(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'token')).toEqual({ ok: true, value: [] });
  } finally {
    await new Promise((r) => server.close(r));
  }
});
