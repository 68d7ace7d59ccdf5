import type { WinterMasterCommandType } from '../../domain/berths/winter-commands.ts';
import { WINTER_MASTER_DECIDERS, type WinterMasterDecision, type WinterMasterState } from '../../domain/berths/winter-master-deciders.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { keepBefore, writeChanges } from './master-data-handler.ts';
import { loadWinterMasterState } from './winter-master-state.ts';

type Decide = (s: { winterMaster: WinterMasterState }, p: unknown, c: CommandContext) => WinterMasterDecision;

const recordsOf = (s: WinterMasterState) => [s.area, s.section, s.place].flatMap((v) => (v ? [v.record as unknown as Record<string, unknown>] : []));

/**
 * Winter storage areas, sections and places on the central (decision 43): the deciders the desk
 * runs offline, on state loaded under row locks, each record written leaving its row in
 * master_data_change in the same savepoint, as the berth master data's do.
 */
export const winterMasterCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const type = command.type as WinterMasterCommandType;
    const state = await loadWinterMasterState(tx, type, command.payload, ctx.today);
    const decision = (WINTER_MASTER_DECIDERS[type] as Decide)({ winterMaster: state }, command.payload, ctx);
    if (decision.ok) keepBefore(cache, command.id, ctx, recordsOf(state));
    return decision;
  },

  async written(tx, command, puts, cache) {
    await writeChanges(tx, command.id, puts, cache);
  },

  async explainViolation(_tx, _command, constraint) {
    // The section's lock keeps two numbers apart; the unique index stands behind it.
    if (constraint === 'winter_place_number') return { ok: false, status: 'rejected', code: 'winter_place_number_taken', message: 'Another place of the section took the number meanwhile.' };
    return null;
  },
};
