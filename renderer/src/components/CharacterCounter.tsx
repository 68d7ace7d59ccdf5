import { TextArea } from 'hds-react';
import { useState, type ChangeEvent, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';

type TextAreaProps = ComponentProps<typeof TextArea>;

export type TextAreaWithCounterProps = Omit<TextAreaProps, 'value' | 'onChange' | 'maxLength' | 'helperText' | 'id'> & {
  id: string;
  value: string;
  /** The most the text may hold, in `string.length` units as the contract counts them. */
  max: number;
  onValueChange: (value: string) => void;
};

/**
 * A text area that shows how much of its limit is used and refuses, politely and aloud, any change
 * that would pass the limit. It never cuts: the browser's maxLength would silently drop the end of
 * a paste, so the change is refused as a whole and the user is told by how much it was over.
 */
export function TextAreaWithCounter({ id, value, max, onValueChange, ...rest }: TextAreaWithCounterProps) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [refusedLength, setRefusedLength] = useState<number | null>(null);

  function change(e: ChangeEvent<HTMLTextAreaElement>) {
    const next = e.target.value;
    // Not calling onValueChange leaves the controlled value as it was: React puts it back.
    if (next.length > max) {
      setRefusedLength(next.length);
      return;
    }
    setRefusedLength(null);
    onValueChange(next);
  }

  const limit = formatInteger(max, lang);
  let message = '';
  if (refusedLength !== null) message = t('notes.refused', { max: limit, n: formatInteger(refusedLength, lang) });
  else if (value.length >= max) message = t('notes.atLimit', { max: limit });

  return (
    <div className="text-with-counter">
      <TextArea
        {...rest}
        id={id}
        value={value}
        onChange={change}
        helperText={t('notes.counter', { n: formatInteger(value.length, lang), max: limit })}
      />
      {/* Present while empty, so that screen readers already watch it when a message comes. */}
      <p id={`${id}-limit`} className="text-with-counter__message" role="status" aria-live="polite" data-testid={`${id}-limit`}>
        {message}
      </p>
    </div>
  );
}
