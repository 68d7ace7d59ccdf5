import type { GridApi } from 'ag-grid-community';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClearFiltersButton } from '../../components/ClearFiltersButton.tsx';
import { ApplicationFilter, type ApplicationRow } from '../../../../domain/contract.ts';
import { GridViewsBar } from '../../grid-views/GridViewsBar.tsx';
import { ExportButton } from '../../files/ExportButton.tsx';
import { cleanFilter } from './applications-datasource.ts';
import { useFilterViews } from '../../grid-views/useFilterViews.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { GridWorkspace } from '../../components/GridWorkspace.tsx';
import { useDetailPane } from '../../components/useDetailPane.ts';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { closeApplication, openApplication, setFilter } from '../../store/ui-slice.ts';
import { ApplicationDetail } from './ApplicationDetail.tsx';
import { ApplicationsGrid } from './ApplicationsGrid.tsx';
import { FilterBar, hasActiveFilter } from './FilterBar.tsx';

const NO_FILTER: ApplicationFilter = {};

export function ApplicationsWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const filter = useAppSelector((s) => s.ui.filter);
  const selectedId = useAppSelector((s) => s.ui.selectedApplicationId);
  const suggestionsOpen = useAppSelector((s) => s.ui.suggestionsOpen);
  const [total, setTotal] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const [offerSeason, setOfferSeason] = useState<number | null>(null);
  const closePane = useCallback(() => dispatch(closeApplication()), [dispatch]);
  const { api, onApi, onClose } = useDetailPane<ApplicationRow>(searchRef, Boolean(selectedId), closePane);

  const onFilter = useCallback((f: ApplicationFilter) => dispatch(setFilter(f)), [dispatch]);
  const onOpen = useCallback((id: string) => dispatch(openApplication({ id })), [dispatch]);
  const { views, barKey, showFilter } = useFilterViews<ApplicationFilter>({
    gridId: 'berths.applications',
    api: api as GridApi | null,
    filter,
    setFilter: onFilter,
    schema: ApplicationFilter,
    defaultFilter: NO_FILTER,
  });
  const onClearFilters = useCallback(() => showFilter({}), [showFilter]);

  return (
    <GridWorkspace
      modifier="applications"
      title={t('nav.applications')}
      count={{ total, textKey: 'filters.results', testId: 'applications-count' }}
      actions={<ClearFiltersButton active={hasActiveFilter(filter)} onClear={onClearFilters} testId="filters-clear" />}
      tools={
        <>
          <GridViewsBar control={views} />
          <ExportButton request={{ kind: 'xlsx', exportId: 'berths.applications', params: { filter: cleanFilter(filter) } }} testId="applications-export" />
        </>
      }
      detailWidthKey="kuva.detailWidth"
      detailWide={suggestionsOpen}
      grid={
        <ApplicationsGrid
          filter={filter}
          selectedId={selectedId}
          onOpen={onOpen}
          onTotal={setTotal}
          onOfferSeason={setOfferSeason}
          onClearFilters={onClearFilters}
          onApi={onApi}
          gridEvents={views.gridEvents}
        />
      }
      detail={selectedId ? <ApplicationDetail key={selectedId} id={selectedId} user={user} onClose={onClose} /> : null}
    >
      <FilterBar key={barKey} filter={filter} onChange={onFilter} searchRef={searchRef} offerSeason={offerSeason} />
    </GridWorkspace>
  );
}
