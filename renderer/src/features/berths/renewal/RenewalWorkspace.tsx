import { Button, ButtonVariant } from 'hds-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../domain/result.ts';
import type { RenewalFailure } from '../../../../../domain/berths/renewal-contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { commandError } from '../../../api/command-error.ts';
import { useSyncStatusQuery } from '../../../api/kuva-api.ts';
import { useQueueMany } from '../../../api/queue-many-api.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatInteger, formatIsoDate, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { BulkRunPanel } from '../bulk-run/BulkRunPanel.tsx';
import { useBulkRun, useRefetchAfterSync } from '../bulk-run/use-bulk-run.ts';
import { DueDateField, useDueDate } from '../DueDateField.tsx';
import { ContactDialog, type ContactToFix } from './ContactDialog.tsx';
import { berthText, RenewalFailures } from './RenewalFailures.tsx';
import { RenewalCountsView } from './RenewalCountsView.tsx';
import { RenewalPreview } from './RenewalPreview.tsx';
import { useRenewalOverviewQuery, useResendRenewalMutation } from './renewal-api.ts';
import { renewalOutcome, runRenewals } from './run-renewals.ts';
import '../allocation/allocation.css';
import './renewal.css';

/**
 * The season renewal (issue 10, item 7; brief 4.7 "kausilaskut"): the preview of how many of last
 * season's paid leases renew and how, the run with its progress, and the season's renewals as
 * they stand, with the failed ones listed to be fixed and sent again. Optionally one harbour.
 */
export function RenewalWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [harbourId, setHarbourId] = useState('');
  const q = useRenewalOverviewQuery({ harbourId: harbourId || null });
  const { data: sync } = useSyncStatusQuery();
  const offline = sync?.connection === 'offline';
  const data = q.currentData;
  const due = useDueDate(data?.season ?? null);
  const queueRenewals = useQueueMany('berths.renewLease');
  const [resend] = useResendRenewalMutation();
  const run = useBulkRun();
  const [fixing, setFixing] = useState<ContactToFix | null>(null);
  const busy = run.busy;

  const refetch = q.refetch;
  useRefetchAfterSync(sync?.lastSyncAt, busy, refetch);

  const candidates = useMemo(() => data?.candidates ?? [], [data]);
  const withProblem = candidates.filter((c) => c.problem !== null).length;
  const sendable = candidates.filter((c) => c.priceCents !== null);

  const send = async (dueDate: string) => {
    const list = sendable.map((c) => ({ previousLeaseId: c.previousLeaseId, label: `${c.customerName}, ${berthText(c.berth, lang)}` }));
    const result = await run.start(list.length, async (onProgress, shouldStop) => renewalOutcome(await runRenewals(list, dueDate, queueRenewals, onProgress, shouldStop)));
    dispatch(announce({ key: 'renewal.result.announce', params: { sent: result.done, refused: result.refused.length } }));
    void refetch();
  };

  const sendAgain = async (f: RenewalFailure): Promise<AppError | null> => {
    if (!due.iso) return null;
    return commandError(await resend({ orderId: f.orderId, dueDate: due.iso }));
  };
  const sentAgain = (sent: number) => {
    if (sent > 0) dispatch(announce({ key: 'renewal.failures.resent' }));
    void refetch();
  };

  const harbourOptions = [{ value: '', label: t('renewal.allHarbours') }, ...(data?.harbours ?? []).map((h) => ({ value: h.id, label: localized(h.name, lang) }))];

  return (
    <div className="workspace workspace--renewal">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('renewal.title')}</h1>
        {data ? (
          <span className="season-tag" data-testid="renewal-season">
            {t('renewal.season', { season: data.season })}
          </span>
        ) : null}
      </div>
      {data ? <p className="alloc-intro">{t('renewal.intro', { season: data.season })}</p> : null}
      <div className="alloc-toolbar">
        <form className="filter-bar" role="search" aria-label={t('renewal.harbour')} onSubmit={(e) => e.preventDefault()}>
          <SelectField id="renewal-harbour" className="alloc-harbour" label={t('renewal.harbour')} value={harbourId} onChange={setHarbourId} options={harbourOptions} />
          <Button variant={ButtonVariant.Secondary} data-testid="renewal-refresh" disabled={busy || q.isFetching} onClick={() => void refetch()}>
            {t('renewal.refresh')}
          </Button>
        </form>
      </div>
      {q.isError ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState text={t('renewal.loading')} />
      ) : (
        <div className="renewal">
          <RenewalCountsView season={String(data.season)} counts={data.counts} />
          <RenewalPreview candidates={candidates} previous={String(data.previousSeason)} onFix={(c) => c.contact && setFixing({ customerId: c.customerId, customerName: c.customerName, contact: c.contact })} />
          <BulkRunPanel
            id="renewal"
            texts={{
              title: t('renewal.confirm.send'),
              button: t('renewal.send.button', { count: sendable.length, formatted: formatInteger(sendable.length, lang) }),
              busy: t('renewal.send.busy'),
              nothing: t('renewal.send.nothing'),
              progressKey: 'renewal.send.progress',
              offline: t('renewal.send.offline'),
              confirmTitle: t('renewal.confirm.title'),
              confirmText: (dueDate) => t('renewal.confirm.text', { formatted: formatInteger(sendable.length, lang), season: data.season, due: formatIsoDate(dueDate, lang) }),
              confirmSend: t('renewal.confirm.send'),
              cancel: t('renewal.confirm.cancel'),
              resultTitle: t('renewal.result.title'),
              resultDone: (o) => t('renewal.result.sent', { formatted: formatInteger(o.done, lang) }),
              resultRefused: (o) => t('renewal.result.refused', { formatted: formatInteger(o.refused.length, lang) }),
              resultLater: t('renewal.result.later'),
            }}
            dueField={<DueDateField id="renewal-due-date" label={t('renewal.send.dueDate')} due={due} />}
            dueDate={due.iso}
            count={sendable.length}
            run={run}
            offline={offline}
            waiting={sync && sync.pendingCommands > 0 ? t('renewal.send.waiting', { formatted: formatInteger(sync.pendingCommands, lang) }) : null}
            confirmNotes={
              <>
                {withProblem > 0 ? <p data-testid="renewal-confirm-attention">{t('renewal.confirm.attention', { formatted: formatInteger(withProblem, lang) })}</p> : null}
                {offline ? <p>{t('renewal.send.offline')}</p> : null}
              </>
            }
            doneAttribute="data-renewed"
            onSend={(dueDate) => void send(dueDate)}
          />
          <RenewalFailures
            failures={data.failures}
            busy={busy}
            canSend={due.iso !== null}
            onFix={(f) => setFixing({ customerId: f.customerId, customerName: f.customerName, contact: f.customer })}
            sendAgain={sendAgain}
            onSentAgain={sentAgain}
          />
        </div>
      )}
      {fixing ? <ContactDialog key={fixing.customerId} person={fixing} onClose={() => setFixing(null)} onSaved={() => void refetch()} /> : null}
    </div>
  );
}
