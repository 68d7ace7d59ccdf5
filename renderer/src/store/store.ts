import { configureStore } from '@reduxjs/toolkit';
import { useDispatch, useSelector } from 'react-redux';
import { kuvaApi } from '../api/kuva-api.ts';
import { commandsSlice } from './commands-slice.ts';
import { uiSlice } from './ui-slice.ts';
import { windowSlice } from './window-slice.ts';

export function createStore() {
  return configureStore({
    reducer: {
      [kuvaApi.reducerPath]: kuvaApi.reducer,
      commands: commandsSlice.reducer,
      ui: uiSlice.reducer,
      window: windowSlice.reducer,
    },
    middleware: (getDefault) => getDefault().concat(kuvaApi.middleware),
  });
}

export type AppStore = ReturnType<typeof createStore>;
export type RootState = ReturnType<AppStore['getState']>;
export type AppDispatch = AppStore['dispatch'];

export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
export const useAppSelector = useSelector.withTypes<RootState>();
