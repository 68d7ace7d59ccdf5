import type { GridApi } from 'ag-grid-community';
import { useEffect, type RefObject } from 'react';
import { dialogOpen, isTyping } from '../app/shortcuts.ts';

/**
 * Keyboard first in a workspace: "/" jumps to its search box, Escape closes its open panel.
 * Capture phase: a dialog that Escape closes is gone by the time a bubbling listener runs, and
 * an open dialog keeps its own keys. Not while typing: Escape in a text box clears it or would
 * lose a half-written note. Nor inside an open disclosure that Escape closes itself (it marks
 * itself `data-owns-escape`): capture runs before its own handler could stop the event.
 */
export function useWorkspaceKeys(searchRef: RefObject<HTMLInputElement | null>, panelOpen: boolean, closePanel: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || dialogOpen()) return;
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'Escape' && panelOpen && !isTyping(e.target) && !ownsEscape(e.target)) {
        e.preventDefault();
        closePanel();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [searchRef, panelOpen, closePanel]);
}

function ownsEscape(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-owns-escape="true"]') !== null;
}

/** Back to the row the user was on (or the first one), so the keyboard flow continues in the grid. */
export function refocusGrid<T>(api: GridApi<T> | null): void {
  if (!api) return;
  const cell = api.getFocusedCell();
  const first = api.getAllDisplayedColumns()[0];
  if (cell) api.setFocusedCell(cell.rowIndex, cell.column);
  else if (first) api.setFocusedCell(0, first);
}
