import { Button, ButtonVariant, Notification, NotificationSize } from 'hds-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RenewalFailure } from '../../../../../domain/berths/renewal-contract.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useSyncStatusQuery } from '../../../api/kuva-api.ts';
import { useQueueMany } from '../../../api/queue-many-api.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { RunProgress } from '../../../components/RunProgress.tsx';
import { RunResult } from '../../../components/RunResult.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { ErrorState, LoadingState, useErrorText } from '../../../components/StateViews.tsx';
import { formatInteger, formatIsoDate, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { DueDateField, useDueDate } from '../DueDateField.tsx';
import { ContactDialog, type ContactToFix } from './ContactDialog.tsx';
import { berthText, RenewalFailures } from './RenewalFailures.tsx';
import { RenewalCountsView } from './RenewalCountsView.tsx';
import { RenewalPreview } from './RenewalPreview.tsx';
import { useRenewalOverviewQuery, useResendRenewalMutation } from './renewal-api.ts';
import { runRenewals, type RunOutcome } from './run-renewals.ts';
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
  const errorText = useErrorText();
  const [harbourId, setHarbourId] = useState('');
  const q = useRenewalOverviewQuery({ harbourId: harbourId || null });
  const { data: sync } = useSyncStatusQuery();
  const offline = sync?.connection === 'offline';
  const data = q.currentData;
  const due = useDueDate(data?.season ?? null);
  const queueRenewals = useQueueMany('berths.renewLease');
  const [resend] = useResendRenewalMutation();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<RunOutcome | null>(null);
  const [asking, setAsking] = useState(false);
  const [fixing, setFixing] = useState<ContactToFix | null>(null);
  const [resendError, setResendError] = useState<string | null>(null);
  const stopRef = useRef(false);
  const busy = progress !== null;

  // The central's answers arrive with a sync: ask again when one has ended, unless a run is going.
  const lastSync = sync?.lastSyncAt;
  const refetch = q.refetch;
  useEffect(() => {
    if (!busy && lastSync) void refetch();
  }, [lastSync, busy, refetch]);
  useEffect(() => () => void (stopRef.current = true), []);

  const candidates = useMemo(() => data?.candidates ?? [], [data]);
  const withProblem = candidates.filter((c) => c.problem !== null).length;
  const sendable = candidates.filter((c) => c.priceCents !== null);
  const blocked = busy ? t('renewal.send.busy') : sendable.length === 0 ? t('renewal.send.nothing') : due.error ? t('offer.fixDueDate') : null;

  const run = async (dueDate: string) => {
    const list = sendable.map((c) => ({ previousLeaseId: c.previousLeaseId, label: `${c.customerName}, ${berthText(c.berth, lang)}` }));
    setOutcome(null);
    setProgress({ done: 0, total: list.length });
    stopRef.current = false;
    const result = await runRenewals(
      list,
      dueDate,
      queueRenewals,
      (done) => setProgress({ done, total: list.length }),
      () => stopRef.current,
    );
    setProgress(null);
    setOutcome(result);
    dispatch(announce({ key: 'renewal.result.announce', params: { sent: result.renewed, refused: result.refused.length } }));
    void refetch();
  };

  const resendOne = async (f: RenewalFailure): Promise<boolean> => {
    if (!due.iso) return false;
    const r = await resend({ orderId: f.orderId, dueDate: due.iso });
    if ('error' in r && r.error) {
      setResendError(`${f.customerName}: ${errorText(asAppError(r.error))}`);
      return false;
    }
    return true;
  };
  const resendMany = async (list: readonly RenewalFailure[]) => {
    setResendError(null);
    let sent = 0;
    for (const f of list) if (await resendOne(f)) sent++;
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
          <section className="alloc-send" aria-labelledby="renewal-send-title" data-testid="renewal-send">
            <h2 id="renewal-send-title" className="visually-hidden">
              {t('renewal.confirm.send')}
            </h2>
            <div className="alloc-send__row">
              <DueDateField id="renewal-due-date" label={t('renewal.send.dueDate')} due={due} />
              <div className="alloc-send__action">
                <Button data-testid="renewal-send-button" disabled={blocked !== null} aria-describedby={blocked ? 'renewal-send-blocked' : undefined} onClick={() => setAsking(true)}>
                  {t('renewal.send.button', { count: sendable.length, formatted: formatInteger(sendable.length, lang) })}
                </Button>
                {blocked ? (
                  <p id="renewal-send-blocked" className="dialog-blocked" data-testid="renewal-send-blocked">
                    {blocked}
                  </p>
                ) : null}
              </div>
              <div className="alloc-send__status" aria-live="polite">
                {progress ? (
                  <RunProgress id="renewal-progress-bar" testId="renewal-progress" labelKey="renewal.send.progress" done={progress.done} total={progress.total} />
                ) : null}
                {!busy && sync && sync.pendingCommands > 0 ? <p data-testid="renewal-waiting">{t('renewal.send.waiting', { formatted: formatInteger(sync.pendingCommands, lang) })}</p> : null}
                {outcome ? (
                  <RunResult
                    title={t('renewal.result.title')}
                    doneText={t('renewal.result.sent', { formatted: formatInteger(outcome.renewed, lang) })}
                    refusedText={t('renewal.result.refused', { formatted: formatInteger(outcome.refused.length, lang) })}
                    refused={outcome.refused.map((r) => ({ key: r.previousLeaseId, label: r.label, error: r.error }))}
                    laterText={t('renewal.result.later')}
                    data={{ 'data-testid': 'renewal-result', 'data-renewed': outcome.renewed, 'data-refused': outcome.refused.length }}
                  />
                ) : null}
              </div>
            </div>
            {offline ? (
              <p className="alloc-note" role="status" data-testid="renewal-offline">
                {t('renewal.send.offline')}
              </p>
            ) : null}
          </section>
          {resendError ? (
            <Notification type="error" size={NotificationSize.Small} label={t('renewal.failures.resend')} data-testid="renewal-resend-error">
              {resendError}
            </Notification>
          ) : null}
          <RenewalFailures
            failures={data.failures}
            busy={busy}
            canSend={due.iso !== null}
            onFix={(f) => setFixing({ customerId: f.customerId, customerName: f.customerName, contact: f.customer })}
            onResend={(f) => void resendMany([f])}
            onResendFixed={() => void resendMany(data.failures.filter((f) => f.contactFixed))}
          />
        </div>
      )}
      {asking && due.iso && data ? (
        <ConfirmDialog
          isOpen
          title={t('renewal.confirm.title')}
          text={t('renewal.confirm.text', { formatted: formatInteger(sendable.length, lang), season: data.season, due: formatIsoDate(due.iso, lang) })}
          confirmLabel={t('renewal.confirm.send')}
          cancelLabel={t('renewal.confirm.cancel')}
          testId="renewal-confirm"
          confirmTestId="renewal-confirm-send"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            if (due.iso) void run(due.iso);
            return null;
          }}
        >
          {withProblem > 0 ? <p data-testid="renewal-confirm-attention">{t('renewal.confirm.attention', { formatted: formatInteger(withProblem, lang) })}</p> : null}
          {offline ? <p>{t('renewal.send.offline')}</p> : null}
        </ConfirmDialog>
      ) : null}
      {fixing ? <ContactDialog key={fixing.customerId} person={fixing} onClose={() => setFixing(null)} onSaved={() => void refetch()} /> : null}
    </div>
  );
}
