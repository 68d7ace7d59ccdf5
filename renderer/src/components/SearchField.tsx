import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}

/** The workspaces' search box: `/` focuses it (see useWorkspaceKeys), and says so while empty. */
export function SearchField({ id, label, value, onChange, inputRef }: Props) {
  const { t } = useTranslation();
  return (
    <div className="field field--grow">
      <label htmlFor={id}>{label}</label>
      <div className="search-input">
        <input
          id={id}
          data-testid={id}
          ref={inputRef}
          className="native-input"
          type="search"
          autoComplete="off"
          aria-keyshortcuts="/"
          value={value}
          maxLength={200}
          onChange={(e) => onChange(e.target.value)}
        />
        {value === '' ? (
          <kbd className="search-input__kbd" title={t('filters.textHelp')} aria-hidden="true">
            /
          </kbd>
        ) : null}
      </div>
    </div>
  );
}
