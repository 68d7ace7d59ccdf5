import { Button } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { RunProgress } from '../../../components/RunProgress.tsx';
import { RunResult } from '../../../components/RunResult.tsx';
import { formatInteger, formatIsoDate } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { DueDateField, useDueDate } from '../DueDateField.tsx';
import type { ReviewRow } from './adjusted-rows.ts';
import type { SendOutcome } from './send-offers.ts';

/**
 * The common due date and the send button. The due date is checked while typed against the window
 * the central decides with (as in the single offer dialog); sending asks first, naming how many
 * offers go out and how many of them are for a shorter berth.
 */
export function SendPanel({
  season,
  toSend,
  offline,
  progress,
  result,
  onSend,
}: {
  season: number;
  toSend: readonly ReviewRow[];
  offline: boolean;
  progress: { done: number; total: number } | null;
  result: SendOutcome | null;
  onSend: (dueDate: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const due = useDueDate(season);
  const [asking, setAsking] = useState(false);
  const dueError = due.error;
  const count = toSend.length;
  const shorter = toSend.filter((r) => r.shorter).length;
  const blocked = progress !== null ? t('allocation.send.busy') : count === 0 ? t('allocation.send.nothing') : dueError ? t('offer.fixDueDate') : null;

  return (
    <section className="alloc-send" aria-labelledby="alloc-send-title" data-testid="allocation-send">
      <h2 id="alloc-send-title" className="visually-hidden">
        {t('allocation.send.title')}
      </h2>
      <div className="alloc-send__row">
        <DueDateField id="allocation-due-date" label={t('allocation.send.dueDate')} due={due} />
        <div className="alloc-send__action">
          <Button
            data-testid="allocation-send-button"
            disabled={blocked !== null}
            aria-describedby={blocked ? 'alloc-send-blocked' : undefined}
            onClick={() => setAsking(true)}
          >
            {t('allocation.send.button', { count, formatted: formatInteger(count, lang) })}
          </Button>
          {blocked ? (
            <p id="alloc-send-blocked" className="dialog-blocked" data-testid="allocation-send-blocked">
              {blocked}
            </p>
          ) : null}
        </div>
        <div className="alloc-send__status" aria-live="polite">
        {progress ? (
          <RunProgress id="allocation-progress-bar" testId="allocation-progress" labelKey="allocation.send.progress" done={progress.done} total={progress.total} />
        ) : null}
        {result ? (
          <RunResult
            title={t('allocation.result.title')}
            doneText={t('allocation.result.sent', { count: result.sent.length, formatted: formatInteger(result.sent.length, lang) })}
            refusedText={t('allocation.result.refused', { count: result.refused.length, formatted: formatInteger(result.refused.length, lang) })}
            refused={result.refused.map((r) => ({ key: r.applicationId, label: r.reference, error: r.error }))}
            laterText={t('allocation.result.later')}
            data={{ 'data-testid': 'allocation-result', 'data-sent': result.sent.length, 'data-refused': result.refused.length }}
          />
        ) : null}
        </div>
      </div>
      {offline ? (
        <p className="alloc-note" role="status" data-testid="allocation-offline">
          {t('allocation.offline')}
        </p>
      ) : null}
      {asking && due.iso ? (
        <ConfirmDialog
          isOpen
          title={t('allocation.confirm.title')}
          text={t('allocation.confirm.text', { count, formatted: formatInteger(count, lang), due: formatIsoDate(due.iso, lang) })}
          confirmLabel={t('allocation.confirm.send', { count, formatted: formatInteger(count, lang) })}
          cancelLabel={t('allocation.confirm.cancel')}
          testId="allocation-confirm"
          confirmTestId="allocation-confirm-send"
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            if (due.iso) onSend(due.iso);
            return null;
          }}
        >
          {shorter > 0 ? <p data-testid="allocation-confirm-shorter">{t('allocation.confirm.shorter', { count: shorter, formatted: formatInteger(shorter, lang) })}</p> : null}
          {offline ? <p>{t('allocation.confirm.offline')}</p> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
