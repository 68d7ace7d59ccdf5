import { useTranslation } from 'react-i18next';
import { formatInteger, formatIsoDate } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { BulkRunPanel } from '../bulk-run/BulkRunPanel.tsx';
import type { BulkRun } from '../bulk-run/use-bulk-run.ts';
import { DueDateField, useDueDate } from '../DueDateField.tsx';
import type { ReviewRow } from './adjusted-rows.ts';

/**
 * The common due date and the send button (the bulk screens' BulkRunPanel in the allocation's
 * words). The due date is checked while typed against the window the central decides with (as in
 * the single offer dialog); sending asks first, naming how many offers go out and how many of
 * them are for a shorter berth.
 */
export function SendPanel({ season, toSend, offline, run, onSend }: { season: number; toSend: readonly ReviewRow[]; offline: boolean; run: BulkRun; onSend: (dueDate: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const due = useDueDate(season);
  const count = toSend.length;
  const shorter = toSend.filter((r) => r.shorter).length;
  const n = (value: number) => ({ count: value, formatted: formatInteger(value, lang) });

  return (
    <BulkRunPanel
      id="allocation"
      texts={{
        title: t('allocation.send.title'),
        button: t('allocation.send.button', n(count)),
        busy: t('allocation.send.busy'),
        nothing: t('allocation.send.nothing'),
        progressKey: 'allocation.send.progress',
        offline: t('allocation.offline'),
        confirmTitle: t('allocation.confirm.title'),
        confirmText: (dueDate) => t('allocation.confirm.text', { ...n(count), due: formatIsoDate(dueDate, lang) }),
        confirmSend: t('allocation.confirm.send', n(count)),
        cancel: t('allocation.confirm.cancel'),
        resultTitle: t('allocation.result.title'),
        resultDone: (o) => t('allocation.result.sent', n(o.done)),
        resultRefused: (o) => t('allocation.result.refused', n(o.refused.length)),
        resultLater: t('allocation.result.later'),
      }}
      dueField={<DueDateField id="allocation-due-date" label={t('allocation.send.dueDate')} due={due} />}
      dueDate={due.iso}
      count={count}
      run={run}
      offline={offline}
      confirmNotes={
        <>
          {shorter > 0 ? <p data-testid="allocation-confirm-shorter">{t('allocation.confirm.shorter', n(shorter))}</p> : null}
          {offline ? <p>{t('allocation.confirm.offline')}</p> : null}
        </>
      }
      doneAttribute="data-sent"
      onSend={onSend}
    />
  );
}
