import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';

/**
 * The proposal query. It provides no tags on purpose: the handler reviews a snapshot, and a
 * change elsewhere must not throw their adjustments away; "Propose again" asks anew.
 */
export const allocationApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    allocationProposal: build.query<Output<'berths.allocationProposal'>, Input<'berths.allocationProposal'>>({
      query: (input) => ({ method: 'berths.allocationProposal', input }),
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useAllocationProposalQuery } = allocationApi;
