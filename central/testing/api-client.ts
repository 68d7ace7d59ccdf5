import { randomUUID } from 'node:crypto';
import type { Change, CommandEnvelope, LoginResponse, PushResponse, StreamEnd, StreamStart } from '../../domain/sync/protocol.ts';

/** A thin real HTTP client for tests and benchmarks of the central. */
export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export async function api<T = unknown>(base: string, method: string, path: string, opts: { token?: string; body?: unknown; raw?: string; contentType?: string } = {}): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] = opts.contentType ?? 'application/json';
  const res = await fetch(`${base}/api/v1${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // NDJSON or other text: the caller reads it raw
  }
  return { status: res.status, body: parsed as T };
}

export async function signIn(base: string, username: string, password = 'demo'): Promise<string> {
  const res = await api<LoginResponse>(base, 'POST', '/auth/login', { body: { username, password } });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

export function envelope(type: CommandEnvelope['type'], payload: unknown, seq: number, baseVersion: number | null = null, id: string = randomUUID()): CommandEnvelope {
  return { id, seq, type, payload, baseVersion, issuedAt: new Date().toISOString() };
}

/** All changes through the paged pull, following hasMore. */
export async function pullAll(base: string, token: string, cursor: string | null = null, limit = 1000): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let at = cursor;
  for (;;) {
    const q = new URLSearchParams({ limit: String(limit) });
    if (at) q.set('cursor', at);
    const res = await api<{ cursor: string; hasMore: boolean; changes: Change[] }>(base, 'GET', `/sync/pull?${q}`, { token });
    if (res.status !== 200) throw new Error(`pull failed: ${res.status} ${JSON.stringify(res.body)}`);
    changes.push(...res.body.changes);
    at = res.body.cursor;
    if (!res.body.hasMore) return { changes, cursor: at };
  }
}

/** The NDJSON stream, parsed: its start line, its changes and its end line. */
export async function streamAll(
  base: string,
  token: string,
  cursor: string | null = null,
): Promise<{ start: StreamStart; changes: Change[]; end: StreamEnd; contentType: string | null }> {
  const q = new URLSearchParams({ total: '1' });
  if (cursor) q.set('cursor', cursor);
  const res = await fetch(`${base}/api/v1/sync/stream?${q}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (res.status !== 200) throw new Error(`stream failed: ${res.status} ${await res.text()}`);
  const lines = (await res.text()).split('\n').filter((l) => l !== '');
  const first = lines.shift();
  const last = lines.pop();
  if (!first || !last) throw new Error('a stream without its start and end lines');
  const start = JSON.parse(first) as StreamStart;
  if (start.start !== true) throw new Error(`the stream did not open with its start line: ${first.slice(0, 80)}`);
  return { start, changes: lines.map((l) => JSON.parse(l) as Change), end: JSON.parse(last) as StreamEnd, contentType: res.headers.get('content-type') };
}

/** Pushes one command as a fresh client; the answer with the push's results, or the error of a refused push. */
export async function pushOne(base: string, token: string, command: CommandEnvelope) {
  return api<PushResponse & { error?: { code: string; message: string } }>(base, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [command] } });
}
