import { Button, ButtonVariant, IconCross } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../domain/languages.ts';
import { useReturnFocus } from '../../components/useReturnFocus.ts';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAsQueueDisplayQuery } from './assist-api.ts';

/** How many waiting numbers the display lists: the next few, so the type stays big. */
const NEXT_SHOWN = 8;

/**
 * The public queue display of one service point: the numbers being called, the next few in line
 * and the wait, in big type and in Finnish, Swedish and English at once. It holds labels only,
 * never anything about a customer. It fills the screen (the browser's full screen where allowed);
 * Esc or the close button returns to the desk.
 */
export function QueueDisplay({ servicePointId, onClose }: { servicePointId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const q = useAsQueueDisplayQuery({ servicePointId });
  const root = useRef<HTMLDivElement | null>(null);
  useReturnFocus();
  useEffect(() => {
    root.current?.focus();
    // Full screen needs the click that opened the display; where the browser refuses, the overlay still covers the window.
    void root.current?.requestFullscreen?.().catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);
  const all = (key: string, params: Record<string, string | number> = {}) => LANGUAGES.map((l) => i18n.getFixedT(l)(key, params)).join(' · ');
  const d = q.data;
  const calling = d?.calling.filter((c) => c.status === 'called') ?? [];
  const serving = d?.calling.filter((c) => c.status === 'in_service') ?? [];
  return (
    <div className="as-display" ref={root} tabIndex={-1} role="dialog" aria-modal="true" aria-label={t('assist.display.label')} data-testid="as-display">
      <header className="as-display__head">
        <h1 className="as-display__place">{d ? localized(d.name, asLanguage(i18n.language)) : ''}</h1>
        <Button variant={ButtonVariant.Supplementary} iconStart={<IconCross aria-hidden />} onClick={onClose} className="as-display__close" data-testid="as-display-close">
          {t('assist.display.close')}
        </Button>
      </header>
      <section className="as-display__calling" aria-labelledby="as-display-calling-h">
        <h2 id="as-display-calling-h">{all('assist.display.calling')}</h2>
        <ul aria-live="polite" data-testid="as-display-calling">
          {calling.length === 0 ? <li className="as-display__none">–</li> : null}
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
            {serving.map((c) => (
              <li key={c.label}>{c.label}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="as-display-next-h">
          <h2 id="as-display-next-h">{all('assist.display.next')}</h2>
          <ul className="as-display__small" data-testid="as-display-waiting">
            {(d?.waiting ?? []).slice(0, NEXT_SHOWN).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </section>
      </div>
      {d ? <p className="as-display__wait" data-testid="as-display-wait">{all('assist.display.wait', { minutes: d.estimateMin })}</p> : null}
    </div>
  );
}
