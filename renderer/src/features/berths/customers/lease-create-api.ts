import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { commandIssued } from '../../../store/commands-slice.ts';

/**
 * A lease made without an application over window.kuva: like every berth command it answers
 * `pending` at once (decided in the cache); a refusal by the central lands in the conflict inbox.
 */
export const leaseCreateApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    createLease: build.mutation<Output<'berths.createLease'>, Input<'berths.createLease'>>({
      query: (input) => ({ method: 'berths.createLease', input }),
      async onQueryStarted(_input, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(commandIssued({ commandId: data.commandId, type: 'berths.createLease', applicationId: null }));
        } catch {
          // Refused: the form shows why.
        }
      },
      invalidatesTags: ['HarbourOverview', 'Suggestions', 'Sync'],
    }),
  }),
});

export const { useCreateLeaseMutation } = leaseCreateApi;
