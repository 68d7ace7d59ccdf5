import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { MasterDataPayload } from '../../../domain/berths/master-data-commands.ts';
import type { CommandSpec } from '../cache/workspace.ts';

/** Master data edits travel as they are typed; a new berth or pier and a new price list's bands get their ids here. */
export const MASTER_DATA_COMMAND_SPECS: Partial<Record<Method, CommandSpec>> = {
  'berths.editHarbour': { type: 'berths.editHarbour', payload: (input): MasterDataPayload<'berths.editHarbour'> => input as ParsedInput<'berths.editHarbour'> },
  'berths.editPier': { type: 'berths.editPier', payload: (input): MasterDataPayload<'berths.editPier'> => input as ParsedInput<'berths.editPier'> },
  'berths.editBerth': { type: 'berths.editBerth', payload: (input): MasterDataPayload<'berths.editBerth'> => input as ParsedInput<'berths.editBerth'> },
  'berths.addBerth': {
    type: 'berths.addBerth',
    payload: (input, _today, newId): MasterDataPayload<'berths.addBerth'> => ({ ...(input as ParsedInput<'berths.addBerth'>), berthId: newId() }),
  },
  'berths.addPier': {
    type: 'berths.addPier',
    payload: (input, _today, newId): MasterDataPayload<'berths.addPier'> => ({ ...(input as ParsedInput<'berths.addPier'>), pierId: newId() }),
  },
  'berths.savePriceList': {
    type: 'berths.savePriceList',
    payload: (input, _today, newId): MasterDataPayload<'berths.savePriceList'> => {
      const i = input as ParsedInput<'berths.savePriceList'>;
      return { validFrom: i.validFrom, validUntil: i.validUntil, products: i.products.map((b) => ({ ...b, id: b.id ?? newId() })) };
    },
  },
};
