import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { commandIssued } from '../../../store/commands-slice.ts';

export type BoatCertificateCommand = 'berths.addBoatCertificate' | 'berths.editBoatCertificate' | 'berths.removeBoatCertificate';

/**
 * A boat's certificates over window.kuva: each command answers `pending` at once (decided in the
 * cache) and the customer's 360° view asks again when the certificate rows change; a refusal by
 * the central lands in the conflict inbox.
 */
export const boatApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    const command = <M extends BoatCertificateCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => ({ method, input }),
        async onQueryStarted(_input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(commandIssued({ commandId: data.commandId, type: method, applicationId: null }));
          } catch {
            // Refused on this machine: the dialog shows why.
          }
        },
        invalidatesTags: ['Sync'],
      });
    return {
      addBoatCertificate: command('berths.addBoatCertificate'),
      editBoatCertificate: command('berths.editBoatCertificate'),
      removeBoatCertificate: command('berths.removeBoatCertificate'),
    };
  },
});

export const { useAddBoatCertificateMutation, useEditBoatCertificateMutation, useRemoveBoatCertificateMutation } = boatApi;
