import { useEffect, useId, useRef } from 'react';
import { useKeyboardTarget } from './keyboard-context.ts';

/**
 * A large text field for the kiosk: no autofill or spelling history (nothing a next customer
 * could pull up), and the on-screen keyboard types into it once touched.
 */
export function KioskField({
  label,
  value,
  onChange,
  inputMode,
  maxLength = 200,
  required = false,
  hint,
  error,
  testId,
  multiline = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The keys a system keyboard offers. The field itself is always plain text, so the on-screen keyboard can place its caret (an e-mail field has none to place). */
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  maxLength?: number;
  required?: boolean;
  hint?: string;
  error?: string | null;
  testId: string;
  multiline?: boolean;
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const { setTarget } = useKeyboardTarget();
  // A field that goes (a request sent, a task left) takes the keyboard with it.
  useEffect(() => {
    const field = ref.current;
    return () => setTarget((target) => (target?.input === field ? null : target));
  }, [setTarget]);
  // The field being typed into, with its hint and message, stays above the on-screen keyboard
  // (kiosk.css keeps room for it below the field): once the keyboard is drawn, and when a message
  // appears under the field as the customer types.
  const bringIntoView = () =>
    requestAnimationFrame(() => {
      const field = box.current;
      if (!field) return;
      field.scrollIntoView({ block: 'nearest' });
      // Typing into a form's last field, the customer's next touch is its send button: it came to
      // rest under the keyboard, so it is brought up with the field (the field stays in view).
      const form = field.closest('form');
      const send = form?.querySelector<HTMLElement>('button[type="submit"]');
      if (!form || !send || [...form.querySelectorAll('.kiosk-field')].at(-1) !== field) return;
      send.scrollIntoView({ block: 'nearest' });
      // At the largest text the two may not fit above the keyboard: then the field wins.
      if (field.getBoundingClientRect().top < 0) field.scrollIntoView({ block: 'nearest' });
    });
  const showKeyboard = () => {
    if (!ref.current) return;
    setTarget({ input: ref.current, maxLength, setValue: onChange });
    bringIntoView();
  };
  useEffect(() => {
    if (error && document.activeElement === ref.current) bringIntoView();
  }, [error]);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    ref,
    value,
    maxLength,
    required,
    autoComplete: 'off',
    autoCorrect: 'off',
    spellCheck: false,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    'data-testid': testId,
    className: 'kiosk-field__input',
    onFocus: showKeyboard,
    // A touch on the field it is already in brings back a keyboard the customer put away.
    onClick: showKeyboard,
  } as const;
  return (
    <div ref={box} className={`kiosk-field${error ? ' kiosk-field--error' : ''}`}>
      <label htmlFor={id} className="kiosk-field__label">
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="kiosk-field__hint">
          {hint}
        </span>
      ) : null}
      {multiline ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} /> : <input {...common} type="text" inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />}
      {error ? (
        <span id={`${id}-error`} className="kiosk-field__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
