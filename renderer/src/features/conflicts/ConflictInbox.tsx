import { Button, ButtonSize, ButtonVariant, StatusLabel } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { ConflictItem } from '../../../../domain/contract.ts';
import { asAppError } from '../../api/base-query.ts';
import { useDismissConflictMutation, useListConflictsQuery, useListHarboursQuery } from '../../api/kuva-api.ts';
import { useSyncStatusPart } from '../../api/use-sync-status-part.ts';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { TechnicalDetails } from '../../components/TechnicalDetails.tsx';
import { formatDateTime } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { commandNameKey } from '../../i18n/i18n.ts';
import { useAppDispatch } from '../../store/store.ts';
import { openApplication, openReservation, showView } from '../../store/ui-slice.ts';
import { describeCurrent } from './describe-current.ts';

function ConflictCard({ item }: { item: ConflictItem }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const { data: harbours } = useListHarboursQuery();
  const [dismiss, { isLoading }] = useDismissConflictMutation();
  const d = describeCurrent(item.current, harbours ?? [], lang);
  const nested = Object.fromEntries(Object.entries(d.nestedKeys ?? {}).map(([k, v]) => [k, t(v)]));
  const titleId = `conflict-${item.id}-title`;
  return (
    <article className="conflict-card" data-testid="conflict-item" data-command-id={item.id} data-code={item.code} aria-labelledby={titleId}>
      <header className="conflict-card__head">
        <h2 id={titleId}>{t(commandNameKey(item.commandType))}</h2>
        <StatusLabel type={item.status === 'conflict' ? 'alert' : 'error'}>
          {item.status === 'conflict' ? t('conflicts.statusConflict') : t('conflicts.statusRejected')}
        </StatusLabel>
      </header>
      <dl className="facts">
        <dt>{t('conflicts.reason')}</dt>
        <dd>{t(`errors.${item.code}`, { defaultValue: t('errors.internal') })}</dd>
        <dt>{t('conflicts.when')}</dt>
        <dd>
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, lang)}</time>
        </dd>
        <dt>{t('conflicts.currentState')}</dt>
        <dd>{t(d.key, { ...d.params, ...nested })}</dd>
        {item.applicationId && item.commandType.startsWith('bookings.') ? (
          <>
            <dt>{t('conflicts.booking')}</dt>
            <dd>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  dispatch(showView('bookingList'));
                  dispatch(openReservation(item.applicationId as string));
                }}
              >
                {t('conflicts.openBooking', { reference: item.applicationReference ?? '' })}
              </button>
            </dd>
          </>
        ) : item.commandType.endsWith('BoatCertificate') ? (
          // A boat certificate's command names the boat (or the certificate's boat), not an application.
          <>
            <dt>{t('berthBoats.conflictBoat')}</dt>
            <dd>{item.applicationReference ?? ''}</dd>
          </>
        ) : item.commandType === 'berths.markPaymentRefunded' ? (
          // It names an unapplied payment, kept in a list of its own, not an application.
          <>
            <dt>{t('berthPayments.conflictPayment')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => dispatch(showView('berthPayments'))}>
                {t('berthPayments.openList', { number: item.applicationReference ?? '' })}
              </button>
            </dd>
          </>
        ) : item.applicationId ? (
          <>
            <dt>{t('conflicts.application')}</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => dispatch(openApplication({ id: item.applicationId as string }))}>
                {t('conflicts.openApplication', { reference: item.applicationReference ?? '' })}
              </button>
            </dd>
          </>
        ) : null}
      </dl>
      {/* The central writes its messages in English for support staff: kept, but out of the way. */}
      <TechnicalDetails message={item.message} summary={t('conflicts.serverMessage')} />
      <div className="conflict-card__actions">
        {item.applicationId && item.commandType === 'berths.offerBerth' ? (
          <Button size={ButtonSize.Small} data-testid="conflict-retry" onClick={() => dispatch(openApplication({ id: item.applicationId as string, suggestions: true }))}>
            {t('conflicts.retry')}
          </Button>
        ) : null}
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="conflict-dismiss" disabled={isLoading} onClick={() => void dismiss(item.id)}>
          {t('conflicts.dismiss')}
        </Button>
      </div>
    </article>
  );
}

/**
 * No open conflict says only that: what still waits for the central may yet be refused, and a
 * dismissed refusal was not applied. Never "everything was accepted".
 */
function NoOpenConflicts() {
  const { t } = useTranslation();
  const pending = useSyncStatusPart((s) => s?.pendingCommands ?? null);
  return (
    <EmptyState title={t('conflicts.emptyTitle')} testId="conflicts-empty" icon={pending === 0 ? 'done' : 'none'}>
      <div className="state__text" data-pending={pending ?? ''}>
        {pending === null ? null : <p>{pending > 0 ? t('conflicts.emptyPending', { count: pending }) : t('conflicts.emptyAnswered')}</p>}
        <p>{t('conflicts.emptyDismissed')}</p>
      </div>
    </EmptyState>
  );
}

export function ConflictInbox() {
  const { t } = useTranslation();
  const q = useListConflictsQuery();
  let body;
  if (q.isLoading) body = <LoadingState text={t('conflicts.loading')} />;
  else if (q.isError) body = <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />;
  else if (!q.data || q.data.length === 0) body = <NoOpenConflicts />;
  else
    body = (
      <ul className="conflict-list">
        {q.data.map((c) => (
          <li key={c.id}>
            <ConflictCard item={c} />
          </li>
        ))}
      </ul>
    );
  return (
    <div className="workspace">
      <div className="workspace__head">
        <h1>{t('conflicts.title')}</h1>
        <p className="muted">{t('conflicts.intro')}</p>
      </div>
      {body}
    </div>
  );
}
