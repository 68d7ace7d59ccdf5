import type { RecordReadsPayload } from '../../domain/audit/commands.ts';
import { decideRecordReads } from '../../domain/audit/decide.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import type { CommandHandler, Decision, IncomingCommand } from '../sync/handler.ts';
import { appendRows, auditRow, recordedBy } from './store.ts';

/**
 * `audit.recordReads`: appends the entries with the signed-in user as the reader (the push sets
 * the context's actor from the session, never from the desk). A replayed command is answered from
 * the command store and never gets here; an entry id the audit holds already from the same person
 * is not a second row; one held by another person is refused, so no one can claim another's row.
 */
async function decide(tx: Queryable, command: IncomingCommand, ctx: CommandContext): Promise<Decision> {
  const { entries } = command.payload as RecordReadsPayload;
  const held = await recordedBy(tx, entries.map((e) => e.id));
  const foreign = entries.find((e) => (held.get(e.id) ?? ctx.actor.id) !== ctx.actor.id);
  if (foreign) return { ok: false, status: 'rejected', code: 'audit_entry_id_taken', message: `The audit entry ${foreign.id} was recorded by another person.` };
  const recordedAt = ctx.recordedAt ?? new Date().toISOString();
  const rows = entries
    .filter((e) => !held.has(e.id))
    .map(({ id, readAt, ...fields }) =>
      auditRow(fields, {
        id,
        actor: ctx.actor,
        // The person's own time, never later than the central's (as a command's issuedAt).
        readAt: new Date(Math.min(Date.parse(readAt), Date.parse(recordedAt))).toISOString(),
        recordedAt,
        source: 'desk',
        commandId: ctx.commandId,
      }),
    );
  await appendRows(tx, rows);
  return decideRecordReads();
}

export const auditCommandHandler: CommandHandler = {
  decide: (tx, command, ctx) => decide(tx, command, ctx),
  explainViolation: async () => null,
};
