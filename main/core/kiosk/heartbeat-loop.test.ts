import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Heartbeat } from '../../../domain/kiosk/heartbeat.ts';
import { createHeartbeatLoop, HEARTBEAT_PATH, type KioskReportedState } from './heartbeat-loop.ts';

/**
 * The heartbeat client against a small real HTTP server that checks what arrives with the
 * domain's schema and answers as the central's route does ({ restartRequested, schedule }).
 */
interface Received {
  path: string;
  authorization: string | undefined;
  body: Heartbeat;
}

let server: Server;
let url: string;
let received: Received[];
let answer: { status: number; body: unknown };

beforeEach(async () => {
  received = [];
  answer = { status: 200, body: { restartRequested: false, schedule: null } };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const parsed = Heartbeat.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      if (!parsed.success) {
        res.writeHead(400).end(JSON.stringify({ error: parsed.error.message }));
        return;
      }
      received.push({ path: req.url ?? '', authorization: req.headers.authorization, body: parsed.data });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const state: KioskReportedState = { phase: 'in_use', inUse: true, lastResetAt: '2026-12-03T07:40:00.000Z' };

function loop(token: string | null = 'tok-1') {
  return createHeartbeatLoop({ centralUrl: url, terminalId: 'kiosk-oodi-1', appVersion: '0.1.0', token: () => token, state: () => state, onOutcome: () => {}, now: () => new Date('2026-12-03T08:00:00.000Z') });
}

describe('the kiosk heartbeat', () => {
  it('posts the terminal, its phase, version and last reset with its token, and reads the answer', async () => {
    answer.body = { restartRequested: true, schedule: { weekly: { '4': { opens: '08:00', closes: '20:00' } }, exceptions: {} } };
    const outcome = await loop().beat();
    expect(outcome).toMatchObject({ kind: 'answered', answer: { restartRequested: true } });
    expect(received).toEqual([
      {
        path: HEARTBEAT_PATH,
        authorization: 'Bearer tok-1',
        body: { kioskId: 'kiosk-oodi-1', sentAt: '2026-12-03T08:00:00.000Z', version: '0.1.0', phase: 'in_use', inUse: true, lastResetAt: '2026-12-03T07:40:00.000Z', bypassAttemptCount: 0, bypassAttempts: [] },
      },
    ]);
  });

  it('reports bypass attempts once they get through, and keeps them over a failed beat', async () => {
    const l = loop();
    l.recordBypass([{ at: '2026-12-03T07:59:00.000Z', kind: 'devtools_chord' }]);
    answer = { status: 503, body: { error: 'busy' } };
    expect((await l.beat()).kind).toBe('unreachable');
    answer = { status: 200, body: { restartRequested: false } };
    await l.beat();
    await l.beat();
    expect(received.map((r) => r.body.bypassAttemptCount)).toEqual([1, 1, 0]);
    expect(received[1]!.body.bypassAttempts).toEqual([{ at: '2026-12-03T07:59:00.000Z', kind: 'devtools_chord' }]);
  });

  it('counts a burst beyond the listed attempts', async () => {
    const l = loop();
    l.recordBypass(Array.from({ length: 60 }, () => ({ at: '2026-12-03T07:59:00.000Z', kind: 'blocked_shortcut' as const })));
    await l.beat();
    expect(received[0]!.body.bypassAttemptCount).toBe(60);
    expect(received[0]!.body.bypassAttempts).toHaveLength(50);
  });

  it('says a refused token is unauthorized, and sends nothing without a token', async () => {
    answer = { status: 401, body: { error: { code: 'unauthorized' } } };
    expect((await loop().beat()).kind).toBe('unauthorized');
    expect((await loop(null).beat()).kind).toBe('skipped');
    expect(received).toHaveLength(1);
  });
});
