import { BERTH_DECIDERS, berthCommandTargets, type BerthCommandState, type Decision } from '../../domain/berths/decide.ts';
import type { BerthCommandType } from '../../domain/berths/commands.ts';
import type { Lease } from '../../domain/berths/entities.ts';
import { berthOccupancy } from '../../domain/berths/availability.ts';
import type { CommandHandler, IncomingCommand } from '../sync/handler.ts';
import { orderCommandTarget } from '../../domain/berths/order-deciders.ts';
import { berthLeases, harbourIds, loadApplicationState, loadApplicationStates, loadCreateLeaseState, loadLinkState, lockBerth, lockBerthsWithLeases, products } from './command-state.ts';
import type { EntityPut } from '../sync/feed.ts';
import type { ChunkCache } from '../sync/handler.ts';
import type { Queryable } from '../db/db.ts';
import type { CreateLeasePayload } from '../../domain/berths/lease-create-schema.ts';
import { loadLeaseBerthPricing, loadOrderState } from './order-state.ts';
import { noteBerthNotices, queueNotedBerthNotices } from './notices.ts';

type Targeted = { applicationId: string; berthId?: string; season?: number };
type ApplicationStates = Awaited<ReturnType<typeof loadApplicationStates>>;

const PREFETCHED = 'berths.prefetched_applications';
const PREFETCHED_BERTHS = 'berths.prefetched_berths';

/** The chunk's berths as loaded, and the seasons their leases were read for. */
interface BerthStates {
  seasons: Map<string, Set<number>>;
  berths: Awaited<ReturnType<typeof lockBerthsWithLeases>>;
}

/** The application a berth command is decided on through loadApplicationState, if it is one. */
function applicationOf(command: IncomingCommand): string | null {
  if (!(command.type in BERTH_DECIDERS) || command.type === 'berths.createLease' || command.type === 'berths.recordPayment') return null;
  if (orderCommandTarget(command.type, command.payload)) return null;
  const id = (command.payload as Partial<Targeted>).applicationId;
  return typeof id === 'string' ? id.toLowerCase() : null;
}

/**
 * A state loaded with the chunk, while nothing the chunk wrote has changed it (a copy: the handler
 * adds to it); not one loaded alone when the command needs what is around the application.
 */
function prefetched(cache: ChunkCache, applicationId: string, alone: boolean): BerthCommandState | null {
  const loaded = (cache.get(PREFETCHED) as ApplicationStates | undefined)?.get(applicationId.toLowerCase());
  return loaded && (alone || !loaded.alone) ? { ...loaded.state } : null;
}

/**
 * A berth loaded with the chunk (the lock, and its leases of the season and the one before), while
 * nothing the chunk wrote has changed it; undefined when it must be read as it comes, null when it
 * does not exist.
 */
function prefetchedBerth(cache: ChunkCache, berthId: string, season: number): { locked: NonNullable<Awaited<ReturnType<typeof lockBerth>>>; leases: Lease[] } | null | undefined {
  const loaded = cache.get(PREFETCHED_BERTHS) as BerthStates | undefined;
  const id = berthId.toLowerCase();
  if (!loaded?.berths.has(id) || !loaded.seasons.get(id)?.has(season)) return undefined;
  const berth = loaded.berths.get(id);
  return berth ? { locked: berth.locked, leases: berth.leases.filter((l) => l.season === season || l.season === season - 1) } : null;
}

/** Forgets the loaded state of every application and berth a write touched: its next command reads it again. */
function forgetWritten(cache: ChunkCache, puts: readonly EntityPut[]): void {
  const states = cache.get(PREFETCHED) as ApplicationStates | undefined;
  const berths = (cache.get(PREFETCHED_BERTHS) as BerthStates | undefined)?.berths;
  for (const put of puts) {
    if (put.entity === 'customer') cache.delete(PREFETCHED);
    const data = put.data as { applicationId?: string | null; berthId?: string };
    const id = put.entity === 'application' ? put.id : put.entity === 'lease' || put.entity === 'berth_order' ? data.applicationId : null;
    if (id) states?.delete(id.toLowerCase());
    const berthId = put.entity === 'berth' ? put.id : put.entity === 'lease' ? data.berthId : null;
    if (berthId) berths?.delete(berthId.toLowerCase());
  }
}

/**
 * The berths a chunk's commands name, locked and loaded in two statements, after the chunk's
 * applications: only when every command is decided on its application (no lease without one, no
 * invoice command), so each lock the chunk takes is an application's before any berth's, as in
 * each command alone, and in id order.
 */
async function prefetchBerths(tx: Queryable, chunk: readonly IncomingCommand[], cache: ChunkCache): Promise<void> {
  const states = cache.get(PREFETCHED) as ApplicationStates | undefined;
  if (!states || !chunk.every((c) => applicationOf(c) !== null)) return;
  const seasons = new Map<string, Set<number>>();
  for (const c of chunk) {
    const targets = berthCommandTargets(c.type as BerthCommandType, c.payload as Targeted);
    const app = states.get(targets.applicationId.toLowerCase())?.state.application;
    if (!targets.berthId || !app) continue;
    const id = targets.berthId.toLowerCase();
    seasons.set(id, (seasons.get(id) ?? new Set<number>()).add(app.record.season));
  }
  if (seasons.size < 2) return;
  const berths = await lockBerthsWithLeases(tx, [...seasons.keys()].sort(), [...new Set([...seasons.values()].flatMap((s) => [...s]))]);
  cache.set(PREFETCHED_BERTHS, { seasons, berths } satisfies BerthStates);
}

/**
 * Berth commands on the central: the same domain deciders the client runs offline, fed with
 * authoritative state. Rows are locked application first, then berth, in every command; a lease
 * made without an application locks only the berth, as an offer of it does.
 */
export const berthCommandHandler: CommandHandler = {
  /**
   * A chunk of berth commands alone locks and loads its applications in one statement (in id
   * order). With another workspace's command in it, each is loaded as it comes: a write this
   * handler does not see could change what was loaded.
   */
  async prefetch(tx, chunk, cache) {
    if (!chunk.every((c) => c.type in BERTH_DECIDERS)) return;
    const ids = [...new Set(chunk.map(applicationOf).filter((id): id is string => id !== null))];
    if (ids.length < 2) return;
    // An application only notes are about is loaded without its leases, orders and customer.
    const alone = new Set(ids);
    for (const c of chunk) {
      const id = applicationOf(c);
      if (id && !berthCommandTargets(c.type as BerthCommandType, c.payload as Targeted).applicationAlone) alone.delete(id);
    }
    cache.set(PREFETCHED, await loadApplicationStates(tx, ids, alone));
    await prefetchBerths(tx, chunk, cache);
  },

  async decide(tx, command, ctx, cache) {
    const type = command.type as BerthCommandType;
    const decide = BERTH_DECIDERS[type] as (s: BerthCommandState, p: unknown, c: typeof ctx) => Decision;
    if (type === 'berths.recordPayment') {
      return { ok: false, status: 'rejected', code: 'payment_not_staff', message: 'A payment is confirmed by the payment provider, not pushed by staff.' };
    }
    if (type === 'berths.createLease') return decide(await loadCreateLeaseState(tx, command.payload as CreateLeasePayload, cache), command.payload, ctx);
    const orderTarget = orderCommandTarget(type, command.payload);
    if (orderTarget) {
      const state = await loadOrderState(tx, orderTarget);
      if (type === 'berths.resendOffer' && state.lease) Object.assign(state, await loadLeaseBerthPricing(tx, state.lease.record, cache));
      return decide(state, command.payload, ctx);
    }
    const payload = command.payload as Targeted;
    const targets = berthCommandTargets(type, payload);
    const state: BerthCommandState = prefetched(cache, targets.applicationId, targets.applicationAlone) ?? (await loadApplicationState(tx, targets.applicationId));
    if (targets.berthId && state.application) {
      const season = state.application.record.season;
      const loaded = prefetchedBerth(cache, targets.berthId, season);
      const locked = loaded === undefined ? await lockBerth(tx, targets.berthId) : (loaded?.locked ?? null);
      state.berth = locked?.berth ?? null;
      state.pier = locked?.pier ?? null;
      state.harbour = locked?.harbour ?? null;
      state.berthLeases = !locked ? [] : loaded ? loaded.leases : await berthLeases(tx, targets.berthId, season);
      state.products = await products(tx, cache);
    }
    if (targets.harbours) state.harbourIds = await harbourIds(tx, cache);
    if (type === 'berths.linkApplicationCustomer' && state.application) {
      Object.assign(state, await loadLinkState(tx, state.application.record, (command.payload as { customerId: string }).customerId));
    }
    return decide(state, command.payload, ctx);
  },

  async written(_tx, command, puts, cache) {
    forgetWritten(cache, puts);
    noteBerthNotices(command.type, puts, cache);
  },

  chunkWritten: queueNotedBerthNotices,

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
