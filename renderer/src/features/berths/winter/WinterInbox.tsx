import { Button, ButtonVariant } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { WinterApplicationRow } from '../../../../../domain/berths/winter-contract.ts';
import { stickerSeason } from '../../../../../domain/berths/winter-seasons.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useDownloading } from '../../../api/use-sync-status-part.ts';
import { ClearFiltersButton } from '../../../components/ClearFiltersButton.tsx';
import { SplitView } from '../../../components/SplitView.tsx';
import { DownloadingState, EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { useDetailPane } from '../../../components/useDetailPane.ts';
import { formatInteger } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { WinterDetail } from './WinterDetail.tsx';
import { WinterFilterBar } from './WinterFilterBar.tsx';
import { WinterGrid } from './WinterGrid.tsx';
import { useWinterApplicationsQuery } from './winter-api.ts';
import { areaOptions, hasWinterFilter, inArea, NO_WINTER_FILTER, winterInput, type WinterFilter } from './winter-filter.ts';

/** The inbox: filters, "N of total", the grid and the open case beside it. */
export function WinterInbox({ canWrite, headSlot }: { canWrite: boolean; headSlot: HTMLElement | null }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [filter, setFilter] = useState<WinterFilter>(NO_WINTER_FILTER);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const closePane = useCallback(() => setSelectedId(null), []);
  const { onApi, onClose } = useDetailPane<WinterApplicationRow>(searchRef, Boolean(selectedId), closePane);
  const downloading = useDownloading();

  // The whole type counts "of N" and names the areas; the narrowed one is what the grid shows.
  const all = useWinterApplicationsQuery(winterInput(filter, false));
  const narrowed = useWinterApplicationsQuery(winterInput(filter, true));
  const rows = useMemo(() => inArea(narrowed.data?.rows ?? [], filter.area), [narrowed.data, filter.area]);
  const total = useMemo(() => (all.data ? inArea(all.data.rows, filter.area).length : null), [all.data, filter.area]);
  const areas = useMemo(() => areaOptions(all.data?.rows ?? [], lang), [all.data, lang]);
  const winter = narrowed.data?.winter ?? all.data?.winter ?? null;

  // Clearing builds the bar anew, so its own search text empties too.
  const [barKey, setBarKey] = useState(0);
  const clear = useCallback(() => {
    setFilter(NO_WINTER_FILTER);
    setBarKey((k) => k + 1);
  }, []);
  const state = narrowed.isError ? 'error' : narrowed.currentData ? 'ready' : 'loading';
  const overlay =
    state === 'loading' ? (
      <LoadingState text={t('winter.states.loading')} />
    ) : state === 'error' ? (
      <ErrorState error={asAppError(narrowed.error)} onRetry={() => void narrowed.refetch()} />
    ) : rows.length > 0 ? null : total === 0 && !hasWinterFilter(filter) ? (
      downloading ? (
        <DownloadingState text={t('winter.states.stillDownloading')} />
      ) : (
        <EmptyState title={t('winter.states.emptyTitle')} text={t('winter.states.emptyText')} testId="winter-empty" />
      )
    ) : (
      <EmptyState title={t('winter.states.noMatchTitle')} text={t('winter.states.noMatchText')} testId="winter-empty" icon="search">
        <Button variant={ButtonVariant.Secondary} onClick={clear}>
          {t('filters.clear')}
        </Button>
      </EmptyState>
    );

  return (
    <>
      {headSlot
        ? createPortal(
            <>
              {winter !== null ? (
                <span className="season-tag" data-testid="winter-season">
                  {t('winter.season', { season: stickerSeason(winter).replace('_', '–') })}
                </span>
              ) : null}
              <span className="workspace__count" aria-live="polite" data-testid="winter-count" data-shown={state === 'ready' ? rows.length : ''} data-total={total ?? ''}>
                {state === 'ready' && total !== null ? t('winter.count', { shown: formatInteger(rows.length, lang), total: formatInteger(total, lang) }) : ''}
              </span>
              <ClearFiltersButton active={hasWinterFilter(filter)} onClear={clear} testId="winter-filters-clear" />
            </>,
            headSlot,
          )
        : null}
      <WinterFilterBar key={barKey} filter={filter} onChange={setFilter} areas={areas} searchRef={searchRef} />
      <SplitView
        storageKey="kuva.winterDetailWidth"
        handleLabel={t('winter.detail.resize')}
        sideDefault={560}
        main={<WinterGrid rows={rows} state={state} selectedId={selectedId} onOpen={setSelectedId} overlay={overlay} onApi={onApi} />}
        side={selectedId ? <WinterDetail key={selectedId} id={selectedId} canWrite={canWrite} onClose={onClose} /> : null}
      />
    </>
  );
}
