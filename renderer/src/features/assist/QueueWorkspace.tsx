import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import type { AsContext } from './as-context.ts';
import { AssistFrame } from './AssistFrame.tsx';
import { queueDisplayHash } from './display-address.ts';
import { useAsQueueQuery } from './assist-api.ts';
import { HelpRequests } from './HelpRequests.tsx';
import { IssueTicketForm } from './IssueTicketForm.tsx';
import { MyDesk } from './MyDesk.tsx';
import { QueueLists } from './QueueLists.tsx';
import { useNow } from './use-now.ts';

/**
 * The walk-in queue of a service point as the desk works it (issue 9, item 1): kiosk help
 * requests first, then the helper's own desk (call next, recall, start, finish, transfer,
 * no-show, the soft 30-minute cap), a ticket issued at the desk, and the queue with its live
 * wait estimate. It follows the event stream: a kiosk's ticket or call for help shows at once.
 */
export function QueueWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  return (
    <AssistFrame
      user={user}
      title={t('assist.queue.title')}
      testId="as-queue"
      tools={(ctx) => (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => openQueueDisplay(ctx.servicePoint.id)} data-testid="as-open-display">
          {t('assist.display.open')}
        </Button>
      )}
    >
      {(ctx) => <QueueBody ctx={ctx} />}
    </AssistFrame>
  );
}

/**
 * The display opens as a window of its own on the same page (display-address.ts), to drag to the
 * wall screen; where no second window may open (Electron's windows open none), this window shows
 * it, with its way back to the desk.
 */
function openQueueDisplay(servicePointId: string): void {
  const hash = queueDisplayHash(servicePointId);
  const opened = window.open(new URL(hash, window.location.href).href, `kuva-queue-display-${servicePointId}`);
  if (!opened) window.location.hash = hash;
}

function QueueBody({ ctx }: { ctx: AsContext }) {
  const { t } = useTranslation();
  const q = useAsQueueQuery({ servicePointId: ctx.servicePoint.id });
  // Waits and the soft cap move with the clock, not only with events.
  const now = useNow(15_000);
  // currentData: another service point's queue never shows under this one while it loads.
  const queue = q.currentData;
  if (!queue) return q.isFetching ? <LoadingState text={t('assist.states.loading')} /> : <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />;
  return (
    <div className="as-queue" data-testid="as-queue-body" data-service-point={ctx.servicePoint.id} data-waiting={queue.waiting.length}>
      <HelpRequests rows={queue.helpRequests} canAnswer={ctx.servicePoint.rights.staff} />
      <div className="as-queue__grid">
        <div className="as-queue__main">
          <MyDesk ctx={ctx} queue={queue} now={now} />
          <QueueLists queue={queue} now={now} />
        </div>
        <aside className="as-queue__side" aria-label={t('assist.queue.sideLabel')}>
          <IssueTicketForm ctx={ctx} />
          <QueueFigures queue={queue} />
        </aside>
      </div>
    </div>
  );
}

function QueueFigures({ queue }: { queue: NonNullable<ReturnType<typeof useAsQueueQuery>['data']> }) {
  const { t } = useTranslation();
  return (
    <section className="as-card" aria-labelledby="as-today-h">
      <h2 id="as-today-h" className="as-card__title">
        {t('assist.queue.today')}
      </h2>
      <dl className="as-figures" data-testid="as-queue-figures">
        <div>
          <dt>{t('assist.queue.medianHelp')}</dt>
          <dd>{t('assist.queue.minutes', { count: Math.round(queue.estimate.helpMin) })}</dd>
        </div>
        <div>
          <dt>{t('assist.queue.done')}</dt>
          <dd data-testid="as-closed-done">{queue.closed.done}</dd>
        </div>
        <div>
          <dt>{t('assist.queue.noShows')}</dt>
          <dd>{queue.closed.noShow}</dd>
        </div>
        <div>
          <dt>{t('assist.queue.transferred')}</dt>
          <dd>{queue.closed.transferred}</dd>
        </div>
      </dl>
    </section>
  );
}
