import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { trackIssued } from '../../../api/track-issued.ts';

type MasterDataCommand = 'berths.editHarbour' | 'berths.editPier' | 'berths.editBerth' | 'berths.addBerth' | 'berths.addPier' | 'berths.savePriceList';

/**
 * Harbour, pier, berth and price list edits (and new berths and piers) over window.kuva. The harbour views ask again when an
 * edit is queued; the event pump refreshes them when the central's answer or another desk's edit
 * arrives (harbour, pier and berth changes invalidate HarbourOverview).
 */
export const masterDataApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    const command = <M extends MasterDataCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => ({ method, input }),
        onQueryStarted: trackIssued(method),
        invalidatesTags: ['HarbourOverview', 'Harbours', 'Sync'],
      });
    return {
      harbourMasterData: build.query<Output<'berths.harbourMasterData'>, string>({
        query: (harbourId) => ({ method: 'berths.harbourMasterData', input: { harbourId } }),
        providesTags: ['HarbourOverview'],
      }),
      priceLists: build.query<Output<'berths.priceLists'>, void>({ query: () => ({ method: 'berths.priceLists', input: {} }), providesTags: ['HarbourOverview', 'Suggestions'] }),
      editHarbour: command('berths.editHarbour'),
      editPier: command('berths.editPier'),
      editBerth: command('berths.editBerth'),
      addBerth: command('berths.addBerth'),
      addPier: command('berths.addPier'),
      savePriceList: command('berths.savePriceList'),
    };
  },
});

export const { useHarbourMasterDataQuery, usePriceListsQuery, useEditHarbourMutation, useEditPierMutation, useEditBerthMutation, useAddBerthMutation, useAddPierMutation, useSavePriceListMutation } = masterDataApi;
