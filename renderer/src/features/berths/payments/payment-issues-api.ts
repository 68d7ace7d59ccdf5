import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { commandIssued } from '../../../store/commands-slice.ts';

/**
 * Unapplied payments over window.kuva: the list asks again when an issue (or a customer's name)
 * changes; the mark answers `pending` at once, decided in the cache, and a refusal by the central
 * lands in the conflict inbox.
 */
export const paymentIssuesApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    // Every issue (`{}`), or one customer's (`{ customerId }`) for the 360° view.
    listPaymentIssues: build.query<Output<'berths.listPaymentIssues'>, Input<'berths.listPaymentIssues'>>({
      query: (input) => ({ method: 'berths.listPaymentIssues', input }),
      providesTags: ['PaymentIssues'],
    }),
    markPaymentRefunded: build.mutation<Output<'berths.markPaymentRefunded'>, Input<'berths.markPaymentRefunded'>>({
      query: (input) => ({ method: 'berths.markPaymentRefunded', input }),
      async onQueryStarted(_input, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(commandIssued({ commandId: data.commandId, type: 'berths.markPaymentRefunded', applicationId: null }));
        } catch {
          // Refused on this machine: the dialog shows why.
        }
      },
      invalidatesTags: ['PaymentIssues', 'Sync'],
    }),
  }),
});

export const { useListPaymentIssuesQuery, useMarkPaymentRefundedMutation } = paymentIssuesApi;
