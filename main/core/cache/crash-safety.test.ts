import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openCache } from './open-cache.ts';
import { HANDLER, world } from '../berths/testing/index.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kuva-crash-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('keeps a queued command and its optimistic effect when the process is killed right after', () => {
  const file = join(dir, 'cache.sqlite');
  const here = (p: string) => pathToFileURL(join(import.meta.dirname, p)).href;
  // A separate process queues an offer and dies by SIGKILL without closing the database.
  const script = `
    const { openCache } = await import(${JSON.stringify(here('open-cache.ts'))});
    const { HANDLER, world } = await import(${JSON.stringify(here('../berths/testing/index.ts'))});
    const w = world();
    const cache = openCache({ file: ${JSON.stringify(file)}, userId: HANDLER.id });
    cache.applyChanges(w.changes, 'c1');
    const r = cache.handle('berths.offerBerth', { applicationId: w.apps['Mäkinen'].id, berthId: w.berths.a1.id, acceptShorter: false }, HANDLER, new Date('2026-02-10T10:00:00+02:00'));
    process.stdout.write(JSON.stringify(r));
    process.kill(process.pid, 'SIGKILL');
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.signal).toBe('SIGKILL');
  const answer = JSON.parse(child.stdout) as { ok: true; value: { commandId: string } };
  expect(answer.ok).toBe(true);

  const w = world();
  const cache = openCache({ file, userId: HANDLER.id });
  try {
    expect(cache.pendingCommands(10).map((c) => c.id)).toEqual([answer.value.commandId]);
    expect(cache.getCursor()).toBe('c1');
    const d = cache.handle('berths.getApplication', { id: w.apps['Mäkinen']!.id }, HANDLER, new Date());
    expect(d.ok && [d.value.application.status, d.value.offer?.pending]).toEqual(['offer_sent', true]);
  } finally {
    cache.close();
  }
});
