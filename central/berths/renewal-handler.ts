import type { RenewalCommandType } from '../../domain/berths/renewal-commands.ts';
import { RENEWAL_DECIDERS, type RenewalState } from '../../domain/berths/renewal-deciders.ts';
import type { Decision } from '../../domain/berths/decide.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { noteBerthNotices, queueNotedBerthNotices } from './notices.ts';
import { loadRenewalState } from './renewal-state.ts';

/**
 * The season renewal and the customer contact edit on the central: the deciders the client runs
 * offline, on state loaded under row locks. An offered renewal's message is queued with its writes.
 */
export const renewalCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const type = command.type as RenewalCommandType;
    const state = await loadRenewalState(tx, type, command.payload, ctx.today, cache);
    return (RENEWAL_DECIDERS[type] as (s: RenewalState, p: unknown, c: CommandContext) => Decision)(state, command.payload, ctx);
  },

  async written(_tx, command, puts, cache) {
    noteBerthNotices(command.type, puts, cache);
  },

  chunkWritten: queueNotedBerthNotices,

  async explainViolation(_tx, command, constraint) {
    // Two renewals of one lease pushed at once (two handlers' runs): the second finds the first's.
    if (command.type === 'berths.renewLease' && constraint === 'lease_one_active_per_berth_season') {
      return { ok: false, status: 'rejected', code: 'already_renewed', message: 'The customer already has a lease on this berth for the new season.' };
    }
    return null;
  },
};
