import { useState } from 'react';

/** What a field's text reads as: a value, nothing (an empty field), or not a value at all. */
export type ReadResult<T> = { ok: true; value: T | undefined } | { ok: false };

/**
 * A value typed in the user's format (a day, a sum of money); applied when it reads as one (Enter
 * or leaving the field). Until then the typed text stays as typed, with `error` while it does not read.
 */
export function TypedField<T>({
  id,
  label,
  className,
  inputMode,
  value,
  show,
  read,
  error,
  onChange,
}: {
  id: string;
  label: string;
  className: string;
  inputMode?: 'decimal';
  value: T | undefined;
  /** The value as the field shows it. */
  show: (value: T) => string;
  read: (text: string) => ReadResult<T>;
  error: string;
  onChange: (value: T | undefined) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? (value === undefined ? '' : show(value));
  const parsed = typed === null ? null : read(typed);
  const invalid = parsed !== null && !parsed.ok;
  const apply = () => {
    if (!parsed?.ok) return;
    onChange(parsed.value);
    setTyped(null);
  };
  return (
    <div className={`field ${className}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        data-testid={id}
        className="native-input"
        value={text}
        inputMode={inputMode}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
        autoComplete="off"
        onChange={(e) => setTyped(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === 'Enter' && apply()}
      />
      {invalid ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
