import { randomUUID } from 'node:crypto';
import { decideEraseChild } from '../../domain/culture-kids/decide-erase.ts';
import type { Child, Guardian, Guardianship } from '../../domain/culture-kids/entities.ts';
import { childIsDueForRetention, guardianIsDueForRetention } from '../../domain/culture-kids/erasure.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Db } from '../db/db.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { deleteRows } from './command-handler.ts';
import { LOADERS } from './command-state.ts';
import { SYSTEM_ACTORS } from '../../domain/system-actors.ts';

/** The actor the records name for what retention erased. */
export const RETENTION_ACTOR = SYSTEM_ACTORS.cultureKidsRetention;

/**
 * The retention job (domain/culture-kids/erasure.ts RETENTION): children whose cohort's
 * programme is over (the year after they turn 7 has ended), and children whose every guardian's
 * account was deactivated over a year ago, are erased as the GDPR erasure does (anonymised,
 * statistics kept), each in its own transaction with its feed lines. Runs as a central job:
 * `runRetention(db, today)` with today's Helsinki date; rerunning it finds nothing more to do.
 */
export async function runRetention(db: Db, today: string, now: Date = new Date()): Promise<{ erased: string[] }> {
  const children = (await db.query<{ data: Child }>("SELECT data FROM ck_child WHERE data->>'erasedAt' IS NULL")).rows.map((r) => r.data);
  const links = (await db.query<{ data: Guardianship }>('SELECT data FROM ck_guardianship')).rows.map((r) => r.data);
  const guardians = new Map((await db.query<{ data: Guardian }>('SELECT data FROM ck_guardian')).rows.map((r) => [r.data.id, r.data]));
  const guardiansOf = new Map<string, Guardian[]>();
  for (const l of links) {
    const g = guardians.get(`${l.guardianId}@${l.cohortId}`);
    if (g) guardiansOf.set(l.childId, [...(guardiansOf.get(l.childId) ?? []), g]);
  }
  const due = children.filter((c) => {
    if (childIsDueForRetention(c, today)) return true;
    const own = guardiansOf.get(c.id) ?? [];
    return own.length > 0 && own.every((g) => g.erasedAt !== null || guardianIsDueForRetention(g, today));
  });
  const erased: string[] = [];
  for (const child of due) {
    const done = await db.transaction(async (tx) => {
      const { state } = await LOADERS['cultureKids.eraseChild'](tx, { childId: child.id, reason: 'retention' });
      const ctx: CommandContext = { commandId: randomUUID(), actor: RETENTION_ACTOR, now: now.toISOString(), recordedAt: now.toISOString(), today, baseVersion: null };
      const decision = decideEraseChild(state, { childId: child.id, reason: 'Säilytysaika päättyi (retention)' }, ctx);
      // Erased meanwhile by staff: nothing left to do.
      if (!decision.ok) return false;
      const refused = await writePuts(tx, decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record })));
      if (refused) throw new Error(`Retention of the child ${child.id}: ${refused.message}`);
      await deleteRows(tx, decision.deletes);
      await numberChanges(tx);
      return true;
    });
    if (done) erased.push(child.id);
  }
  return { erased };
}
