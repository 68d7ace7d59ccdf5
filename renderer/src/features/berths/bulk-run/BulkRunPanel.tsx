import { Button, ButtonVariant } from 'hds-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { RunProgress } from '../../../components/RunProgress.tsx';
import { RunResult } from '../../../components/RunResult.tsx';
import { sendBlock, type BulkOutcome } from './bulk-run.ts';
import type { BulkRun } from './use-bulk-run.ts';
import '../allocation/allocation.css';

/** A bulk screen's own wording of the panel, already translated. */
export interface BulkRunTexts {
  /** The section's heading, for screen readers. */
  title: string;
  /** The send button, naming how many go. */
  button: string;
  busy: string;
  nothing: string;
  /** A text key with {{done}} and {{total}}. */
  progressKey: string;
  /** Given, a Stop button shows while the run goes. */
  stop?: string;
  offline: string;
  confirmTitle: string;
  confirmText: (dueDate: string) => string;
  confirmSend: string;
  cancel: string;
  resultTitle: string;
  resultDone: (outcome: BulkOutcome) => string;
  resultRefused: (outcome: BulkOutcome) => string;
  resultLater: string;
}

/**
 * The send block the bulk screens share (decision 47: the allocation proposal's offers, the season
 * renewal, the winter renewal): the common due date, the send button with why it is off, a
 * confirmation first, the run's progress (with Stop where the screen has one), what the desk is
 * still syncing, the result with the refused ones, and the offline note. `id` prefixes the
 * elements' ids and test ids (`${id}-send-button`, `${id}-result`…); `doneAttribute` names the
 * result's count of queued commands for a test.
 */
export function BulkRunPanel({
  id,
  texts,
  dueField,
  dueDate,
  count,
  run,
  offline,
  waiting = null,
  confirmNotes,
  doneAttribute,
  onSend,
}: {
  id: string;
  texts: BulkRunTexts;
  /** The screen's due date input. */
  dueField: ReactNode;
  /** The due date typed, when it is one the central takes. */
  dueDate: string | null;
  count: number;
  run: BulkRun;
  offline: boolean;
  /** Commands the central has still to answer, shown between runs. */
  waiting?: string | null;
  /** What the confirmation says beyond its text (who will need attention, offline). */
  confirmNotes?: ReactNode;
  doneAttribute: `data-${string}`;
  onSend: (dueDate: string) => void;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const { progress, outcome, busy } = run;
  const block = sendBlock({ busy, count, dueDate });
  const blocked = block === 'busy' ? texts.busy : block === 'nothing' ? texts.nothing : block === 'dueDate' ? t('offer.fixDueDate') : null;
  const blockedId = `${id}-send-blocked`;

  return (
    <section className="alloc-send" aria-labelledby={`${id}-send-title`} data-testid={`${id}-send`}>
      <h2 id={`${id}-send-title`} className="visually-hidden">
        {texts.title}
      </h2>
      <div className="alloc-send__row">
        {dueField}
        <div className="alloc-send__action">
          <Button data-testid={`${id}-send-button`} disabled={blocked !== null} aria-describedby={blocked ? blockedId : undefined} onClick={() => setAsking(true)}>
            {texts.button}
          </Button>
          {blocked ? (
            <p id={blockedId} className="dialog-blocked" data-testid={blockedId}>
              {blocked}
            </p>
          ) : null}
        </div>
        <div className="alloc-send__status" aria-live="polite">
          {progress ? (
            <>
              <RunProgress id={`${id}-progress-bar`} testId={`${id}-progress`} labelKey={texts.progressKey} done={progress.done} total={progress.total} />
              {texts.stop ? (
                <Button variant={ButtonVariant.Secondary} data-testid={`${id}-stop`} onClick={run.stop}>
                  {texts.stop}
                </Button>
              ) : null}
            </>
          ) : null}
          {!busy && waiting ? <p data-testid={`${id}-waiting`}>{waiting}</p> : null}
          {outcome ? (
            <RunResult
              title={texts.resultTitle}
              doneText={texts.resultDone(outcome)}
              refusedText={texts.resultRefused(outcome)}
              refused={outcome.refused}
              laterText={texts.resultLater}
              data={{ 'data-testid': `${id}-result`, [doneAttribute]: outcome.done, 'data-refused': outcome.refused.length, 'data-stopped': String(outcome.stopped) }}
            />
          ) : null}
        </div>
      </div>
      {offline ? (
        <p className="alloc-note" role="status" data-testid={`${id}-offline`}>
          {texts.offline}
        </p>
      ) : null}
      {asking && dueDate ? (
        <ConfirmDialog
          isOpen
          title={texts.confirmTitle}
          text={texts.confirmText(dueDate)}
          confirmLabel={texts.confirmSend}
          cancelLabel={texts.cancel}
          testId={`${id}-confirm`}
          confirmTestId={`${id}-confirm-send`}
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            onSend(dueDate);
            return null;
          }}
        >
          {confirmNotes}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
