import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyKey, keyboardRows, type KeyAction } from './keyboard-layout.ts';
import { useKeyboardTarget } from './keyboard-context.ts';

const LABEL_KEY: Partial<Record<KeyAction['kind'], string>> = {
  backspace: 'kiosk.keyboard.backspace',
  space: 'kiosk.keyboard.space',
  shift: 'kiosk.keyboard.shift',
  symbols: 'kiosk.keyboard.symbols',
  done: 'kiosk.keyboard.done',
};

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
    const { input } = target;
    const next = applyKey({ value: input.value, start: input.selectionStart ?? input.value.length, end: input.selectionEnd ?? input.value.length }, action, target.maxLength);
    target.setValue(next.value);
    // After React has written the value back, put the caret after the typed character.
    requestAnimationFrame(() => {
      input.focus();
      input.setSelectionRange(next.start, next.end);
    });
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
