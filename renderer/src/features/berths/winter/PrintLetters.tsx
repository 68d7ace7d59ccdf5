import { Button, ButtonSize, ButtonVariant, IconPrinter, LoadingSpinner } from 'hds-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StickerLetterRow } from '../../../../../domain/berths/winter-contract.ts';
import { useExport } from '../../../files/use-export.ts';

/** The printout the core makes (main/core/files/berths/sticker-letters-print.ts). */
export const STICKER_LETTERS_DOCUMENT = 'berths.stickerLetters';

/**
 * Prints the letters as one PDF through the files capability, and says which ones it printed
 * once the file is with the user: those are the ones to mark posted. `all`: no letter is chosen,
 * and the printout takes every letter the list holds. A sticker the central has not confirmed
 * yet is left out (its number may still change), and the page says so.
 */
export function PrintLetters({
  letters,
  all,
  unposted,
  onPrinted,
}: {
  letters: StickerLetterRow[];
  all: boolean;
  /** Printed letters still on the list: once they are marked posted, the printout's note has done its job. */
  unposted: number;
  onPrinted: (leaseIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const { state, run } = useExport();
  const [printing, setPrinting] = useState<string[]>([]);
  const busy = state.phase === 'making' || state.phase === 'delivering';
  const printable = letters.filter((l) => !l.pending);
  const waiting = letters.length - printable.length;

  useEffect(() => {
    if (state.phase === 'done' && state.saved) onPrinted(printing);
  }, [state, printing, onPrinted]);

  function print() {
    const ids = printable.map((l) => l.leaseId);
    setPrinting(ids);
    void run({ kind: 'pdf', documentId: STICKER_LETTERS_DOCUMENT, params: { winter: null, leaseIds: all ? null : ids } });
  }

  return (
    <span className="kuva-export" data-testid="sticker-letters-print">
      <Button variant={ButtonVariant.Primary} size={ButtonSize.Small} iconStart={<IconPrinter aria-hidden />} disabled={busy || printable.length === 0} onClick={print} data-testid="sticker-letters-print-button">
        {all ? t('winter.letters.printAll') : t('winter.letters.printSelected', { count: printable.length })}
      </Button>
      {waiting > 0 ? (
        <span className="muted" data-testid="sticker-letters-unconfirmed">
          {t('winter.letters.unconfirmed', { count: waiting })}
        </span>
      ) : null}
      <span role="status" aria-live="polite" data-testid="sticker-letters-print-status" data-phase={state.phase}>
        {busy ? <LoadingSpinner small loadingText={t(`files.${state.phase}`)} loadingFinishedText={t('files.finished')} /> : null}
        {busy ? t(`files.${state.phase}`) : null}
        {state.phase === 'done' ? (!state.saved ? t('files.cancelled') : unposted > 0 ? t('winter.letters.printed', { count: unposted }) : null) : null}
      </span>
      {state.phase === 'failed' ? (
        <span role="alert" data-testid="sticker-letters-print-error" data-code={state.error.code}>
          {t('files.failed', { reason: t(`errors.${state.error.code}`, { defaultValue: t('errors.internal') }) })}
        </span>
      ) : null}
    </span>
  );
}
