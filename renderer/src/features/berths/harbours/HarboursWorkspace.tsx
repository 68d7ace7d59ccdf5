import type { GridApi } from 'ag-grid-community';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClearFiltersButton } from '../../../components/ClearFiltersButton.tsx';
import type { HarbourOverviewRow } from '../../../../../domain/contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useHarbourOverviewQuery } from '../../../api/kuva-api.ts';
import { useDownloading } from '../../../api/use-sync-status-part.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { SearchField } from '../../../components/SearchField.tsx';
import { SplitView } from '../../../components/SplitView.tsx';
import { refocusGrid, useWorkspaceKeys } from '../../../components/useWorkspaceKeys.ts';
import { DownloadingState, EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatInteger } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { filterHarbours, hasHarbourFilter, NO_HARBOUR_FILTER, type HarbourFilter } from './harbour-filter.ts';
import { HarbourDetail } from './HarbourDetail.tsx';
import { HarboursGrid } from './HarboursGrid.tsx';
import { PriceListDialog } from './PriceListDialog.tsx';
import { useCanEditMasterData } from './useCanEditMasterData.ts';
import { GridViewsBar } from '../../../grid-views/GridViewsBar.tsx';
import { useGridViews } from '../../../grid-views/useGridViews.ts';
import type { ViewFilter } from '../../../grid-views/grid-view-state.ts';
import './harbours.css';

/** A saved view's harbour filter, if it still reads as one. */
function readHarbourFilter(f: ViewFilter): HarbourFilter | null {
  const region = f.region === 'east' || f.region === 'west' || f.region === '' ? f.region : null;
  return region !== null && typeof f.text === 'string' ? { region, text: f.text } : null;
}

/**
 * Harbour availability: every harbour with its piers, berths and sizes, and for the roles that
 * read cases how the season's berths stand (free, offered, leased, held for renewal). Which
 * columns show follows the core's answer (`includesOccupancy`), not a role check of its own.
 */
export function HarboursWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  // undefined = the season offers are made for today, as the core decides it.
  const [season, setSeason] = useState<number | undefined>(undefined);
  const current = useHarbourOverviewQuery(undefined);
  const q = useHarbourOverviewQuery(season);
  const currentSeason = current.data?.season;
  const [filter, setFilter] = useState<HarbourFilter>(NO_HARBOUR_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [priceListOpen, setPriceListOpen] = useState(false);
  const canEdit = useCanEditMasterData();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const gridApiRef = useRef<GridApi<HarbourOverviewRow> | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<HarbourOverviewRow> | null>(null);
  const views = useGridViews<HarbourFilter>({
    gridId: 'berths.harbours',
    api: gridApi as GridApi | null,
    filter: filter as unknown as ViewFilter,
    applyFilter: setFilter,
    readFilter: readHarbourFilter,
    defaultFilter: NO_HARBOUR_FILTER,
  });

  const all = q.data?.harbours;
  const rows = useMemo(() => filterHarbours(all ?? [], filter), [all, filter]);
  const selected = selectedId ? (all?.find((h) => h.id === selectedId) ?? null) : null;
  const includesOccupancy = q.data?.includesOccupancy ?? false;

  const totals = useMemo(
    () => rows.reduce((s, h) => ({ berths: s.berths + h.berthCount, active: s.active + h.activeBerths, free: s.free + (h.occupancy?.free ?? 0) }), { berths: 0, active: 0, free: 0 }),
    [rows],
  );

  const onClose = useCallback(() => {
    setSelectedId(null);
    refocusGrid(gridApiRef.current);
  }, [setSelectedId]);

  useWorkspaceKeys(searchRef, Boolean(selectedId), onClose);

  // While another season loads, the last answer stays under a soft loading overlay.
  const state = q.isError ? 'error' : q.currentData ? 'ready' : 'loading';
  const downloading = useDownloading();
  const overlay =
    state === 'loading' ? (
      <LoadingState text={t('harbours.loading')} />
    ) : state === 'error' ? (
      <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
    ) : rows.length > 0 ? null : (all?.length ?? 0) === 0 ? (
      downloading ? (
        <DownloadingState text={t('harbours.stillDownloading')} />
      ) : (
        <EmptyState title={t('harbours.emptyTitle')} text={t('harbours.emptyText')} testId="harbours-empty" />
      )
    ) : (
      <EmptyState title={t('harbours.noMatchTitle')} text={t('harbours.noMatchText')} testId="harbours-empty" icon="search">
        <Button variant={ButtonVariant.Secondary} onClick={() => setFilter(NO_HARBOUR_FILTER)}>
          {t('filters.clear')}
        </Button>
      </EmptyState>
    );

  return (
    <div className="workspace workspace--harbours">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('harbours.title')}</h1>
        {q.currentData ? (
          <span className="season-tag" data-testid="harbours-season">
            {t('harbours.season', { season: q.currentData.season })}
          </span>
        ) : null}
        <span className="workspace__count" aria-live="polite" data-testid="harbours-count">
          {q.data ? t('harbours.count', { count: rows.length, formatted: formatInteger(rows.length, lang) }) : ''}
        </span>
        {q.data ? (
          <span className="harbours-totals" data-testid="harbours-totals">
            {includesOccupancy
              ? t('harbours.totals', { berths: formatInteger(totals.berths, lang), free: formatInteger(totals.free, lang) })
              : t('harbours.totalsNoOccupancy', { berths: formatInteger(totals.berths, lang), active: formatInteger(totals.active, lang) })}
          </span>
        ) : null}
        <ClearFiltersButton active={hasHarbourFilter(filter)} onClear={() => setFilter(NO_HARBOUR_FILTER)} testId="harbour-filters-clear" />
        <div className="workspace__tools">
          <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => setPriceListOpen(true)} data-testid="price-list-open">
            {t('berthsMaster.priceList.open')}
          </Button>
          <GridViewsBar control={views} />
        </div>
      </div>
      <form className="filter-bar" role="search" aria-label={t('harbours.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        {currentSeason !== undefined ? (
          <SelectField
            id="harbour-season"
            label={t('harbours.seasonPicker')}
            value={String(season ?? currentSeason)}
            onChange={(v) => {
              const n = Number(v);
              setSeason(n === currentSeason ? undefined : n);
            }}
            options={[currentSeason - 1, currentSeason, currentSeason + 1].map((s) => ({
              value: String(s),
              label: s === currentSeason ? t('harbours.seasonCurrent', { season: s }) : String(s),
            }))}
          />
        ) : null}
        <SelectField
          id="harbour-region"
          label={t('harbours.region')}
          value={filter.region}
          onChange={(v) => setFilter((f) => ({ ...f, region: v === 'east' || v === 'west' ? v : '' }))}
          options={[
            { value: '', label: t('harbours.allRegions') },
            { value: 'east', label: t('regions.east') },
            { value: 'west', label: t('regions.west') },
          ]}
        />
        <SearchField
          id="harbour-search"
          label={t('harbours.search')}
          value={filter.text}
          onChange={(text) => setFilter((f) => ({ ...f, text }))}
          inputRef={searchRef}
        />
      </form>
      {q.data && !includesOccupancy ? (
        <p className="harbours-note" data-testid="harbours-no-occupancy">
          {t('harbours.noOccupancy')}
        </p>
      ) : null}
      <SplitView
        storageKey="kuva.harbourDetailWidth"
        handleLabel={t('harbourDetail.resize')}
        sideDefault={560}
        main={
          <HarboursGrid
            rows={rows}
            season={q.data?.season ?? null}
            includesOccupancy={includesOccupancy}
            state={state}
            selectedId={selectedId}
            onOpen={setSelectedId}
            overlay={overlay}
            gridApiRef={gridApiRef}
            onApi={setGridApi}
            gridEvents={views.gridEvents}
          />
        }
        side={selected ? <HarbourDetail key={selected.id} harbour={selected} season={season} onClose={onClose} /> : null}
      />
      {priceListOpen ? <PriceListDialog canWrite={canEdit} onClose={() => setPriceListOpen(false)} /> : null}
    </div>
  );
}
