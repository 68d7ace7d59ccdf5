import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemoUsers } from '../../central/auth/users.ts';
import { launchCentral } from '../../central/server.ts';
import { signIn } from '../../central/testing/api-client.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import { recordPersonalDataRead } from '../../main/core/audit/record-read.ts';
import { tempCache } from '../../main/core/cache/testing/temp-cache.ts';
import { openDatabase } from '../../main/core/db/open-database.ts';
import { createCentralClient } from '../../main/core/sync/central-client.ts';
import { createSyncEngine } from '../../main/core/sync/sync-engine.ts';
import { SETUP_MS } from './support/central.ts';

/** Aino as the central knows her; the desk's copy of her name is not what the audit takes. */
const AINO_ID = '6a1f3c52-7d41-4c0e-9b1a-000000000001';
const DESK_USER: StaffUser = { id: AINO_ID, name: 'A name the desk made up', roles: ['berth_handler'], grants: [] };

let central: Awaited<ReturnType<typeof launchCentral>>;
beforeAll(async () => {
  central = await launchCentral({ seed: false, notifications: false });
  await seedDemoUsers(central.db);
}, SETUP_MS);
afterAll(() => central?.close());

it('audits a read made offline once the desk syncs, with the signed-in user as the reader', async () => {
  const t = tempCache(AINO_ID);
  try {
    // Offline: the read is queued in the cache file, and the desk closes.
    const db = openDatabase(t.file);
    const readAt = new Date(Date.now() - 3_600_000);
    const read = recordPersonalDataRead(
      { db, writer: () => { throw new Error('no rows'); }, actor: DESK_USER, now: readAt },
      { subjectKind: 'guardian', subjectIds: ['guardian-7'], workspace: 'culture-kids', partition: 'cohort-2026', purpose: 'data_correction', purposeText: null, detail: null },
    );
    db.close();
    if (!read.ok) throw new Error(read.error.message);
    const cache = t.reopen();
    expect(cache.pendingCommands(10).map((c) => c.id)).toEqual([read.value.commandId]);

    // Back online: the next sync carries it to the central.
    const token = await signIn(central.url, 'aino');
    const engine = createSyncEngine({ cache, client: createCentralClient({ baseUrl: central.url }), token, listen: false, now: () => new Date(), emit: () => {} });
    engine.start();
    const status = await engine.syncNow();
    await engine.stop();
    expect(status.lastError).toBeNull();
    expect(cache.pendingCommands(10)).toEqual([]);

    const rows = await central.db.query<{ id: string; actor_id: string; actor_name: string; read_at: Date; subject_ids: string[]; purpose: string; command_id: string }>(
      'SELECT id::text AS id, actor_id::text AS actor_id, actor_name, read_at, subject_ids, purpose, command_id::text AS command_id FROM audit_read',
    );
    expect(rows.rows.map((r) => [r.id, r.actor_id, r.actor_name, new Date(r.read_at).toISOString(), r.subject_ids, r.purpose, r.command_id])).toEqual([
      [read.value.entryIds[0], AINO_ID, 'Aino Virtanen', readAt.toISOString(), ['guardian-7'], 'data_correction', read.value.commandId],
    ]);
  } finally {
    t.dispose();
  }
}, SETUP_MS);
