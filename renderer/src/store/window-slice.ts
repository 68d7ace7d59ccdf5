import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { Caller } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';

/** Why this window stopped acting: the signed-in user is no longer the one it shows. */
export interface WindowLock {
  /** Who is signed in now (null: nobody). */
  now: StaffUser | null;
  /** The shown user's unsent changes as this window last knew them (null: not known). */
  pending: number | null;
}

export type HostLink = 'up' | 'lost' | 'key_rejected';

interface WindowState {
  /** The user this window shows: undefined until the first answer, null on the sign-in page. */
  shown: StaffUser | null | undefined;
  /** The shown user's sign-in name, when the core knows it (signing in again is for them only). */
  shownUsername: string | null;
  locked: WindowLock | null;
  /** This window is signing its user out: that session change is its own, not a reason to lock. */
  leaving: boolean;
  host: HostLink;
  /** The shown user's screen is locked (idle, or asked): the window shows the lock and keeps the rest as it was. */
  screenLocked: boolean;
}

const initialState: WindowState = { shown: undefined, shownUsername: null, locked: null, leaving: false, host: 'up', screenLocked: false };

/**
 * Who this window shows and whether it may still act. The window follows the session while it
 * shows nobody (a sign-in elsewhere is like one in another browser tab); once it shows a user,
 * only this window's own acts change that, and a session change under it locks it.
 */
export const windowSlice = createSlice({
  name: 'window',
  initialState,
  reducers: {
    /** The core said who is signed in (the answer to session.get). */
    sessionLearnt(state, action: PayloadAction<{ user: StaffUser | null; username: string | null; screenLocked?: boolean }>) {
      const { user, username, screenLocked = false } = action.payload;
      if (!state.shown) {
        state.shown = user;
        state.shownUsername = user ? username : null;
        state.screenLocked = user !== null && screenLocked;
        return;
      }
      if (user?.id === state.shown.id) {
        state.shownUsername = username ?? state.shownUsername;
        state.locked = null;
        state.screenLocked = screenLocked;
      }
    },
    /** The core locked or opened the screen of `userId`. */
    screenLockChanged(state, action: PayloadAction<{ locked: boolean; userId: string | null | undefined }>) {
      if (state.shown && action.payload.userId === state.shown.id) state.screenLocked = action.payload.locked;
    },
    /** Someone signed in or out (an event, or a call refused for another user). */
    sessionChanged(state, action: PayloadAction<{ user: StaffUser | null; pending: number | null }>) {
      const { user, pending } = action.payload;
      if (!state.shown) return;
      if (user?.id === state.shown.id) {
        state.locked = null;
        return;
      }
      if (state.leaving && user === null) return;
      // The first lock keeps the count this window knew; later changes only update who is in.
      state.locked = { now: user, pending: state.locked ? state.locked.pending : pending };
    },
    signedIn(state, action: PayloadAction<{ user: StaffUser; username: string | null }>) {
      state.shown = action.payload.user;
      state.shownUsername = action.payload.username;
      state.locked = null;
      state.screenLocked = false;
    },
    signingOut(state, action: PayloadAction<boolean>) {
      state.leaving = action.payload;
    },
    signedOut(state) {
      state.shown = null;
      state.shownUsername = null;
      state.locked = null;
      state.screenLocked = false;
      state.leaving = false;
    },
    /** The way out of a lock: show whoever is signed in now (null: the sign-in page). */
    continueAs(state, action: PayloadAction<StaffUser | null>) {
      state.shown = action.payload;
      state.shownUsername = null;
      state.locked = null;
      state.screenLocked = false;
    },
    hostLinkChanged(state, action: PayloadAction<HostLink>) {
      state.host = action.payload;
    },
  },
});

export const { sessionLearnt, sessionChanged, screenLockChanged, signedIn, signingOut, signedOut, continueAs, hostLinkChanged } = windowSlice.actions;

/** What every call from this window carries: the user it shows. */
export function callerOf(state: { window: WindowState }): Caller {
  return { userId: state.window.shown?.id ?? null };
}
