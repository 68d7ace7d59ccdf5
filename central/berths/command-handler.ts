import { BERTH_DECIDERS, berthCommandTargets, type BerthCommandState, type Decision } from '../../domain/berths/decide.ts';
import type { BerthCommandType } from '../../domain/berths/commands.ts';
import { berthOccupancy } from '../../domain/berths/availability.ts';
import type { CommandHandler, IncomingCommand } from '../sync/handler.ts';
import { orderCommandTarget } from '../../domain/berths/order-deciders.ts';
import { berthLeases, harbourIds, loadApplicationState, loadCreateLeaseState, lockBerth, products } from './command-state.ts';
import type { CreateLeasePayload } from '../../domain/berths/lease-create-schema.ts';
import { loadOrderState } from './order-state.ts';
import { queueBerthNotices } from './notices.ts';

type Targeted = { applicationId: string; berthId?: string; season?: number };

/**
 * Berth commands on the central: the same domain deciders the client runs offline, fed with
 * authoritative state. Rows are locked application first, then berth, in every command; a lease
 * made without an application locks only the berth, as an offer of it does.
 */
export const berthCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const type = command.type as BerthCommandType;
    const decide = BERTH_DECIDERS[type] as (s: BerthCommandState, p: unknown, c: typeof ctx) => Decision;
    if (type === 'berths.recordPayment') {
      return { ok: false, status: 'rejected', code: 'payment_not_staff', message: 'A payment is confirmed by the payment provider, not pushed by staff.' };
    }
    if (type === 'berths.createLease') return decide(await loadCreateLeaseState(tx, command.payload as CreateLeasePayload, cache), command.payload, ctx);
    const orderTarget = orderCommandTarget(type, command.payload);
    if (orderTarget) return decide(await loadOrderState(tx, orderTarget), command.payload, ctx);
    const payload = command.payload as Targeted;
    const targets = berthCommandTargets(type, payload);
    const state: BerthCommandState = await loadApplicationState(tx, targets.applicationId);
    if (targets.berthId && state.application) {
      const locked = await lockBerth(tx, targets.berthId);
      state.berth = locked?.berth ?? null;
      state.pier = locked?.pier ?? null;
      state.harbour = locked?.harbour ?? null;
      state.berthLeases = locked ? await berthLeases(tx, targets.berthId, state.application.record.season) : [];
      state.products = await products(tx, cache);
    }
    if (targets.harbours) state.harbourIds = await harbourIds(tx, cache);
    return decide(state, command.payload, ctx);
  },

  async written(tx, command, puts, cache) {
    await queueBerthNotices(tx, command.type, puts, cache);
  },

  async explainViolation(tx, command: IncomingCommand, constraint) {
    const payload = command.payload as Targeted;
    if (orderCommandTarget(command.type, payload)) return null;
    if (constraint === 'lease_one_active_per_berth_season' && payload.berthId) {
      const locked = await lockBerth(tx, payload.berthId);
      // A lease without an application names its season; an offer's is its application's.
      const named = command.type === 'berths.createLease' ? payload.season : (await loadApplicationState(tx, payload.applicationId)).application?.record.season;
      const season = named ?? new Date().getFullYear();
      if (!locked) return null;
      const occupancy = berthOccupancy(locked.berth.record, await berthLeases(tx, payload.berthId, season), season);
      return {
        ok: false,
        status: 'conflict',
        code: 'berth_taken',
        message: `Berth ${locked.berth.record.number} in ${locked.harbour.name.fi} is no longer free.`,
        current: { berth: locked.berth.record, occupancy },
      };
    }
    if (constraint === 'lease_one_active_per_application') {
      return { ok: false, status: 'rejected', code: 'application_has_offer', message: 'The application already has an offer.' };
    }
    return null;
  },
};
