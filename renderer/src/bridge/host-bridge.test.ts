import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../domain/contract.ts';
import { createHostBridge } from './host-bridge.ts';

// A real HTTP server speaking the host protocol, so the bridge is tested over real sockets.
let server: Server;
let base = '';
const calls: { method: string; key: string | undefined }[] = [];
let eventConnections = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const key = req.headers['x-kuva-key'] as string | undefined;
    if (req.url === '/rpc' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const { method } = JSON.parse(body) as { method: string };
        calls.push({ method, key });
        res.setHeader('content-type', 'application/json');
        if (key !== 'good') {
          res.statusCode = 401;
          res.end(JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'bad key' } }));
        } else if (method === 'broken') {
          res.statusCode = 500;
          res.end('oops');
        } else {
          res.end(JSON.stringify({ ok: true, value: { echo: method } }));
        }
      });
      return;
    }
    if (req.url === '/events') {
      eventConnections++;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const event: CoreEvent = { type: 'changed', entities: ['application'] };
      res.write(`data: ${JSON.stringify(event)}\n\n`);
      // The first connection drops at once so the bridge has to reconnect.
      if (eventConnections === 1) res.end();
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createHostBridge', () => {
  it('posts the call with the key and returns the Result', async () => {
    const api = createHostBridge('good', base);
    const result = await api.invoke('sync.status', {});
    expect(result).toEqual({ ok: true, value: { echo: 'sync.status' } });
    expect(calls.at(-1)).toEqual({ method: 'sync.status', key: 'good' });
  });
  it('passes a refusal through as a Result', async () => {
    const result = await createHostBridge('bad', base).invoke('sync.status', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unauthorized');
  });
  it('turns a non-JSON answer into an internal error', async () => {
    const result = await createHostBridge('good', base).invoke('broken' as 'sync.status', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });
  it('turns an unreachable host into an error, not an exception', async () => {
    const result = await createHostBridge('good', 'http://127.0.0.1:1').invoke('sync.status', {});
    expect(result.ok).toBe(false);
  });
  it('streams events and reconnects after the stream drops', async () => {
    const api = createHostBridge('good', base);
    const events: CoreEvent[] = [];
    const stop = api.onEvent((e) => events.push(e));
    await expect.poll(() => events.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    stop();
    expect(events[0]).toEqual({ type: 'changed', entities: ['application'] });
    expect(eventConnections).toBeGreaterThanOrEqual(2);
  });
});
