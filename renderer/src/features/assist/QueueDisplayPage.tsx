import { Button, ButtonSize, ButtonVariant, IconArrowLeft } from 'hds-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../domain/languages.ts';
import { asAppError } from '../../api/base-query.ts';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { useAsQueueDisplayQuery } from './assist-api.ts';
import './assist.css';

/** How many waiting numbers the display lists: the next few, so the type stays big. */
const NEXT_SHOWN = 6;

/**
 * The public queue display of one service point, a page of its own (`#/queue-display/<id>`,
 * display-address.ts) for a screen on a wall: the numbers being called in big type, those in
 * service, the next few and the wait, headed in Finnish, Swedish and English at once. It holds
 * ticket numbers and statuses only, never anything about a customer or a helper (the core's
 * `assist.queueDisplay` answers nothing else). It follows the event stream like every screen, so
 * a number called at a desk shows here at once.
 *
 * Who may open it: whoever holds `assist.ticket` at that service point — its helpers and
 * volunteers, a supervisor (every point) and the point's kiosk terminal — signed in on the
 * screen's computer. Anyone else sees the core's refusal, in their language.
 */
export function QueueDisplayPage({ servicePointId }: { servicePointId: string }) {
  const { t, i18n } = useTranslation();
  const q = useAsQueueDisplayQuery({ servicePointId });
  const all = (key: string, params: Record<string, string | number> = {}) => LANGUAGES.map((l) => i18n.getFixedT(l)(key, params)).join(' · ');
  const d = q.currentData;
  const names = d ? [...new Set(LANGUAGES.map((l) => d.name[l]))].join(' · ') : '';
  useEffect(() => {
    const before = document.title;
    document.title = `${all('assist.display.label')}${names ? ` – ${names}` : ''}`;
    return () => {
      document.title = before;
    };
    // `all` reads the translations, which do not change while the page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [names]);

  const leave = () => {
    window.location.hash = '';
  };
  const back = (
    <Button size={ButtonSize.Small} variant={ButtonVariant.Supplementary} iconStart={<IconArrowLeft aria-hidden />} className="as-display__back" onClick={leave} data-testid="as-display-back">
      {t('assist.display.back')}
    </Button>
  );
  if (!d) {
    return (
      <main className="app-centered" id="main" data-testid="as-display-state">
        {q.isError ? <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} /> : <LoadingState text={t('assist.states.loading')} />}
        {back}
      </main>
    );
  }
  const calling = d.calling.filter((c) => c.status === 'called');
  const serving = d.calling.filter((c) => c.status === 'in_service');
  return (
    <main className="as-display" id="main" data-testid="as-display" data-service-point={d.servicePointId} data-calling={calling.map((c) => c.label).join(' ')}>
      <header className="as-display__head">
        <h1 className="as-display__place">{names}</h1>
        <p className="as-display__title">{all('assist.display.label')}</p>
      </header>
      <section className="as-display__calling" aria-labelledby="as-display-calling-h">
        <h2 id="as-display-calling-h">{all('assist.display.calling')}</h2>
        <ul aria-live="polite" data-testid="as-display-calling">
          {calling.length === 0 ? (
            <li className="as-display__none" aria-label={t('assist.display.noneCalled')}>
              –
            </li>
          ) : null}
          {calling.map((c) => (
            <li key={c.label} className="as-display__number as-display__number--called" data-label={c.label}>
              {c.label}
            </li>
          ))}
        </ul>
      </section>
      <div className="as-display__lower">
        <section aria-labelledby="as-display-serving-h">
          <h2 id="as-display-serving-h">{all('assist.display.serving')}</h2>
          <ul className="as-display__small" data-testid="as-display-serving">
            {serving.length === 0 ? <li aria-label={t('assist.display.noneServing')}>–</li> : null}
            {serving.map((c) => (
              <li key={c.label}>{c.label}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="as-display-next-h">
          <h2 id="as-display-next-h">{all('assist.display.next')}</h2>
          <ul className="as-display__small" data-testid="as-display-waiting">
            {d.waiting.length === 0 ? <li aria-label={t('assist.display.noneWaiting')}>–</li> : null}
            {d.waiting.slice(0, NEXT_SHOWN).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      </div>
      <footer className="as-display__foot">
        <p className="as-display__wait" data-testid="as-display-wait">
          {all('assist.display.wait', { minutes: d.estimateMin })}
        </p>
        {back}
      </footer>
    </main>
  );
}
