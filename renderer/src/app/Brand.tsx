import { useTranslation } from 'react-i18next';

/** The product name beside a plain mark (the city's logo is not bundled, and nothing loads remotely). */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <span className="brand__mark" aria-hidden="true">
        <svg viewBox="0 0 32 32" width="32" height="32">
          <path d="M4 6h24v12c0 6-6 9-12 11C10 27 4 24 4 18z" fill="currentColor" />
          <path d="M8 18c3-2 5 2 8 0s5 2 8 0" stroke="#fff" strokeWidth="2" fill="none" />
        </svg>
      </span>
      <span className="brand__text">
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__division">{t('app.division')}</span>
      </span>
    </div>
  );
}
