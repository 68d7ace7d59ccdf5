import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../domain/languages.ts';
import { useKiosk, useKt } from './kiosk-context.ts';
import { nextTextSize } from './settings.ts';

/**
 * The bar over every customer screen: the place, language, text size, contrast, plain language,
 * the keyboard, and "finish", which asks first (an accidental touch never ends the session).
 */
export function KioskToolbar({ onFinish }: { onFinish: () => void }) {
  const { t } = useTranslation();
  const kt = useKt();
  const { home, language, settings, setSettings, chooseLanguage } = useKiosk();
  const bar = useStickyBar();
  return (
    <header className="kiosk-toolbar" ref={bar}>
      <span className="kiosk-toolbar__place" data-testid="kiosk-toolbar-place">
        {home?.servicePoint?.name?.[language] ?? t('kiosk.title')}
      </span>
      <div className="kiosk-toolbar__tools" role="group" aria-label={t('kiosk.toolbar.settings')}>
        <div className="kiosk-toolbar__languages" role="group" aria-label={t('kiosk.toolbar.language')}>
          {LANGUAGES.map((lng) => (
            <button key={lng} type="button" lang={lng} className="kiosk-tool" aria-pressed={language === lng} onClick={() => chooseLanguage(lng)} data-testid={`kiosk-switch-${lng}`}>
              {lng.toUpperCase()}
              <span className="visually-hidden"> {t(`kiosk.language.${lng}`)}</span>
            </button>
          ))}
        </div>
        <button type="button" className="kiosk-tool" onClick={() => setSettings({ textSize: nextTextSize(settings.textSize) })} data-testid="kiosk-text-size" data-size={settings.textSize}>
          {t('kiosk.toolbar.textSize', { size: t(`kiosk.toolbar.sizes.${settings.textSize}`) })}
        </button>
        <button type="button" className="kiosk-tool" aria-pressed={settings.highContrast} onClick={() => setSettings({ highContrast: !settings.highContrast })} data-testid="kiosk-contrast">
          {t('kiosk.toolbar.contrast')}
        </button>
        <button type="button" className="kiosk-tool" aria-pressed={settings.plainLanguage} onClick={() => setSettings({ plainLanguage: !settings.plainLanguage })} data-testid="kiosk-plain">
          {t('kiosk.toolbar.plain')}
        </button>
        <button type="button" className="kiosk-tool" aria-pressed={settings.keyboard} onClick={() => setSettings({ keyboard: !settings.keyboard })} data-testid="kiosk-keyboard-toggle">
          {t('kiosk.toolbar.keyboard')}
        </button>
      </div>
      <button type="button" className="kiosk-button kiosk-button--finish" onClick={onFinish} data-testid="kiosk-finish">
        {kt('kiosk.toolbar.finish')}
      </button>
    </header>
  );
}

/** The most of the screen's height the bar may take and still stay on screen while the page scrolls. */
const STICKY_SHARE = 0.25;

/**
 * Marks the bar `data-sticky` while it takes at most a quarter of the window's height, and gives
 * its height as `--kiosk-toolbar-height` for the page's scroll padding. Its height changes with
 * the text size, the language and the width.
 */
function useStickyBar() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const update = () => {
      const height = element.offsetHeight;
      element.toggleAttribute('data-sticky', height <= window.innerHeight * STICKY_SHARE);
      root.style.setProperty('--kiosk-toolbar-height', `${height}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty('--kiosk-toolbar-height');
    };
  }, []);
  return ref;
}
