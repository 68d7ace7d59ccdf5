import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_MEDIA_TYPES, MAX_DOCUMENT_BYTES, type DocumentPurpose, type DocumentRef } from '../../../domain/documents/document.ts';
import type { AppError } from '../../../domain/result.ts';
import { useWindowInvoke } from '../api/use-window-invoke.ts';
import { useErrorText } from '../components/StateViews.tsx';
import { formatFileSize } from '../format/format.ts';
import { asLanguage } from '../format/locale.ts';
import { fileAsBase64 } from './document-bytes.ts';
import './documents.css';

const ACCEPT = [...DOCUMENT_MEDIA_TYPES, '.pdf', '.jpg', '.jpeg', '.png'].join(',');

/**
 * Attaches a scan to a record being edited: the chosen file goes to the core, which checks its
 * bytes and keeps it in the cache until the sync uploads it, so it works offline. `value` is what
 * the record will point at once the form is saved; removing only clears the choice.
 */
export function DocumentPicker({
  purpose,
  label,
  value,
  onChange,
  disabled = false,
  testId = 'document-picker',
}: {
  purpose: DocumentPurpose;
  label: string;
  value: DocumentRef | null;
  onChange: (ref: DocumentRef | null) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const invoke = useWindowInvoke();
  const errorText = useErrorText();
  const id = useId().replace(/:/g, '');
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ code: AppError['code']; text: string } | null>(null);

  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file || !invoke) return;
    setError(null);
    // Told at once, before a large file is read: the core would refuse it the same way.
    if (file.size > MAX_DOCUMENT_BYTES) return setError({ code: 'document_invalid', text: t('files.document.tooLarge', { size: formatFileSize(MAX_DOCUMENT_BYTES, lang) }) });
    if (file.size === 0) return setError({ code: 'document_invalid', text: t('files.document.empty') });
    setBusy(true);
    const attached = await invoke('documents.attach', { purpose, fileName: file.name, dataBase64: await fileAsBase64(file) });
    setBusy(false);
    if (!attached.ok) return setError({ code: attached.error.code, text: errorText(attached.error) });
    onChange(attached.value);
  }

  const helpId = `${id}-help`;
  return (
    <div className="document-picker" data-testid={testId} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="document-picker__label">
        {label}
      </span>
      {value ? (
        <span className="document-picker__chosen">
          <span data-testid={`${testId}-file`}>{t('files.document.chosen', { name: value.fileName, size: formatFileSize(value.size, lang) })}</span>
          <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={disabled} onClick={() => onChange(null)} data-testid={`${testId}-remove`} aria-label={t('files.document.removeNamed', { name: value.fileName })}>
            {t('files.document.remove')}
          </Button>
        </span>
      ) : (
        <span className="document-picker__choose">
          {/* The browser's own file button speaks the browser's language: ours opens the same dialog. */}
          <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} disabled={disabled || busy} aria-describedby={helpId} onClick={() => input.current?.click()} data-testid={`${testId}-choose`}>
            {t('files.document.choose')}
          </Button>
          <input
            ref={input}
            className="document-picker__input"
            type="file"
            accept={ACCEPT}
            tabIndex={-1}
            aria-hidden
            disabled={disabled || busy}
            onChange={(e) => void choose(e)}
            data-testid={`${testId}-input`}
          />
        </span>
      )}
      <span id={helpId} className="document-picker__help">
        {t('files.document.help', { size: formatFileSize(MAX_DOCUMENT_BYTES, lang) })}
      </span>
      <span role="status" aria-live="polite" className="document-picker__status">
        {busy ? t('files.document.reading') : ''}
      </span>
      {error ? (
        <span role="alert" className="document-picker__error" data-testid={`${testId}-error`} data-code={error.code}>
          {error.text}
        </span>
      ) : null}
    </div>
  );
}
