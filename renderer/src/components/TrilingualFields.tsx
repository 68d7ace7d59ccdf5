import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, type Localized } from '../../../domain/languages.ts';
import { TextAreaWithCounter } from './CharacterCounter.tsx';

type Trilingual = Localized;

export interface TrilingualField {
  key: string;
  label: string;
  max: number;
  /** A text area (descriptions) rather than one line. */
  long?: boolean;
}

export const EMPTY_TRILINGUAL: Trilingual = { fi: '', sv: '', en: '' };

/**
 * A form's texts in Finnish, Swedish and English: one language at a time behind a switch that
 * says which language is shown; Finnish is the required one. Every workspace that writes to
 * customers or the public in three languages uses it.
 */
export function TrilingualFields({
  idPrefix,
  fields,
  values,
  onChange,
}: {
  idPrefix: string;
  fields: readonly TrilingualField[];
  values: Record<string, Trilingual>;
  onChange: (key: string, value: Trilingual) => void;
}) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Language>('fi');
  return (
    <fieldset className="trilingual">
      <legend className="visually-hidden">{t('trilingual.label')}</legend>
      <div className="trilingual__tabs" role="group" aria-label={t('trilingual.label')}>
        {LANGUAGES.map((l) => (
          <Button
            key={l}
            size={ButtonSize.Small}
            variant={l === lang ? ButtonVariant.Primary : ButtonVariant.Secondary}
            aria-pressed={l === lang}
            onClick={() => setLang(l)}
            data-testid={`${idPrefix}-lang-${l}`}
          >
            {l === 'fi' ? `${t(`trilingual.tabs.${l}`)} ${t('trilingual.required')}` : t(`trilingual.tabs.${l}`)}
          </Button>
        ))}
      </div>
      {fields.map((f) => {
        const id = `${idPrefix}-${f.key}-${lang}`;
        const value = values[f.key] ?? EMPTY_TRILINGUAL;
        const label = `${f.label} (${t(`languages.${lang}`)})`;
        const set = (v: string) => onChange(f.key, { ...value, [lang]: v });
        return f.long ? (
          <TextAreaWithCounter key={id} id={id} label={label} value={value[lang]} max={f.max} onValueChange={set} />
        ) : (
          <div className="field" key={id}>
            <label htmlFor={id}>{label}</label>
            <input id={id} data-testid={id} className="native-input" value={value[lang]} maxLength={f.max} onChange={(e) => set(e.target.value)} />
          </div>
        );
      })}
    </fieldset>
  );
}
