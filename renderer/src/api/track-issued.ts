import type { Dispatch } from '@reduxjs/toolkit';
import { commandIssued } from '../store/commands-slice.ts';

/**
 * A command mutation's onQueryStarted: the core answers `pending` at once with the command's id,
 * and the window tracks it under that id until the central settles it. A refusal reaches the
 * caller through the mutation, so there is nothing to track then.
 */
export function trackIssued(type: string) {
  return async (_input: unknown, { dispatch, queryFulfilled }: { dispatch: Dispatch; queryFulfilled: Promise<{ data: { commandId: string } }> }) => {
    try {
      const { data } = await queryFulfilled;
      dispatch(commandIssued({ commandId: data.commandId, type, applicationId: null }));
    } catch {
      // Refused or failed: the caller shows why.
    }
  };
}
