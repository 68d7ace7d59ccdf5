import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { trackIssued } from '../../../api/track-issued.ts';

type RenewalCommand = 'berths.editCustomerContact';

/**
 * The season renewal over window.kuva. The overview provides no tags on purpose: a run queues
 * thousands of renewals, and each would ask the whole overview again; the page asks anew when a
 * run ends, after a fix, and when a sync has brought the central's answers.
 */
export const renewalApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    const command = <M extends RenewalCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => ({ method, input }),
        onQueryStarted: trackIssued(method),
        invalidatesTags: ['Sync'],
      });
    return {
      renewalOverview: build.query<Output<'berths.renewalOverview'>, Input<'berths.renewalOverview'>>({
        query: (input) => ({ method: 'berths.renewalOverview', input }),
        keepUnusedDataFor: 0,
      }),
      editCustomerContact: command('berths.editCustomerContact'),
      resendRenewal: build.mutation<Output<'berths.resendOffer'>, Input<'berths.resendOffer'>>({
        query: (input) => ({ method: 'berths.resendOffer', input }),
        onQueryStarted: trackIssued('berths.resendOffer'),
        invalidatesTags: ['Sync'],
      }),
    };
  },
});

export const { useRenewalOverviewQuery, useEditCustomerContactMutation, useResendRenewalMutation } = renewalApi;
