import { Button, ButtonVariant, Notification } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueTicketRow, QueueView } from '../../../../domain/assist/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { commandError } from '../../api/command-error.ts';
import { useErrorText } from '../../components/StateViews.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce, showView } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsCallNextMutation, useAsFinishServiceMutation, useAsNoShowMutation, useAsRecallMutation, useAsStartServiceMutation } from './assist-api.ts';
import { useAssistSession } from './assist-session.ts';
import { minutesSince } from './assist-time.ts';
import { EthicsReminders } from './EthicsReminders.tsx';
import { TicketFacts } from './TicketFacts.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import { useKey } from './use-key.ts';

/**
 * The helper's own desk: "call next" when free (N), else the ticket in hand with what can be done
 * to it now. Starting service starts the help timer; finishing it opens the session form.
 */
export function MyDesk({ ctx, queue, now }: { ctx: AsContext; queue: QueueView; now: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [error, setError] = useState<AppError | null>(null);
  const [callNext, calling] = useAsCallNextMutation();
  const mine = queue.mine;
  const run = async (r: Promise<{ error?: unknown }>) => {
    const err = commandError(await r);
    setError(err);
    return err;
  };
  const canCall = !mine && queue.waiting.length > 0 && !calling.isLoading;
  useKey('n', () => void (canCall ? run(callNext({ servicePointId: ctx.servicePoint.id })) : null), canCall);
  return (
    <section className="as-card as-desk" aria-labelledby="as-desk-h" data-testid="as-desk" data-ticket={mine?.ticket.label ?? ''} data-status={mine?.ticket.status ?? 'free'}>
      <h2 id="as-desk-h" className="as-card__title">
        {t('assist.desk.title')}
      </h2>
      {mine ? (
        <TicketInHand ctx={ctx} row={mine} othersWaiting={queue.waiting.length} now={now} run={run} />
      ) : (
        <div className="as-desk__free">
          <p className="as-desk__waiting" data-testid="as-waiting-summary">
            {queue.waiting.length > 0 ? t('assist.desk.waiting', { count: queue.waiting.length, minutes: queue.estimate.estimateMin }) : t('assist.desk.nobody')}
          </p>
          <Button variant={ButtonVariant.Primary} className="as-big-button" disabled={!canCall} onClick={() => void run(callNext({ servicePointId: ctx.servicePoint.id }))} data-testid="as-call-next" aria-keyshortcuts="N">
            {t('assist.desk.callNext')}
          </Button>
        </div>
      )}
      {error ? (
        <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="as-desk-error" data-code={error.code}>
          {errorText(error)}
        </Notification>
      ) : null}
    </section>
  );
}

function TicketInHand({ ctx, row, othersWaiting, now, run }: { ctx: AsContext; row: QueueTicketRow; othersWaiting: number; now: number; run: (r: Promise<{ error?: unknown }>) => Promise<AppError | null> }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const session = useAssistSession(ctx.user.id);
  const [start] = useAsStartServiceMutation();
  const [finish] = useAsFinishServiceMutation();
  const [recall] = useAsRecallMutation();
  const [noShow] = useAsNoShowMutation();
  const [transferring, setTransferring] = useState(false);
  const ticket = row.ticket;
  const ticketId = ticket.id;
  const topics = ticket.topicHint ? [ticket.topicHint] : [];

  const startService = async () => {
    const err = await run(start({ ticketId }));
    if (!err) session.startTimer({ startedAt: new Date(now).toISOString(), ticketId, appointmentId: null, channel: 'walk_in', topics, language: ticket.language });
  };
  const finishService = async () => {
    const err = await run(finish({ ticketId }));
    if (err) return;
    const endedAt = new Date().toISOString();
    if (session.timer?.ticketId === ticketId) session.stopTimer(endedAt);
    else session.openDraft({ startedAt: ticket.serviceStartedAt ?? endedAt, endedAt, ticketId, appointmentId: null, channel: 'walk_in', topics, language: ticket.language });
  };
  const called = ticket.status === 'called';
  useKey('s', () => void startService(), called);
  useKey('r', () => void run(recall({ ticketId })), called);
  useKey('f', () => void finishService(), ticket.status === 'in_service');

  const servedMin = ticket.serviceStartedAt ? minutesSince(ticket.serviceStartedAt, now) : 0;
  return (
    <div className="as-desk__ticket">
      <p className="as-desk__label" data-testid="as-desk-label">
        {ticket.label}
      </p>
      <p className="as-desk__status" data-testid="as-desk-status">
        {t(`assist.ticketStatus.${ticket.status}`)}
        {ticket.recallCount > 0 ? ` · ${t('assist.desk.recalled', { count: ticket.recallCount })}` : ''}
        {ticket.status === 'in_service' ? ` · ${t('assist.queue.minutes', { count: servedMin })}` : ''}
        {row.pending ? ` · ${t('assist.states.pending')}` : ''}
      </p>
      <TicketFacts ticket={ticket} />
      {row.softCap !== 'none' ? (
        <Notification type="alert" label={t(`assist.softCap.${row.softCap}Title`)} data-testid="as-soft-cap" data-level={row.softCap}>
          <p>{t('assist.softCap.text', { count: othersWaiting })}</p>
          <Button
            variant={ButtonVariant.Secondary}
            onClick={() => {
              session.askFollowUp({ topic: ticket.topicHint, language: ticket.language });
              dispatch(showView('asAppointments'));
            }}
            data-testid="as-book-follow-up"
          >
            {t('assist.softCap.bookFollowUp')}
          </Button>
        </Notification>
      ) : null}
      {ticket.status === 'in_service' ? <EthicsReminders topics={topics} /> : null}
      <div className="as-actions" role="group" aria-label={t('assist.desk.actions')}>
        {called ? (
          <>
            <Button variant={ButtonVariant.Primary} onClick={() => void startService()} data-testid="as-start-service" aria-keyshortcuts="S">
              {t('assist.desk.start')}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={() => void run(recall({ ticketId }))} data-testid="as-recall" aria-keyshortcuts="R">
              {t('assist.desk.recall')}
            </Button>
            <Button
              variant={ButtonVariant.Secondary}
              onClick={async () => {
                const err = await run(noShow({ ticketId }));
                if (!err) dispatch(announce({ key: 'assist.desk.noShowDone', params: { label: ticket.label } }));
              }}
             
              data-testid="as-no-show"
            >
              {t('assist.desk.noShow')}
            </Button>
          </>
        ) : (
          <Button variant={ButtonVariant.Primary} onClick={() => void finishService()} data-testid="as-finish-service" aria-keyshortcuts="F">
            {t('assist.desk.finish')}
          </Button>
        )}
        {ctx.servicePoints.length > 1 ? (
          <Button variant={ButtonVariant.Secondary} onClick={() => setTransferring(true)} data-testid="as-transfer">
            {t('assist.desk.transfer')}
          </Button>
        ) : null}
      </div>
      {transferring ? <TransferDialog ctx={ctx} ticket={ticket} onClose={() => setTransferring(false)} /> : null}
    </div>
  );
}
