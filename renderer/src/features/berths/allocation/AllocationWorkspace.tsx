import type { GridApi } from 'ag-grid-community';
import { Button, ButtonVariant } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Localized } from '../../../../../domain/languages.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useListHarboursQuery } from '../../../api/kuva-api.ts';
import { useOffline } from '../../../api/use-sync-status-part.ts';
import { useQueueMany } from '../../../api/queue-many-api.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { refocusGrid } from '../../../components/useWorkspaceKeys.ts';
import { formatInteger, localized } from '../../../format/format.ts';
import { asLanguage, INTL_LOCALE } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useBulkRun } from '../bulk-run/use-bulk-run.ts';
import { berthsHeldByOthers, reviewRows, rowsToSend, type Adjustment } from './adjusted-rows.ts';
import { useAllocationProposalQuery } from './allocation-api.ts';
import { AllocationGrid } from './AllocationGrid.tsx';
import { ChoiceCounts } from './ChoiceCounts.tsx';
import { RowDialog } from './RowDialog.tsx';
import { sendOffers } from './send-offers.ts';
import { SendPanel } from './SendPanel.tsx';
import type { ReviewRow } from './adjusted-rows.ts';
import './allocation.css';

/**
 * The allocation proposal (issue 10, item 10): a berth for every pending application of the season
 * in queue order, from the local cache. The handler changes or drops rows, then sends the chosen
 * offers with one due date. The proposal is a snapshot: it is asked again only on request (and
 * after sending), so a change elsewhere never throws the handler's adjustments away.
 */
export function AllocationWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [harbourId, setHarbourId] = useState('');
  const q = useAllocationProposalQuery(harbourId ? { harbourId } : {});
  const { data: harbourOptions } = useListHarboursQuery();
  const offline = useOffline();
  // Adjustments belong to the answer they were made to: a new proposal starts without any.
  const [adjusted, setAdjusted] = useState<{ answer: number | undefined; map: Map<string, Adjustment> }>({ answer: undefined, map: new Map() });
  const [untickedState, setUnticked] = useState<{ answer: number | undefined; ids: Set<string> }>({ answer: undefined, ids: new Set() });
  const [openId, setOpenId] = useState<string | null>(null);
  const run = useBulkRun();
  const queueOffers = useQueueMany('berths.offerBerth');
  const gridApiRef = useRef<GridApi<ReviewRow> | null>(null);

  const answeredAt = q.fulfilledTimeStamp;
  const adjustments = useMemo(() => (adjusted.answer === answeredAt ? adjusted.map : new Map<string, Adjustment>()), [adjusted, answeredAt]);
  const unticked = useMemo(() => (untickedState.answer === answeredAt ? untickedState.ids : new Set<string>()), [untickedState, answeredAt]);
  const onUntickedChange = useCallback((ids: Set<string>) => setUnticked({ answer: answeredAt, ids }), [answeredAt]);

  const data = q.currentData;
  const berthsById = useMemo(() => new Map((data?.berths ?? []).map((b) => [b.id, b])), [data]);
  const names = useMemo(() => new Map<string, Localized>([...(harbourOptions ?? []), ...(data?.harbours ?? [])].map((h) => [h.id, h.name])), [harbourOptions, data]);
  const harbourName = useCallback((id: string) => names.get(id) ?? null, [names]);
  const review = useMemo(() => reviewRows(data?.rows ?? [], berthsById, adjustments), [data, berthsById, adjustments]);
  const toSend = useMemo(() => rowsToSend(review.rows).filter((r) => !unticked.has(r.applicationId)), [review, unticked]);
  const open = openId ? (review.rows.find((r) => r.applicationId === openId) ?? null) : null;

  const closeRow = useCallback(() => {
    setOpenId(null);
    refocusGrid(gridApiRef.current);
  }, []);

  const send = async (dueDate: string) => {
    const offers = toSend.map((r) => ({ applicationId: r.applicationId, reference: r.reference, berthId: r.berthId, shorter: r.shorter }));
    const outcome = await run.start(offers.length, async (onProgress) => {
      const sent = await sendOffers(offers, dueDate, queueOffers, onProgress);
      return { done: sent.sent.length, refused: sent.refused.map((r) => ({ key: r.applicationId, label: r.reference, error: r.error })) };
    });
    dispatch(announce({ key: 'allocation.result.announce', params: { sent: outcome.done, refused: outcome.refused.length } }));
    void q.refetch();
  };

  const state = q.isError ? 'error' : q.currentData ? 'ready' : 'loading';
  const overlay =
    state === 'loading' ? (
      <LoadingState text={t('allocation.loading')} />
    ) : state === 'error' ? (
      <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
    ) : review.rows.length === 0 ? (
      <EmptyState title={t('allocation.emptyTitle')} text={t('allocation.emptyText', { season: data?.season ?? '' })} testId="allocation-empty" icon="done" />
    ) : null;

  const collator = useMemo(() => new Intl.Collator(INTL_LOCALE[lang]), [lang]);
  const harbourSelect = [
    { value: '', label: t('allocation.allHarbours') },
    ...[...(harbourOptions ?? [])].sort((a, b) => collator.compare(localized(a.name, lang), localized(b.name, lang))).map((h) => ({ value: h.id, label: localized(h.name, lang) })),
  ];

  return (
    <div className="workspace workspace--allocation">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('allocation.title')}</h1>
        {data ? (
          <span className="season-tag" data-testid="allocation-season">
            {t('harbours.season', { season: data.season })}
          </span>
        ) : null}
        <span className="workspace__count" aria-live="polite" data-testid="allocation-count">
          {data ? t('allocation.count', { count: review.rows.length, formatted: formatInteger(review.rows.length, lang) }) : ''}
        </span>
      </div>
      <p className="alloc-intro">{t('allocation.intro')}</p>
      <div className="alloc-toolbar">
        <form className="filter-bar" role="search" aria-label={t('allocation.filtersLabel')} onSubmit={(e) => e.preventDefault()}>
          <SelectField id="allocation-harbour" className="alloc-harbour" label={t('allocation.harbour')} value={harbourId} onChange={setHarbourId} options={harbourSelect} />
          <Button variant={ButtonVariant.Secondary} data-testid="allocation-refresh" disabled={run.busy || q.isFetching} onClick={() => void q.refetch()}>
            {t('allocation.proposeAgain')}
          </Button>
        </form>
        {data ? <ChoiceCounts counts={review.counts} /> : null}
      </div>
      <AllocationGrid rows={review.rows} unticked={unticked} onUntickedChange={onUntickedChange} harbourName={harbourName} state={state} overlay={overlay} onOpen={setOpenId} gridApiRef={gridApiRef} />
      {data ? <SendPanel season={data.season} toSend={toSend} offline={offline} run={run} onSend={(due) => void send(due)} /> : null}
      {open && data ? (
        <RowDialog
          key={open.applicationId}
          row={open}
          freeBerths={data.berths}
          heldByOthers={berthsHeldByOthers(review.rows, open.applicationId)}
          harbourName={harbourName}
          onClose={closeRow}
          onApply={(a) =>
            setAdjusted(() => {
              const next = new Map(adjustments);
              const original = data.rows.find((r) => r.applicationId === open.applicationId);
              // Back to what was proposed is no adjustment at all.
              if (a.kind === 'berth' && original?.berthId === a.berthId) next.delete(open.applicationId);
              else next.set(open.applicationId, a);
              return { answer: answeredAt, map: next };
            })
          }
        />
      ) : null}
    </div>
  );
}
