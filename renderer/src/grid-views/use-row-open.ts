import type { CellKeyDownEvent, RowClickedEvent } from 'ag-grid-community';
import { useCallback, useEffect, useRef } from 'react';

/** Whether Escape was pressed after an event (both stamped on the page's one clock). */
function useEscapeAfter(): (event: Event | null | undefined) => boolean {
  const lastEscape = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') lastEscape.current = e.timeStamp;
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return useCallback((event) => event != null && lastEscape.current > event.timeStamp, []);
}

/**
 * A grid's row opens on a click or on Enter in one of its cells. AG Grid hands both to the app in
 * a later task (its async events, one `setTimeout` for a batch), and Chromium runs input before
 * timers: on a busy page an Escape pressed after the click is handled first and closes the pane,
 * and the late click would open it again. Such an open is dropped: the user's Escape came last.
 */
export function useRowOpen<Row>(onOpen: (id: string) => void, idOf: (row: Row) => string) {
  const escapedAfter = useEscapeAfter();
  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<Row>) => {
      if ((e.event as KeyboardEvent | null)?.key === 'Enter' && e.data && !escapedAfter(e.event)) onOpen(idOf(e.data));
    },
    [onOpen, idOf, escapedAfter],
  );
  const onRowClicked = useCallback(
    (e: RowClickedEvent<Row>) => {
      if (e.data && !escapedAfter(e.event)) onOpen(idOf(e.data));
    },
    [onOpen, idOf, escapedAfter],
  );
  return { onCellKeyDown, onRowClicked };
}
