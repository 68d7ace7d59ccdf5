import type { GridApi } from 'ag-grid-community';
import { useCallback, useState, type RefObject } from 'react';
import { refocusGrid, useWorkspaceKeys } from './useWorkspaceKeys.ts';

/**
 * A grid with a detail pane beside it: closing the pane (its button or Escape) puts the keyboard
 * back on the grid's row, and "/" goes to the search. `onApi` takes each new grid instance.
 */
export function useDetailPane<Row>(searchRef: RefObject<HTMLInputElement | null>, open: boolean, closePane: () => void) {
  const [api, setApi] = useState<GridApi<Row> | null>(null);
  const onClose = useCallback(() => {
    closePane();
    refocusGrid(api);
  }, [closePane, api]);
  useWorkspaceKeys(searchRef, open, onClose);
  return { api, onApi: setApi, onClose };
}
