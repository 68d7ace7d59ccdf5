import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../domain/languages.ts';
import type { KioskHome } from '../../../../domain/kiosk/contract.ts';

/**
 * The attract screen: the service point and a large choice of language, each button in its own
 * language (so a Swedish speaker finds "Svenska" whatever the screen's language was).
 */
export function AttractScreen({ home, onChoose }: { home: KioskHome | null; onChoose: (language: Language) => void }) {
  const { t } = useTranslation();
  const place = home?.servicePoint?.name;
  return (
    <main className="kiosk-attract" id="main" data-testid="kiosk-attract">
      <h1 className="kiosk-attract__title">
        {LANGUAGES.map((lng) => (
          <span key={lng} lang={lng} className="kiosk-attract__welcome">
            {t('kiosk.attract.welcome', { lng })}
          </span>
        ))}
      </h1>
      {place ? (
        <p className="kiosk-attract__place" data-testid="kiosk-place">
          {place.fi}
          {place.sv !== place.fi ? <span lang="sv"> · {place.sv}</span> : null}
        </p>
      ) : null}
      <p className="kiosk-attract__prompt">
        {LANGUAGES.map((lng) => (
          <span key={lng} lang={lng}>
            {t('kiosk.attract.choose', { lng })}
          </span>
        ))}
      </p>
      <div className="kiosk-attract__languages" role="group" aria-label={t('kiosk.attract.choose')}>
        {LANGUAGES.map((lng) => (
          <button key={lng} type="button" lang={lng} className="kiosk-language" onClick={() => onChoose(lng)} data-testid={`kiosk-language-${lng}`}>
            {t(`kiosk.language.${lng}`)}
          </button>
        ))}
      </div>
    </main>
  );
}
