import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ApplicationFilter } from '../../../domain/contract.ts';
import type { EntityName } from '../../../domain/workspaces.ts';

export type View = 'applications' | 'harbours' | 'conflicts';

export interface Announcement {
  seq: number;
  key: string;
  params: Record<string, string | number>;
}

interface UiState {
  view: View;
  selectedApplicationId: string | null;
  suggestionsOpen: boolean;
  filter: ApplicationFilter;
  /** Bumped when the core reports changed application data, so the grid refreshes its blocks. */
  applicationsRevision: number;
  announcement: Announcement | null;
  /** The sign-out question is open (from the header, or "switch user" in the sign-in-again dialog). */
  signOutAsked: boolean;
}

const initialState: UiState = {
  view: 'applications',
  selectedApplicationId: null,
  suggestionsOpen: false,
  filter: {},
  applicationsRevision: 0,
  announcement: null,
  signOutAsked: false,
};

const APPLICATION_ENTITIES: readonly EntityName[] = ['application', 'lease', 'application_event', 'customer', 'boat'];

export const uiSlice = createSlice({
  name: 'ui',
  initialState,
  reducers: {
    showView(state, action: PayloadAction<View>) {
      state.view = action.payload;
    },
    openApplication(state, action: PayloadAction<{ id: string; suggestions?: boolean }>) {
      state.view = 'applications';
      state.selectedApplicationId = action.payload.id;
      state.suggestionsOpen = action.payload.suggestions ?? false;
    },
    closeApplication(state) {
      state.selectedApplicationId = null;
      state.suggestionsOpen = false;
    },
    setSuggestionsOpen(state, action: PayloadAction<boolean>) {
      state.suggestionsOpen = action.payload;
    },
    setFilter(state, action: PayloadAction<ApplicationFilter>) {
      state.filter = action.payload;
    },
    entitiesChanged(state, action: PayloadAction<EntityName[]>) {
      if (action.payload.some((e) => APPLICATION_ENTITIES.includes(e))) state.applicationsRevision += 1;
    },
    askSignOut(state, action: PayloadAction<boolean>) {
      state.signOutAsked = action.payload;
    },
    announce(state, action: PayloadAction<{ key: string; params?: Record<string, string | number> }>) {
      state.announcement = { seq: (state.announcement?.seq ?? 0) + 1, key: action.payload.key, params: action.payload.params ?? {} };
    },
  },
});

export const { showView, openApplication, closeApplication, setSuggestionsOpen, setFilter, entitiesChanged, announce, askSignOut } = uiSlice.actions;
