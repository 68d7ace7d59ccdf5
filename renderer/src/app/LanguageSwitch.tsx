import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, setLanguage } from '../i18n/i18n.ts';
import { asLanguage } from '../format/locale.ts';

export function LanguageSwitch({ id = 'language-switch' }: { id?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        data-testid="language-switch"
        className="native-select native-select--compact"
        value={asLanguage(i18n.language)}
        onChange={(e) => setLanguage(asLanguage(e.target.value))}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  );
}
