import { useTranslation } from 'react-i18next';
import type { ApplicationChange } from '../../../../../domain/berths/application-edit-schema.ts';
import type { Localized } from '../../../../../domain/languages.ts';
import { useListHarboursQuery } from '../../../api/kuva-api.ts';
import { localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { changeLines } from './change-lines.ts';
import './application-edit.css';

/** An `edited` event's change log in the history: one line per field, before → after. */
export function EditedChanges({ changes, choiceNames }: { changes: readonly ApplicationChange[]; choiceNames: readonly { harbourId: string; name: Localized }[] }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const harbours = useListHarboursQuery();
  const harbourName = (id: string) => {
    const h = harbours.data?.find((x) => x.id === id) ?? choiceNames.find((c) => c.harbourId === id);
    return h ? localized(h.name, lang) : id;
  };
  return (
    <ul className="history__changes" aria-label={t('applicationEdit.log.changes')} data-testid="history-changes">
      {changeLines(changes, t, lang, harbourName).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
