import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { trackIssued } from '../../../api/track-issued.ts';

/** Messages to groups of customers over window.kuva: who a message reaches, the send, the sent ones. */
export const customerMessagesApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    messageReach: build.query<Output<'berths.messageReach'>, Input<'berths.messageReach'>>({
      query: (input) => ({ method: 'berths.messageReach', input }),
      providesTags: ['CustomerMessages'],
    }),
    customerMessages: build.query<Output<'berths.customerMessages'>, void>({
      query: () => ({ method: 'berths.customerMessages', input: {} }),
      providesTags: ['CustomerMessages'],
    }),
    sendCustomerMessage: build.mutation<Output<'berths.sendCustomerMessage'>, Input<'berths.sendCustomerMessage'>>({
      query: (input) => ({ method: 'berths.sendCustomerMessage', input }),
      onQueryStarted: trackIssued('berths.sendCustomerMessage'),
      invalidatesTags: ['CustomerMessages', 'Sync'],
    }),
  }),
});

export const { useMessageReachQuery, useCustomerMessagesQuery, useSendCustomerMessageMutation } = customerMessagesApi;
