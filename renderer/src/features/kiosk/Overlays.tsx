import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The WCAG 2.2.1 warning before the wipe: the seconds left, and one large button that gives the
 * customer their time back. It takes the focus, so Enter or a touch anywhere on it continues.
 */
export function IdleWarning({ seconds, onContinue }: { seconds: number; onContinue: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="kiosk-overlay">
      <div className="kiosk-dialog kiosk-dialog--warning" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-text" data-testid="kiosk-idle-warning">
        <h2 id="kiosk-idle-title">{t('kiosk.idle.title')}</h2>
        <p id="kiosk-idle-text">{t('kiosk.idle.text')}</p>
        <p className="kiosk-countdown" aria-live="polite" data-testid="kiosk-countdown" data-seconds={seconds}>
          {t('kiosk.idle.seconds', { count: seconds })}
        </p>
        <button ref={button} type="button" className="kiosk-button kiosk-button--primary kiosk-button--large" onClick={onContinue} data-testid="kiosk-continue">
          {t('kiosk.idle.continue')}
        </button>
      </div>
    </div>
  );
}

/** While the wipe runs (and after a crash, until the watchdog has wiped): nothing of the last customer. */
export function WipingScreen({ crashed }: { crashed: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="kiosk-attract kiosk-wiping" id="main" data-testid="kiosk-wiping" data-crashed={crashed}>
      <p className="kiosk-lead" role="status">
        {t(crashed ? 'kiosk.wiping.crashed' : 'kiosk.wiping.text')}
      </p>
    </main>
  );
}

/** Outside the terminal's opening hours. */
export function OutOfService() {
  const { t } = useTranslation();
  return (
    <main className="kiosk-attract kiosk-closed" id="main" data-testid="kiosk-out-of-service">
      <h1>{t('kiosk.closed.title')}</h1>
      <p className="kiosk-lead">{t('kiosk.closed.text')}</p>
    </main>
  );
}
