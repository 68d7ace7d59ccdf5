import type { ParsedInput } from '../../../domain/contract.ts';
import type { MasterDataCommandType } from '../../../domain/berths/master-data-commands.ts';
import { MASTER_DATA_DECIDERS, masterDataAggregate, type MasterDataDecision, type MasterDataState } from '../../../domain/berths/master-data-deciders.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { fail, ok } from '../../../domain/result.ts';
import type { CacheWorkspace, DecisionContext } from '../cache/workspace.ts';
import { MASTER_DATA_COMMAND_SPECS } from './master-data-payloads.ts';
import { harbourMasterData, loadLocalMasterDataState, priceLists } from './master-data-reads.ts';

type AnyDecider = (state: { master: MasterDataState }, payload: unknown, ctx: DecisionContext) => MasterDataDecision;

/**
 * Berth master data in the cache: its tables are the berth workspace's (harbour, pier, berth,
 * berth_product); this part adds the edit commands, which version the record they change rather
 * than an application, and the reads the edit dialogs and the price list view need.
 */
export const BERTH_MASTER_DATA_CACHE: CacheWorkspace = {
  tables: [],
  queries: {
    'berths.harbourMasterData': {
      permission: 'berths.resources.read',
      run: ({ db }, input) => {
        const data = harbourMasterData(db, (input as ParsedInput<'berths.harbourMasterData'>).harbourId);
        return data ? ok(data) : fail('not_found', 'The harbour does not exist.');
      },
    },
    'berths.priceLists': { permission: 'berths.resources.read', run: ({ db, now }) => ok(priceLists(db, helsinkiDate(now))) },
  },
  commands: MASTER_DATA_COMMAND_SPECS,
  aggregateOf: (type, payload) => masterDataAggregate(type as MasterDataCommandType, payload),
  decide: ({ db }, type, payload, ctx) => {
    const t = type as MasterDataCommandType;
    return (MASTER_DATA_DECIDERS[t] as AnyDecider)({ master: loadLocalMasterDataState(db, t, payload, ctx.today) }, payload, ctx);
  },
};
