import { Button, ButtonSize, ButtonVariant, IconArrowRight } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { parseInstant } from '../../../../domain/wall-clock.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce, showView } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAssistSession, walkIn } from './assist-session.ts';
import { elapsedText } from './session-form.ts';
import { useKey } from './use-key.ts';
import { useNow } from './use-now.ts';

/**
 * The one-tap help timer on every Assistance view (T starts and stops it): stopping opens the
 * session form with the times filled in. It runs on while the helper moves between views.
 */
export function TimerBar({ ctx }: { ctx: AsContext }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const session = useAssistSession(ctx.user.id);
  const running = session.timer;
  const toggle = () => {
    if (running) {
      session.stopTimer(new Date().toISOString());
    } else {
      session.startTimer(walkIn(new Date().toISOString()));
      dispatch(announce({ key: 'assist.timer.started' }));
    }
  };
  useKey('t', toggle, session.draft === null);
  return (
    <div className={`as-timer${running ? ' as-timer--running' : ''}`} data-testid="as-timer" data-running={running ? 'true' : 'false'}>
      {running ? (
        <>
          <span className="as-timer__label">{running.ticketId ? t('assist.timer.servingTicket') : t('assist.timer.running')}</span>
          <RunningClock startedAt={running.startedAt} />
          <Button size={ButtonSize.Small} variant={ButtonVariant.Primary} onClick={toggle} data-testid="as-timer-stop" aria-keyshortcuts="T">
            {t('assist.timer.stop')}
          </Button>
        </>
      ) : (
        <>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Primary} onClick={toggle} data-testid="as-timer-start" aria-keyshortcuts="T">
            {t('assist.timer.start')}
          </Button>
          <span className="as-timer__hint muted">{t('assist.timer.hint')}</span>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconEnd={<IconArrowRight aria-hidden />} onClick={() => dispatch(showView('asSessions'))} data-testid="as-timer-bulk">
            {t('assist.timer.logAfterwards')}
          </Button>
        </>
      )}
    </div>
  );
}

function RunningClock({ startedAt }: { startedAt: string }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  return (
    <span className="as-timer__clock" role="timer" aria-label={t('assist.timer.elapsed')} data-testid="as-timer-clock">
      {elapsedText(parseInstant(startedAt), now)}
    </span>
  );
}
