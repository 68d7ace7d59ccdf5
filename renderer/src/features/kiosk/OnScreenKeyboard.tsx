import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyKey, keyboardRows, type FieldText, type KeyAction } from './keyboard-layout.ts';
import { useKeyboardTarget } from './keyboard-context.ts';

const LABEL_KEY: Partial<Record<KeyAction['kind'], string>> = {
  backspace: 'kiosk.keyboard.backspace',
  space: 'kiosk.keyboard.space',
  shift: 'kiosk.keyboard.shift',
  symbols: 'kiosk.keyboard.symbols',
  done: 'kiosk.keyboard.done',
};

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** The field's text and caret; a field without a caret to read gets its text at the end. */
function readField(input: TextField): FieldText {
  const end = input.value.length;
  return { value: input.value, start: input.selectionStart ?? end, end: input.selectionEnd ?? end };
}

/** The key's result, in the field at once: no later frame can move the caret or the focus of a field the customer has since left. */
function writeField(input: TextField, next: FieldText): void {
  input.value = next.value;
  if (input.selectionStart !== null) input.setSelectionRange(next.start, next.end);
  if (document.activeElement !== input) input.focus();
}

/**
 * The on-screen keyboard with å, ä and ö under the field a customer is filling. Its keys never
 * take the focus from the field (pointerdown is cancelled), so the caret stays where it was.
 */
export function OnScreenKeyboard() {
  const { t } = useTranslation();
  const { target, setTarget } = useKeyboardTarget();
  const [shift, setShift] = useState(false);
  const [symbols, setSymbols] = useState(false);
  if (!target) return null;

  const press = (action: KeyAction) => {
    if (action.kind === 'shift') return setShift((s) => !s);
    if (action.kind === 'symbols') return setSymbols((s) => !s);
    if (action.kind === 'done') return setTarget(null);
    const next = applyKey(readField(target.input), action, target.maxLength);
    writeField(target.input, next);
    // The field keeps this text and caret: it takes the form's value only when that differs.
    target.setValue(next.value);
    if (shift && action.kind === 'char') setShift(false);
  };

  return (
    <div className="kiosk-keyboard" role="group" aria-label={t('kiosk.keyboard.label')} data-testid="kiosk-keyboard">
      {keyboardRows(shift, symbols).map((row, i) => (
        <div className="kiosk-keyboard__row" key={i}>
          {row.map((action, j) => (
            <button
              key={j}
              type="button"
              className={`kiosk-keyboard__key kiosk-keyboard__key--${action.kind}`}
              aria-pressed={action.kind === 'shift' ? shift : action.kind === 'symbols' ? symbols : undefined}
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => press(action)}
              data-testid={action.kind === 'char' ? `kiosk-key-${action.char}` : `kiosk-key-${action.kind}`}
            >
              {action.kind === 'char' ? action.char : t(LABEL_KEY[action.kind]!)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
