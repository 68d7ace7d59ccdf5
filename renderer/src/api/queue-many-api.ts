import { useCallback } from 'react';
import type { Input, Method, QueuedMany } from '../../../domain/contract.ts';
import { commandIssued } from '../store/commands-slice.ts';
import { asAppError } from './base-query.ts';
import { kuvaApi } from './kuva-api.ts';
import type { QueueMany } from './queue-in-chunks.ts';

/** The bulk screens' commands: each queued one is tracked like one sent alone. */
type BulkCommand = 'berths.offerBerth' | 'berths.renewLease' | 'berths.renewWinterLease';

interface QueueManyCall<M extends BulkCommand> {
  method: M;
  inputs: Input<M>[];
}

/**
 * `commands.queueMany` over window.kuva. A tracked command names its application when its input
 * does, so the application's detail follows it as it would a single offer.
 */
export const queueManyApi = kuvaApi.injectEndpoints({
  endpoints: (build) => ({
    queueMany: build.mutation<QueuedMany, QueueManyCall<BulkCommand>>({
      query: (input) => ({ method: 'commands.queueMany' as Method, input }),
      async onQueryStarted({ method, inputs }, { dispatch, queryFulfilled }) {
        try {
          const { data } = await queryFulfilled;
          data.results.forEach((r, i) => {
            const input = inputs[i] as { applicationId?: unknown };
            if (r.ok) dispatch(commandIssued({ commandId: r.value.commandId, type: method, applicationId: typeof input.applicationId === 'string' ? input.applicationId : null }));
          });
        } catch {
          // Failed as a whole: the caller refuses every command of the call with its error.
        }
      },
      invalidatesTags: ['Application', 'Suggestions', 'Sync'],
    }),
  }),
});

/** One command kind's `commands.queueMany`, answering a Result as queueInChunks takes it. */
export function useQueueMany<M extends BulkCommand>(method: M): QueueMany<Input<M>> {
  const [queueMany] = queueManyApi.useQueueManyMutation();
  return useCallback(
    async (inputs: Input<M>[]) => {
      const r = await queueMany({ method, inputs } as QueueManyCall<BulkCommand>);
      return 'error' in r && r.error ? { ok: false, error: asAppError(r.error)! } : { ok: true, value: r.data! };
    },
    [queueMany, method],
  );
}
