import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../domain/culture-kids/contract.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkImportTicketCodesMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { parseTicketCodes } from './ticket-codes.ts';

/** External ticket codes by paste or from a CSV file: how many will be imported, and how many repeat. */
export function TicketCodesDialog({ event, onClose }: { event: EventView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [importCodes] = useCkImportTicketCodesMutation();
  const [text, setText] = useState('');
  const parsed = parseTicketCodes(text);
  return (
    <ConfirmDialog
      isOpen
      title={t('cultureKids.program.importTitle')}
      text={localized(event.event.name, lang)}
      confirmLabel={t('cultureKids.program.importConfirm')}
      testId="ck-codes-dialog"
      confirmTestId="ck-codes-confirm"
      confirmDisabled={parsed.codes.length === 0}
      blockedReason={t('cultureKids.program.importEmpty')}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await importCodes({ eventId: event.event.id, codes: parsed.codes }));
        if (!err) dispatch(announce({ key: 'cultureKids.program.importDone', params: { count: parsed.codes.length } }));
        return err;
      }}
    >
      <div className="ck-form">
        <div className="field">
          <label htmlFor="ck-codes-text">{t('cultureKids.program.importPaste')}</label>
          <textarea id="ck-codes-text" data-testid="ck-codes-text" className="native-input" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="ck-codes-file">{t('cultureKids.program.importFile')}</label>
          <input
            id="ck-codes-file"
            data-testid="ck-codes-file"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then((content) => setText((s) => (s.trim() ? `${s}\n${content}` : content)));
            }}
          />
        </div>
        <p role="status" aria-live="polite" data-testid="ck-codes-count" data-count={parsed.codes.length}>
          {t('cultureKids.program.importCount', { count: parsed.codes.length })}
          {parsed.duplicates > 0 ? ` · ${t('cultureKids.program.importDuplicates', { count: parsed.duplicates })}` : ''}
        </p>
      </div>
    </ConfirmDialog>
  );
}
