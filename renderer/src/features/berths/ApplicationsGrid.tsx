import type { GridApi } from 'ag-grid-community';
import { Button, ButtonVariant } from 'hds-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationFilter, ApplicationList, ApplicationRow } from '../../../../domain/contract.ts';
import { useDownloading } from '../../api/use-sync-status-part.ts';
import { DownloadingState, EmptyState } from '../../components/StateViews.tsx';
import { asLanguage } from '../../format/locale.ts';
import { CacheGrid } from '../../grid-views/CacheGrid.tsx';
import type { GridViewsControl } from '../../grid-views/useGridViews.ts';
import { useAppSelector } from '../../store/store.ts';
import { queryApplicationsPage } from './applications-datasource.ts';
import { applicationColumns } from './columns.tsx';
import { hasActiveFilter } from './FilterBar.tsx';

const rowClassRules = { 'row--overdue': (p: { data?: ApplicationRow }) => Boolean(p.data?.overdue) };

let firstRowsMarked = false;

/** Once per page load, when rows first show: the benchmark reads this mark. */
function markFirstRows() {
  if (firstRowsMarked) return;
  firstRowsMarked = true;
  requestAnimationFrame(() => {
    performance.mark('kuva:applications-first-rows');
    document.body.dataset.applicationsReady = 'true';
  });
}

export function ApplicationsGrid({
  filter,
  selectedId,
  onOpen,
  onTotal,
  onOfferSeason,
  onClearFilters,
  onApi,
  gridEvents,
}: {
  filter: ApplicationFilter;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onTotal: (total: number | null) => void;
  onOfferSeason: (season: number) => void;
  onClearFilters: () => void;
  /** Each new grid instance (a new language builds one). */
  onApi: (api: GridApi<ApplicationRow>) => void;
  /** The saved views' listeners (grid-views/useGridViews). */
  gridEvents: GridViewsControl['gridEvents'];
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const revision = useAppSelector((s) => s.ui.applicationsRevision);
  // During the first download an empty list means "not here yet", not "nothing matches".
  const downloading = useDownloading();

  const columnDefs = useMemo(() => applicationColumns(t, lang), [t, lang]);
  const context = useMemo(() => ({ lang, t }), [lang, t]);
  const onPage = useCallback((page: ApplicationList) => onOfferSeason(page.offerSeason), [onOfferSeason]);

  const empty = downloading ? (
    <DownloadingState text={t('states.stillDownloading')} />
  ) : !hasActiveFilter(filter) ? (
    <EmptyState title={t('states.noApplications')} testId="applications-empty" />
  ) : (
    <EmptyState
      title={filter.text?.trim() ? t('states.noMatchForText', { text: filter.text.trim() }) : t('states.emptyTitle')}
      text={t('states.emptyText')}
      testId="applications-empty"
      icon="search"
    >
      <Button variant={ButtonVariant.Secondary} onClick={onClearFilters} data-testid="empty-clear-filters">
        {t('filters.clear')}
      </Button>
    </EmptyState>
  );

  return (
    <CacheGrid<ApplicationRow, ApplicationFilter, ApplicationList>
      testId="applications-grid"
      title={t('grid.label')}
      titleAsHeading
      help={t('grid.help')}
      loadingText={t('states.loadingApplications')}
      columnDefs={columnDefs}
      context={context}
      rowClassRules={rowClassRules}
      wide
      query={queryApplicationsPage}
      filter={filter}
      revision={revision}
      selectedId={selectedId}
      onOpen={onOpen}
      onTotal={onTotal}
      onPage={onPage}
      onFirstRows={markFirstRows}
      onApi={onApi}
      gridEvents={gridEvents}
      empty={empty}
    />
  );
}
