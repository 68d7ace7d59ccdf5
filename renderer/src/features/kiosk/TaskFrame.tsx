import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A task's screen: its heading, a way back to the tiles, and the task itself. */
export function TaskFrame({ title, onBack, children, testId }: { title: string; onBack: () => void; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  return (
    <main className="kiosk-task" id="main" data-testid={testId}>
      <div className="kiosk-task__head">
        <button type="button" className="kiosk-button kiosk-button--secondary" onClick={onBack} data-testid="kiosk-back">
          {t('kiosk.back')}
        </button>
        <h1>{title}</h1>
      </div>
      <div className="kiosk-task__body">{children}</div>
    </main>
  );
}
