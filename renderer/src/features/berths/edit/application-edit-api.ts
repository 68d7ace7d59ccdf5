import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { commandIssued } from '../../../store/commands-slice.ts';

/**
 * The application edit over window.kuva: like the other application commands it answers
 * `pending` at once and is tracked under the application, whose detail asks again.
 */
export const applicationEditApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    editApplication: build.mutation<Output<'berths.editApplication'>, Input<'berths.editApplication'>>({
      query: (input) => ({ method: 'berths.editApplication', input }),
      async onQueryStarted(input, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(commandIssued({ commandId: data.commandId, type: 'berths.editApplication', applicationId: input.applicationId }));
        } catch {
          // Refused: the form shows why.
        }
      },
      invalidatesTags: (_r, _e, input) => [{ type: 'Application', id: input.applicationId }, 'Suggestions', 'Sync'],
    }),
    linkApplicationCustomer: build.mutation<Output<'berths.linkApplicationCustomer'>, Input<'berths.linkApplicationCustomer'>>({
      query: (input) => ({ method: 'berths.linkApplicationCustomer', input }),
      async onQueryStarted(input, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          dispatch(commandIssued({ commandId: data.commandId, type: 'berths.linkApplicationCustomer', applicationId: input.applicationId }));
        } catch {
          // Refused: the dialog shows why.
        }
      },
      invalidatesTags: (_r, _e, input) => [{ type: 'Application', id: input.applicationId }, 'Suggestions', 'Sync'],
    }),
  }),
});

export const { useEditApplicationMutation, useLinkApplicationCustomerMutation } = applicationEditApi;
