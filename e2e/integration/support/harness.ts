import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BerthSuggestionRow, CoreEvent, Input, KuvaApi, Method, Output } from '../../../domain/contract.ts';
import { createCore, type Core } from '../../../main/core/core.ts';

/** Short waits so a central that comes back is noticed within a test's patience. */
export const FAST_SYNC = { intervalMs: 60_000, initialBackoffMs: 100, maxBackoffMs: 500 };

export async function tempRoot(name: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `kuva-${name}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Unwraps a Result or fails the test with the error. */
export async function call<M extends Method>(api: KuvaApi, method: M, input: Input<M>): Promise<Output<M>> {
  const r = await api.invoke(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export async function openClient(root: string, name: string, centralUrl: string): Promise<Core & { events: CoreEvent[] }> {
  const core = await createCore({ dataDir: path.join(root, name), centralUrl, mode: 'browser', sync: FAST_SYNC });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  return Object.assign(core, { events });
}

export async function signIn(api: KuvaApi, username: string): Promise<void> {
  await call(api, 'session.login', { username, password: 'demo' });
  const status = await call(api, 'sync.now', {});
  if (status.lastError) throw new Error(`first sync failed: ${status.lastError.code}: ${status.lastError.message}`);
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function dueDate(daysAhead = 14): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

/** A pending application and a berth it may be offered (wide and long enough). */
export async function findOffer(api: KuvaApi, skip: ReadonlySet<string> = new Set()): Promise<{ applicationId: string; berth: BerthSuggestionRow }> {
  const list = await call(api, 'berths.listApplications', { filter: { statuses: ['pending'] }, limit: 200 });
  for (const row of list.rows) {
    if (skip.has(row.id)) continue;
    const berths = await call(api, 'berths.suggestBerths', { applicationId: row.id });
    const berth = berths.find((b) => !b.shorterThanBoat && !skip.has(b.berthId));
    if (berth) return { applicationId: row.id, berth };
  }
  throw new Error('No pending application with a free berth in the demo data.');
}

/** Two pending applications that both may be offered the same free berth. */
export async function findContestedBerth(api: KuvaApi): Promise<{ berthId: string; applications: [string, string] }> {
  const list = await call(api, 'berths.listApplications', { filter: { statuses: ['pending'] }, limit: 300 });
  const wanted = new Map<string, string[]>();
  for (const row of list.rows) {
    const berths = await call(api, 'berths.suggestBerths', { applicationId: row.id });
    for (const b of berths) {
      if (b.shorterThanBoat) continue;
      const apps = wanted.get(b.berthId) ?? [];
      apps.push(row.id);
      if (apps.length === 2) return { berthId: b.berthId, applications: [apps[0]!, apps[1]!] };
      wanted.set(b.berthId, apps);
    }
  }
  throw new Error('No berth that two pending applications may both get.');
}
