import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Change } from '../../domain/sync/protocol.ts';
import { createCentralClient } from '../../main/core/sync/central-client.ts';
import { SETUP_MS, TestCentral } from './support/central.ts';
import { tempRoot } from './support/harness.ts';

const CHILD = path.join(import.meta.dirname, 'support', 'client-process.ts');
const COUNT = 300;

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: TestCentral;
let proxy: Server;
let proxyUrl: string;
/** Set while the next push should kill the client the moment it reaches the central. */
let onPush: ((forward: () => Promise<string>) => void) | null = null;

/** Passes everything through to the central, byte for byte; streams (SSE, NDJSON) included. */
function forward(req: IncomingMessage, body: Buffer, res: ServerResponse | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const answer: Buffer[] = [];
    const target = new URL(req.url ?? '/', central.url);
    const up = request(target, { method: req.method, headers: req.headers }, (upRes) => {
      if (res) {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      } else {
        upRes.on('data', (c: Buffer) => answer.push(c));
      }
      upRes.on('end', () => resolve(Buffer.concat(answer).toString('utf8')));
      upRes.on('error', reject);
    });
    up.on('error', reject);
    res?.on('close', () => up.destroy());
    up.end(body);
  });
}

function runChild(args: Record<string, unknown>): { child: ChildProcess; lines: Record<string, unknown>[]; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [CHILD, JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Record<string, unknown>[] = [];
  let carry = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    carry += chunk.toString('utf8');
    const parts = carry.split('\n');
    carry = parts.pop() ?? '';
    for (const p of parts) if (p.trim()) lines.push(JSON.parse(p) as Record<string, unknown>);
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, lines, exited };
}

beforeAll(async () => {
  root = await tempRoot('kill');
  central = await TestCentral.start(root.dir);
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const hook = onPush;
      if (hook && req.method === 'POST' && req.url?.startsWith('/api/v1/sync/push')) {
        onPush = null;
        hook(() => forward(req, body, null));
        return;
      }
      forward(req, body, res).catch(() => res.destroy());
    });
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
}, SETUP_MS);
afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((r) => proxy?.close(r));
  await central?.stop();
  await root?.remove();
});

// A bound for a hung test, not a speed check: the child signs in, downloads everything and queues
// 300 notes, which beside other test files on a busy two-core machine took over 90 s, and beside a
// CPU hog and a second suite (the soak) more than 180 s.
it('a client killed with SIGKILL mid-push loses nothing and doubles nothing after a restart', { timeout: 3 * SETUP_MS }, async ({ onTestFailed }) => {
  // What each child reported, printed when the test fails: a bound hit shows which phase was stuck.
  const reported: { name: string; lines: Record<string, unknown>[] }[] = [];
  onTestFailed(() => {
    for (const r of reported) console.error(`${r.name}: ${JSON.stringify(r.lines)}`);
  });
  const dataDir = path.join(root.dir, 'client');
  const tag = `kill-${Date.now()}`;
  const first = runChild({ mode: 'enqueue', dataDir, centralUrl: proxyUrl, count: COUNT, tag });
  reported.push({ name: 'first client', lines: first.lines });

  // The push arrives: kill the client, then let the central run the batch it will never answer.
  // A child that ends before it pushes fails the test at once, with what it had reported.
  const delivered = new Promise<string>((resolve, reject) => {
    onPush = (deliver) => {
      first.child.kill('SIGKILL');
      void first.exited.then(() => deliver()).then(resolve, reject);
    };
    void first.exited.then((code) => {
      if (onPush) reject(new Error(`The client ended (exit ${code}) before it pushed: ${JSON.stringify(first.lines)}`));
    });
  });
  // The central ran the batch; its answer went nowhere.
  const unanswered = JSON.parse(await delivered) as { results: { status: string }[] };
  expect(unanswered.results.length).toBeGreaterThan(0);
  expect(unanswered.results.every((r) => r.status === 'applied')).toBe(true);
  expect(await first.exited).toBe(null); // killed by the signal, not a normal exit
  expect(first.lines.some((l) => l.event === 'synced')).toBe(false);

  const second = runChild({ mode: 'resume', dataDir, centralUrl: proxyUrl });
  reported.push({ name: 'second client', lines: second.lines });
  expect(await second.exited, JSON.stringify(second.lines)).toBe(0);
  const synced = second.lines.find((l) => l.event === 'synced');
  expect(synced).toMatchObject({ pendingBefore: COUNT, pending: 0, conflicts: 0, lastError: null });

  // On the central: every note once, under one command id each.
  const api = createCentralClient({ baseUrl: central.url });
  const login = await api.login({ username: 'eero', password: 'demo' });
  if (!login.ok) throw new Error(login.failure.message);
  const notes: Change[] = [];
  const pulled = await api.stream(login.value.token, null, (changes) => {
    for (const c of changes) if (c.entity === 'application_event' && String((c.data as { note?: string }).note ?? '').startsWith(tag)) notes.push(c);
  });
  expect(pulled.ok).toBe(true);
  const byCommand = new Map<string, number>();
  const byText = new Map<string, number>();
  for (const n of notes) {
    const d = n.data as { commandId: string; note: string };
    byCommand.set(d.commandId, (byCommand.get(d.commandId) ?? 0) + 1);
    byText.set(d.note, (byText.get(d.note) ?? 0) + 1);
  }
  expect(byText.size).toBe(COUNT);
  expect(byCommand.size).toBe(COUNT);
  expect([...byCommand.values()].every((n) => n === 1)).toBe(true);
  expect([...byText.values()].every((n) => n === 1)).toBe(true);
});
