import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../domain/result.ts';
import type { RenewalFailure } from '../../../../../domain/berths/renewal-contract.ts';
import { stickerSeason } from '../../../../../domain/berths/winter-seasons.ts';
import { asAppError } from '../../../api/base-query.ts';
import { commandError } from '../../../api/command-error.ts';
import { useSyncStatusQuery } from '../../../api/kuva-api.ts';
import { useQueueMany } from '../../../api/queue-many-api.ts';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { dayForInput } from '../../../format/dates.ts';
import { formatInteger, formatIsoDate, localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { BulkRunPanel } from '../bulk-run/BulkRunPanel.tsx';
import { useBulkRun, useRefetchAfterSync } from '../bulk-run/use-bulk-run.ts';
import { ContactDialog, type ContactToFix } from '../renewal/ContactDialog.tsx';
import { RenewalCountsView } from '../renewal/RenewalCountsView.tsx';
import { RenewalFailures } from '../renewal/RenewalFailures.tsx';
import { RenewalPreview } from '../renewal/RenewalPreview.tsx';
import { renewalOutcome, runRenewals } from '../renewal/run-renewals.ts';
import { useSendWinterInvoiceMutation, useWinterRenewalOverviewQuery } from './winter-api.ts';
import { checkWinterDueDate } from './winter-dates.ts';
import { WinterDayInput } from './WinterDayInput.tsx';
import { asRenewalCandidate, asRenewalFailure } from './WinterRenewalLists.tsx';
import '../allocation/allocation.css';
import '../renewal/renewal.css';

const winterText = (winter: number) => stickerSeason(winter).replace('_', '–');
/** Where the winter words the berth renewal's preview, counts and failures its own way. */
const WINTER_RENEWAL_TEXTS = 'winter.renewal';

/**
 * The renewal of marked winter places (brief 4.7, "/recurring-winter-storage-invoices", decision
 * 49): the preview of last winter's paid marked leases that renew, the run (one
 * `berths.renewWinterLease` per lease, queued many to a call, with its progress and a Stop), the
 * winter's renewal invoices as they stand, and the failed ones to fix and send again. The preview,
 * counts and failures are the berth renewal's components; only roles with `berths.cases.write`
 * have the tab.
 */
export function WinterRenewal({ headSlot }: { headSlot: HTMLElement | null }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const q = useWinterRenewalOverviewQuery();
  const { data: sync } = useSyncStatusQuery();
  const data = q.currentData;
  const queueRenewals = useQueueMany('berths.renewWinterLease');
  const [sendInvoice] = useSendWinterInvoiceMutation();
  const [dueText, setDueText] = useState<string | null>(null);
  const run = useBulkRun();
  const [fixing, setFixing] = useState<ContactToFix | null>(null);
  const busy = run.busy;

  const refetch = q.refetch;
  useRefetchAfterSync(sync?.lastSyncAt, busy, refetch);

  const window = data?.dueDate ?? null;
  const text = dueText ?? (window ? dayForInput(window.suggested, lang) : '');
  const due = checkWinterDueDate(text, lang, window);
  const candidates = data?.candidates ?? [];
  const sendable = candidates.filter((c) => c.priceCents !== null);
  const withProblem = sendable.filter((c) => c.problem !== null).length;
  const failures = (data?.failures ?? []).map((f) => asRenewalFailure(f, lang));

  const send = async (dueDate: string) => {
    const list = sendable.map((c) => ({ previousLeaseId: c.previousLeaseId, label: `${c.customerName}, ${localized(c.placeLabel, lang)}` }));
    const result = await run.start(list.length, async (onProgress, shouldStop) => renewalOutcome(await runRenewals(list, dueDate, queueRenewals, onProgress, shouldStop)));
    dispatch(announce({ key: 'winter.renewal.announce', params: { sent: result.done, refused: result.refused.length } }));
    void refetch();
  };

  // A failed renewal's invoice is sent again as any winter invoice, with the run's due date.
  const sendAgain = async (f: RenewalFailure): Promise<AppError | null> =>
    due.iso ? commandError(await sendInvoice({ input: { leaseId: f.leaseId, dueDate: due.iso }, applicationId: null })) : null;
  const sentAgain = (sent: number) => {
    if (sent > 0) dispatch(announce({ key: 'winter.renewal.resent' }));
    void refetch();
  };

  return (
    <div className="renewal winter-renewal" data-testid="winter-renewal">
      {headSlot && data
        ? createPortal(
            <span className="season-tag" data-testid="winter-renewal-season">
              {t('winter.season', { season: winterText(data.winter) })}
            </span>,
            headSlot,
          )
        : null}
      {q.isError ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState text={t('winter.renewal.loading')} />
      ) : (
        <>
          <h2 className="visually-hidden">{t('winter.renewal.title')}</h2>
          <p className="alloc-intro">{t('winter.renewal.intro', { previous: winterText(data.previousWinter), winter: winterText(data.winter) })}</p>
          <RenewalCountsView season={winterText(data.winter)} counts={data.counts} textsAt={WINTER_RENEWAL_TEXTS} />
          <RenewalPreview
            candidates={candidates.map((c) => asRenewalCandidate(c, lang))}
            previous={winterText(data.previousWinter)}
            textsAt={WINTER_RENEWAL_TEXTS}
            onFix={(c) => c.contact && setFixing({ customerId: c.customerId, customerName: c.customerName, contact: c.contact })}
          />
          <BulkRunPanel
            id="winter-renewal"
            texts={{
              title: t('winter.renewal.confirmSend'),
              button: t('winter.renewal.button', { count: sendable.length, formatted: formatInteger(sendable.length, lang) }),
              busy: t('winter.renewal.busy'),
              nothing: t('winter.renewal.nothing'),
              progressKey: 'renewal.send.progress',
              stop: t('winter.renewal.stop'),
              offline: t('renewal.send.offline'),
              confirmTitle: t('winter.renewal.confirmTitle'),
              confirmText: (dueDate) => t('winter.renewal.confirmText', { formatted: formatInteger(sendable.length, lang), winter: winterText(data.winter), due: formatIsoDate(dueDate, lang) }),
              confirmSend: t('winter.renewal.confirmSend'),
              cancel: t('renewal.confirm.cancel'),
              resultTitle: t('winter.renewal.resultTitle'),
              resultDone: (o) => `${t('winter.renewal.resultSent', { formatted: formatInteger(o.done, lang) })}${o.stopped ? ` ${t('winter.renewal.stopped')}` : ''}`,
              resultRefused: (o) => t('renewal.result.refused', { formatted: formatInteger(o.refused.length, lang) }),
              resultLater: t('renewal.result.later'),
            }}
            dueField={
              <WinterDayInput
                id="winter-renewal-due-date"
                label={t('renewal.send.dueDate')}
                help={window ? t('winter.lease.dueHelp', { earliest: formatIsoDate(window.earliest, lang), latest: formatIsoDate(window.latest, lang), suggested: formatIsoDate(window.suggested, lang) }) : undefined}
                text={text}
                onText={setDueText}
                check={due}
              />
            }
            dueDate={due.iso}
            count={sendable.length}
            run={run}
            offline={sync?.connection === 'offline'}
            waiting={sync && sync.pendingCommands > 0 ? t('renewal.send.waiting', { formatted: formatInteger(sync.pendingCommands, lang) }) : null}
            confirmNotes={withProblem > 0 ? <p data-testid="winter-renewal-confirm-attention">{t('winter.renewal.attention', { formatted: formatInteger(withProblem, lang) })}</p> : null}
            doneAttribute="data-renewed"
            onSend={(dueDate) => void send(dueDate)}
          />
          <RenewalFailures
            failures={failures}
            busy={busy}
            canSend={due.iso !== null}
            onFix={(f) => setFixing({ customerId: f.customerId, customerName: f.customerName, contact: f.customer })}
            sendAgain={sendAgain}
            onSentAgain={sentAgain}
            textsAt={WINTER_RENEWAL_TEXTS}
          />
        </>
      )}
      {fixing ? <ContactDialog key={fixing.customerId} person={fixing} onClose={() => setFixing(null)} onSaved={() => void refetch()} /> : null}
    </div>
  );
}
