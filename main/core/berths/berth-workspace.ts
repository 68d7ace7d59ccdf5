import type { ParsedInput } from '../../../domain/contract.ts';
import type { BerthCommandPayload, BerthCommandType } from '../../../domain/berths/commands.ts';
import { BERTH_DECIDERS, type Decision } from '../../../domain/berths/decide.ts';
import { fail, ok } from '../../../domain/result.ts';
import type { CacheWorkspace } from '../cache/workspace.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { BERTH_TABLES } from './tables.ts';
import { BERTH_COMMAND_SPECS } from './command-payloads.ts';
import { loadBerthCommandState } from './command-state.ts';
import { listHarbours } from './list-harbours.ts';
import { listApplications } from './list-applications.ts';
import { getApplication } from './get-application.ts';
import { suggestBerthsFor } from './suggest-berths.ts';
import { allocationProposal } from './allocation-proposal.ts';
import { harbourOverview, listHarbourBerths, seasonOrDefault } from './harbour-overview.ts';
import { searchCustomers } from './customer-search.ts';
import { customer360 } from './customer-360.ts';
import { orderDetail } from './order-detail.ts';

type AnyPayload = BerthCommandPayload<BerthCommandType>;
type AnyDecider = (state: ReturnType<typeof loadBerthCommandState>, payload: AnyPayload, ctx: Parameters<typeof BERTH_DECIDERS['berths.addNote']>[2]) => Decision;

const references = preparedFor((db: SqliteDatabase) => db.prepare<[string], { reference: string }>('SELECT reference FROM application WHERE id = ?'));

/** The berth workspace's part of the local cache. */
export const BERTH_CACHE: CacheWorkspace = {
  tables: BERTH_TABLES,
  queries: {
    'berths.listHarbours': { permission: 'berths.resources.read', run: ({ db }) => ok(listHarbours(db)) },
    'berths.listApplications': {
      permission: 'berths.cases.read',
      run: ({ db, now }, input) => ok(listApplications(db, input as ParsedInput<'berths.listApplications'>, now)),
    },
    'berths.getApplication': {
      permission: 'berths.cases.read',
      run: ({ db }, input) => {
        const detail = getApplication(db, (input as ParsedInput<'berths.getApplication'>).id);
        return detail ? ok(detail) : fail('not_found', 'The application does not exist.');
      },
    },
    'berths.harbourOverview': {
      permission: 'berths.resources.read',
      run: ({ db, actor, now }, input) => ok(harbourOverview(db, actor, seasonOrDefault((input as ParsedInput<'berths.harbourOverview'>).season, now))),
    },
    'berths.listBerths': {
      permission: 'berths.resources.read',
      run: ({ db, actor, now }, input) => {
        const { harbourId, season } = input as ParsedInput<'berths.listBerths'>;
        const berths = listHarbourBerths(db, actor, harbourId, seasonOrDefault(season, now));
        return berths ? ok(berths) : fail('not_found', 'The harbour does not exist.');
      },
    },
    'berths.allocationProposal': { permission: 'berths.cases.read', run: ({ db, now }, input) => allocationProposal(db, input as ParsedInput<'berths.allocationProposal'>, now) },
    'berths.suggestBerths': {
      permission: 'berths.cases.read',
      run: ({ db, now }, input) => suggestBerthsFor(db, (input as ParsedInput<'berths.suggestBerths'>).applicationId, now),
    },
    'berths.getOrder': { permission: 'berths.cases.read', run: ({ db }, input) => orderDetail(db, (input as ParsedInput<'berths.getOrder'>).id) },
    'berths.searchCustomers': { permission: 'berths.cases.read', run: ({ db }, input) => ok(searchCustomers(db, input as ParsedInput<'berths.searchCustomers'>)) },
    'berths.getCustomer': { permission: 'berths.cases.read', run: ({ db, now }, input) => customer360(db, (input as ParsedInput<'berths.getCustomer'>).id, now) },
  },
  commands: BERTH_COMMAND_SPECS,
  // Order commands carry no base version; their aggregate is the order (or the terminated lease).
  aggregateOf: (type, payload) => {
    const p = payload as { applicationId?: string; orderId?: string; leaseId?: string };
    // A lease made without an application is its own aggregate (it carries no base version).
    if (type === 'berths.createLease' && p.leaseId) return { entity: 'lease', id: p.leaseId };
    if (p.applicationId) return { entity: 'application', id: p.applicationId };
    if (p.orderId) return { entity: 'berth_order', id: p.orderId };
    return p.leaseId ? { entity: 'lease', id: p.leaseId } : null;
  },
  decide: ({ db }, type, payload, ctx) => {
    const p = payload as AnyPayload;
    const decider = BERTH_DECIDERS[type as BerthCommandType] as AnyDecider;
    return decider(loadBerthCommandState(db, type as BerthCommandType, p), p, ctx);
  },
  describeAggregate: ({ db }, id) => references(db).get(id)?.reference ?? null,
};
