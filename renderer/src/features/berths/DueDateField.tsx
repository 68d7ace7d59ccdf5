import { TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultDueDate, dueDateWindow } from '../../../../domain/berths/due-date.ts';
import { dayForInput } from '../../format/dates.ts';
import { formatIsoDate, helsinkiToday } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { checkDueDate } from './due-date-check.ts';

export interface DueDate {
  /** The day typed, as YYYY-MM-DD, when it is one the central takes; else null. */
  iso: string | null;
  /** Why it is not, in the user's language. */
  error: string | null;
  text: string;
  help: string | undefined;
  setText: (text: string) => void;
}

/**
 * An offer's due date as typed, checked against the window the central decides with (domain
 * due-date.ts): the single offer dialog and the allocation proposal's bulk send share it. Null
 * season: not known yet, nothing to check.
 */
export function useDueDate(season: number | null): DueDate {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const today = helsinkiToday();
  const [typed, setTyped] = useState<string | null>(null);
  const initial = season === null ? null : defaultDueDate(today, season);
  const text = typed ?? (initial ? dayForInput(initial, lang) : '');
  const check = season === null ? null : checkDueDate(text, lang, today, season);
  const range = season === null ? null : dueDateWindow(today, season);
  return {
    iso: check?.iso ?? null,
    error: check?.error ? t(check.error.key, check.error.params ?? {}) : null,
    text,
    help: range ? t('dueDate.help', { earliest: formatIsoDate(range.earliest, lang), latest: formatIsoDate(range.latest, lang) }) : undefined,
    setText: setTyped,
  };
}

export function DueDateField({ id, label, due }: { id: string; label: string; due: DueDate }) {
  return (
    <TextInput
      id={id}
      data-testid={id}
      label={label}
      helperText={due.help}
      value={due.text}
      onChange={(e) => due.setText(e.target.value)}
      invalid={due.error !== null}
      errorText={due.error ?? undefined}
      aria-invalid={due.error !== null}
      autoComplete="off"
      spellCheck={false}
      required
    />
  );
}
