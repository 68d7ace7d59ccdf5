import { Checkbox, TextArea, TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from './master-data-form.ts';

/** A text field whose problem shows as soon as the user has typed in it (or tried to save). */
export function Field({
  id,
  label,
  value,
  onChange,
  problem,
  shown,
  helperText,
  required,
  inputMode,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem: Problem | undefined;
  shown: boolean;
  helperText?: string;
  required?: boolean;
  inputMode?: 'decimal' | 'numeric' | 'url' | 'text';
}) {
  const { t } = useTranslation();
  const error = shown && problem ? t(problem.key, problem.params ?? {}) : undefined;
  return (
    <TextInput
      id={id}
      data-testid={id}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      invalid={error !== undefined}
      errorText={error}
      aria-invalid={error !== undefined}
      helperText={helperText}
      required={required}
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={false}
    />
  );
}

/** A comment or other longer text, its problem shown like a field's once touched. */
export function CommentField({ id, label, value, onChange, problem, shown }: { id: string; label: string; value: string; onChange: (value: string) => void; problem: Problem | undefined; shown: boolean }) {
  const { t } = useTranslation();
  const error = shown && problem ? t(problem.key, problem.params ?? {}) : undefined;
  return <TextArea id={id} data-testid={id} label={label} value={value} onChange={(e) => onChange(e.target.value)} invalid={error !== undefined} errorText={error} rows={2} />;
}

export function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return <Checkbox id={id} data-testid={id} label={label} checked={checked} onChange={(e) => onChange(e.target.checked)} />;
}

/**
 * A form's state with the fields the user has typed in: a field's problem shows once it is
 * touched (the record it starts from was valid, so an untouched field has none to show).
 */
export function useTouchedForm<T extends object>(initial: () => T) {
  const [form, setForm] = useState<T>(initial);
  const [touched, setTouched] = useState<ReadonlySet<keyof T>>(new Set());
  const set = <F extends keyof T>(field: F, value: T[F]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((s) => new Set(s).add(field));
  };
  return { form, set, shown: (field: keyof T) => touched.has(field) };
}
