/**
 * The on-screen keyboard (brief assistance-kiosk 2.5 item 8): the Finnish and Swedish layout, so
 * å, ä and ö sit where a Nordic customer expects them. A key either types its character or edits.
 */
export type KeyAction = { kind: 'char'; char: string } | { kind: 'backspace' } | { kind: 'space' } | { kind: 'shift' } | { kind: 'symbols' } | { kind: 'done' };

const LETTERS = ['1234567890+', 'qwertyuiopå', 'asdfghjklöä', 'zxcvbnm,.-'];
const SYMBOLS = ['1234567890+', '@#&/()"\'!?', '_:;=*%€$', '<>[]{}|~^'];

export function keyboardRows(shift: boolean, symbols: boolean): KeyAction[][] {
  const rows = (symbols ? SYMBOLS : LETTERS).map((row) => [...row].map((c): KeyAction => ({ kind: 'char', char: shift && !symbols ? c.toLocaleUpperCase('fi') : c })));
  rows[rows.length - 1]!.unshift({ kind: 'shift' });
  rows[rows.length - 1]!.push({ kind: 'backspace' });
  rows.push([{ kind: 'symbols' }, { kind: 'space' }, { kind: 'done' }]);
  return rows;
}

export interface FieldText {
  value: string;
  /** Caret (selection start and end) in UTF-16 units, as the input reports it. */
  start: number;
  end: number;
}

/** The field after a key: typing replaces the selection; backspace removes it or the character before the caret. */
export function applyKey(field: FieldText, action: KeyAction, maxLength = Infinity): FieldText {
  const start = Math.max(0, Math.min(field.start, field.value.length));
  const end = Math.max(start, Math.min(field.end, field.value.length));
  const insert = (text: string): FieldText => {
    const before = field.value.slice(0, start);
    const after = field.value.slice(end);
    if (before.length + text.length + after.length > maxLength) return field;
    return { value: before + text + after, start: start + text.length, end: start + text.length };
  };
  switch (action.kind) {
    case 'char':
      return insert(action.char);
    case 'space':
      return insert(' ');
    case 'backspace': {
      if (start !== end) return { value: field.value.slice(0, start) + field.value.slice(end), start, end: start };
      if (start === 0) return field;
      // Step over a whole surrogate pair (an emoji pasted in), never leaving half of one.
      const cut = start >= 2 && /[\uDC00-\uDFFF]/.test(field.value[start - 1]!) && /[\uD800-\uDBFF]/.test(field.value[start - 2]!) ? 2 : 1;
      return { value: field.value.slice(0, start - cut) + field.value.slice(end), start: start - cut, end: start - cut };
    }
    default:
      return field;
  }
}
