import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Heartbeat } from '../../domain/kiosk/heartbeat.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { ChangeNotifier } from '../http/notifier.ts';
import { launchCentral } from '../server.ts';
import { numberChanges } from '../sync/feed.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';
import { FLEET_CHANGES_CHANNEL, wakesOnHeartbeats } from './heartbeat-pokes.ts';
import { KIOSK_TERMINAL_IDS } from './seed.ts';

/** A terminal's heartbeat wakes the fleet's event streams only, never every desk's (closing note 17). */
type Central = Awaited<ReturnType<typeof launchCentral>>;

let central: Central;
beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 0, bookings: 0, cultureKidsChildren: 0, seed: 5 }, notifications: false });
});
afterAll(() => central?.close());

const POKE = 'event: poke\ndata:\n\n';
const pokes = (text: string) => text.split(POKE).length - 1;

/** An open events stream, read as it arrives. */
async function openEvents(token: string) {
  const controller = new AbortController();
  const res = await fetch(`${central.url}/api/v1/sync/events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  expect(res.status).toBe(200);
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const until = async (done: (text: string) => boolean) => {
    while (!done(text)) {
      const { value, done: ended } = await reader.read();
      if (ended) throw new Error('The events stream ended.');
      text += decoder.decode(value, { stream: true });
    }
    return text;
  };
  // Subscribed once it has said so: the route subscribes in the same turn it writes this.
  await until((t) => t.includes(': connected'));
  return { until, close: () => controller.abort() };
}

const beat = (): Heartbeat => ({ kioskId: KIOSK_TERMINAL_IDS.oodi, sentAt: new Date().toISOString(), version: '0.1.0', phase: 'attract', inUse: false, lastResetAt: null, bypassAttemptCount: 0, bypassAttempts: [] });

describe('who a heartbeat wakes', () => {
  it('a desk without kiosk.fleet gets no poke for a heartbeat; the supervisor does, and both for a ticket', async () => {
    const [kiosk, hilkka, maija] = [await signIn(central.url, 'kiosk-oodi-1'), await signIn(central.url, 'hilkka'), await signIn(central.url, 'maija')];
    const desk = await openEvents(hilkka);
    const fleet = await openEvents(maija);

    expect((await api(central.url, 'POST', '/kiosk/heartbeat', { token: kiosk, body: beat() })).status).toBe(200);
    await fleet.until((t) => pokes(t) === 1);
    // Every stream's poke of the heartbeat, had there been one, was written before the ticket is even
    // pushed; a stream is in order, so the desk's first poke after this push is the only one it got.
    const ticket = { ticketId: randomUUID(), servicePointId: 'sp-oodi', source: 'desk', topicHint: null, language: null };
    const pushed = await api<PushResponse>(central.url, 'POST', '/sync/push', { token: hilkka, body: { clientId: randomUUID(), commands: [envelope('assist.issueTicket', ticket, 1)] } });
    expect(pushed.body.results[0]).toMatchObject({ status: 'applied' });
    const deskText = await desk.until((t) => pokes(t) >= 1);
    await fleet.until((t) => pokes(t) === 2);
    expect(pokes(deskText)).toBe(1);
    desk.close();
    fleet.close();
  });

  it('fans a fleet change out to the streams that asked for heartbeats only, in commit order', async () => {
    const notifier = new ChangeNotifier();
    await notifier.start(central.db);
    const heard = { desk: 0, fleet: 0 };
    notifier.subscribe(() => heard.desk++);
    notifier.subscribe(() => heard.fleet++, { heartbeats: true });
    await central.db.transaction((tx) => numberChanges(tx, FLEET_CHANGES_CHANNEL));
    await central.db.transaction((tx) => numberChanges(tx));
    // The heartbeat's poke is scheduled before the ordinary change's, so when the desk has heard the
    // ordinary one the fleet has heard both.
    await expect.poll(() => heard.desk).toBe(1);
    expect(heard).toEqual({ desk: 1, fleet: 2 });
    await notifier.stop();
  });

  it('wakes whoever holds kiosk.fleet somewhere, not helpers, volunteers or terminals', () => {
    expect(wakesOnHeartbeats({ grants: [{ role: 'assist_supervisor' }] })).toBe(true);
    expect(wakesOnHeartbeats({ grants: [{ role: 'assist_supervisor', servicePointId: 'sp-malmi' }] })).toBe(true);
    expect(wakesOnHeartbeats({ grants: [{ role: 'assist_helper', servicePointId: 'sp-oodi' }, { role: 'assist_volunteer' }] })).toBe(false);
    expect(wakesOnHeartbeats({ grants: [{ role: 'kiosk', servicePointId: 'sp-oodi' }] })).toBe(false);
  });
});
