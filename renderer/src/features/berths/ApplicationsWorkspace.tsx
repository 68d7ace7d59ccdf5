import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationFilter, ApplicationRow } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeApplication, openApplication, setFilter } from '../../store/ui-slice.ts';
import { ApplicationDetail } from './ApplicationDetail.tsx';
import { ApplicationsGrid } from './ApplicationsGrid.tsx';
import { FilterBar } from './FilterBar.tsx';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

const dialogOpen = () => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

export function ApplicationsWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const filter = useAppSelector((s) => s.ui.filter);
  const selectedId = useAppSelector((s) => s.ui.selectedApplicationId);
  const [total, setTotal] = useState<number | null>(null);
  const [clearSignal, setClearSignal] = useState(0);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const gridApiRef = useRef<GridApi<ApplicationRow> | null>(null);

  const onFilter = useCallback((f: ApplicationFilter) => dispatch(setFilter(f)), [dispatch]);
  const onOpen = useCallback((id: string) => dispatch(openApplication({ id })), [dispatch]);
  const onClearFilters = useCallback(() => {
    setClearSignal((n) => n + 1);
    dispatch(setFilter({}));
  }, [dispatch]);

  const onClose = useCallback(() => {
    dispatch(closeApplication());
    // Back to where the user was in the grid, so the keyboard flow continues.
    const api = gridApiRef.current;
    const cell = api?.getFocusedCell();
    if (api && cell) api.setFocusedCell(cell.rowIndex, cell.column);
    else if (api) {
      const first = api.getAllDisplayedColumns()[0];
      if (first) api.setFocusedCell(0, first);
    }
  }, [dispatch]);

  // Keyboard first: "/" jumps to search, Escape closes the open panel (dialogs close themselves).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '/' && !isTyping(e.target) && !dialogOpen()) {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (e.key === 'Escape' && !dialogOpen()) {
        if (selectedId) {
          e.preventDefault();
          onClose();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selectedId, onClose]);

  return (
    <div className="workspace workspace--applications">
      <h1 className="workspace__title">{t('nav.applications')}</h1>
      {/* The empty state's "clear filters" remounts the bar so its text box empties too. */}
      <FilterBar key={clearSignal} filter={filter} onChange={onFilter} total={total} searchRef={searchRef} />
      <div className={`workspace__split${selectedId ? ' workspace__split--detail' : ''}`}>
        <ApplicationsGrid filter={filter} selectedId={selectedId} onOpen={onOpen} onTotal={setTotal} onClearFilters={onClearFilters} gridApiRef={gridApiRef} />
        {selectedId ? <ApplicationDetail key={selectedId} id={selectedId} user={user} onClose={onClose} /> : null}
      </div>
    </div>
  );
}
