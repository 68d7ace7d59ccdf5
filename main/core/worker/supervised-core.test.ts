import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startSupervisedCore } from './supervised-core.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kuva-supervised-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// No central is needed to see the core answer: it says who is signed in and how sync stands.
const options = () => ({ dataDir: dir, centralUrl: 'http://127.0.0.1:9', mode: 'browser' as const });

it('starts a crashed core again on the same data', async () => {
  const logs: string[] = [];
  const core = await startSupervisedCore(options(), { restartDelayMs: 10, log: (m) => logs.push(m) });
  try {
    expect(await core.invoke('session.get', {})).toMatchObject({ ok: true, value: { user: null, mode: 'browser' } });
    // The crash is seen by the time it resolves (the worker's exit listeners run in order), so
    // the call right after it finds the restart under way and waits for the new core.
    await core.crashForTest();
    expect(await core.invoke('session.get', {})).toMatchObject({ ok: true, value: { user: null } });
    expect(logs.some((l) => l.includes('running again'))).toBe(true);
  } finally {
    await core.close();
  }
});

it('gives up on a core that keeps crashing and says why', async () => {
  const core = await startSupervisedCore(options(), { restartDelayMs: 1, maxRestarts: 1 });
  try {
    await core.crashForTest();
    await core.invoke('session.get', {}); // waits for the restart
    await core.crashForTest();
    const r = await core.invoke('session.get', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!r.ok && r.error.message).toMatch(/not started again/);
  } finally {
    await core.close();
  }
});
