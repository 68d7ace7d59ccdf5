import { useState } from 'react';
import type { AppError } from '../../../../domain/result.ts';
import { useKioskInvoke } from './kiosk-calls.ts';
import { useKiosk, useKt } from './kiosk-context.ts';
import { KioskError } from './KioskError.tsx';
import { RequestState } from './RequestState.tsx';
import { TaskFrame } from './TaskFrame.tsx';

/** Ask for staff: one press; staff see it in their queue at once (the event stream carries it). */
export function StaffHelpTask({ onBack }: { onBack: () => void }) {
  const kt = useKt();
  const invoke = useKioskInvoke();
  const { home, language } = useKiosk();
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const servicePointId = home?.servicePoint?.id ?? null;
  const kioskId = home?.terminal.id ?? null;

  async function ask() {
    if (!servicePointId || !kioskId || busy) return;
    setBusy(true);
    // The contract names the terminal that asks (the core puts its own there, whatever comes).
    const r = await invoke('assist.requestHelp', { servicePointId, kioskId, language });
    setBusy(false);
    if (r.ok) setSent((r.value as { commandId: string }).commandId);
    else setError(r.error);
  }

  return (
    <TaskFrame title={kt('kiosk.staff.title')} onBack={onBack} testId="kiosk-staff-task">
      <div className="kiosk-panel">
        {sent ? (
          <>
            <RequestState commandId={sent} textKey="kiosk.staff.sent" />
            <button type="button" className="kiosk-button kiosk-button--primary" onClick={onBack} data-testid="kiosk-sent-done">
              {kt('kiosk.done')}
            </button>
          </>
        ) : (
          <>
            <p className="kiosk-lead">{kt('kiosk.staff.intro')}</p>
            <KioskError error={error} />
            <button type="button" className="kiosk-button kiosk-button--primary kiosk-button--large" disabled={!servicePointId || !kioskId || busy} onClick={() => void ask()} data-testid="kiosk-ask-staff">
              {kt('kiosk.staff.ask')}
            </button>
          </>
        )}
      </div>
    </TaskFrame>
  );
}
