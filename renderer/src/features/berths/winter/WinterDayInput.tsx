import { TextInput } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { DayCheck } from './winter-dates.ts';

/**
 * A day typed in the user's way (1.2.2027), with its help and, once it is wrong, why: the due
 * dates of the winter invoices and the end date of a termination.
 */
export function WinterDayInput({ id, label, help, text, onText, check }: { id: string; label: string; help: string | undefined; text: string; onText: (text: string) => void; check: DayCheck }) {
  const { t } = useTranslation();
  const error = check.error ? t(check.error.key, check.error.params ?? {}) : null;
  return (
    <TextInput
      id={id}
      data-testid={id}
      label={label}
      helperText={help}
      value={text}
      onChange={(e) => onText(e.target.value)}
      invalid={error !== null}
      errorText={error ?? undefined}
      autoComplete="off"
      spellCheck={false}
      required
    />
  );
}
