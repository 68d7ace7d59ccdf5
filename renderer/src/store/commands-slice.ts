import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ErrorCode } from '../../../domain/errors.ts';

export type CommandState = 'pending' | 'applied' | 'rejected' | 'conflict';

export interface TrackedCommand {
  commandId: string;
  type: string;
  applicationId: string | null;
  state: CommandState;
  code: ErrorCode | null;
  message: string | null;
}

interface CommandsState {
  byId: Record<string, TrackedCommand>;
}

const initialState: CommandsState = { byId: {} };

/**
 * Settled commands kept for the screens that show how one ended. A desk issues thousands over a
 * working day; the oldest settled ones go first, a pending one is never dropped.
 */
export const SETTLED_KEPT = 500;
/** Room above the limit before a clean-up, so one runs every few dozen commands, not on each. */
export const SETTLED_SLACK = 50;

function forgetOldSettled(state: CommandsState): void {
  if (Object.keys(state.byId).length <= SETTLED_KEPT + SETTLED_SLACK) return;
  const settled = Object.values(state.byId).filter((c) => c.state !== 'pending');
  for (const c of settled.slice(0, Math.max(0, settled.length - SETTLED_KEPT))) delete state.byId[c.commandId];
}

/**
 * Commands this window issued, from `pending` to what the central said. A settlement can beat
 * the issuing call's answer (a fast central), so either order ends in the settled state.
 */
export const commandsSlice = createSlice({
  name: 'commands',
  initialState,
  reducers: {
    commandIssued(state, action: PayloadAction<{ commandId: string; type: string; applicationId: string | null }>) {
      const { commandId, type, applicationId } = action.payload;
      const known = state.byId[commandId];
      state.byId[commandId] = known ? { ...known, type, applicationId } : { commandId, type, applicationId, state: 'pending', code: null, message: null };
    },
    commandSettled(
      state,
      action: PayloadAction<{ commandId: string; commandType: string; status: 'applied' | 'rejected' | 'conflict'; code?: ErrorCode; message?: string }>,
    ) {
      const { commandId, commandType, status, code, message } = action.payload;
      const known = state.byId[commandId];
      state.byId[commandId] = {
        commandId,
        type: known?.type ?? commandType,
        applicationId: known?.applicationId ?? null,
        state: status,
        code: code ?? null,
        message: message ?? null,
      };
      forgetOldSettled(state);
    },
    /** A kiosk's wipe: the customer's commands leave with them (and the list stops growing session after session). */
    commandsForgotten() {
      return { byId: {} };
    },
  },
});

export const { commandIssued, commandSettled, commandsForgotten } = commandsSlice.actions;

/** The newest command of a type issued for an application (insertion order is issue order). */
export function latestCommandFor(byId: Record<string, TrackedCommand>, applicationId: string, type: string): TrackedCommand | null {
  let found: TrackedCommand | null = null;
  for (const c of Object.values(byId)) if (c.applicationId === applicationId && c.type === type) found = c;
  return found;
}
