import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { commandIssued } from '../../../store/commands-slice.ts';

/**
 * A customer's GDPR erasure over window.kuva: decided in the cache at once (`pending`), and the
 * 360° view asks again when the customer's rows change; a refusal by the central lands in the
 * conflict inbox.
 */
export const customerGdprApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    eraseCustomer: build.mutation<Output<'berths.eraseCustomer'>, Input<'berths.eraseCustomer'>>({
      query: (input) => ({ method: 'berths.eraseCustomer', input }),
      async onQueryStarted(_input, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(commandIssued({ commandId: data.commandId, type: 'berths.eraseCustomer', applicationId: null }));
        } catch {
          // Refused on this machine: the dialog shows why.
        }
      },
      invalidatesTags: ['Sync'],
    }),
  }),
});

export const { useEraseCustomerMutation } = customerGdprApi;
