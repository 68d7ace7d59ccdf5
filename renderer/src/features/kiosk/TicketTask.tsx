import { useState } from 'react';
import type { KioskTicketState } from '../../../../domain/kiosk/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { useKioskInvoke, useKioskQuery } from './kiosk-calls.ts';
import { useKiosk, useKt } from './kiosk-context.ts';
import { KioskError } from './KioskError.tsx';
import { TaskFrame } from './TaskFrame.tsx';

/**
 * A digital-help queue ticket: one press takes it; the number comes from the central and shows
 * large once the push has settled. Offline the ticket waits in the outbox and is numbered when the
 * line is back, and the screen says so.
 */
export function TicketTask({ onBack }: { onBack: () => void }) {
  const kt = useKt();
  const invoke = useKioskInvoke();
  const { home, language } = useKiosk();
  const [commandId, setCommandId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const servicePointId = home?.servicePoint?.id ?? null;

  async function take() {
    if (!servicePointId || busy) return;
    setBusy(true);
    setError(null);
    const r = await invoke('assist.issueTicket', { servicePointId, source: 'kiosk', topicHint: null, language });
    setBusy(false);
    if (r.ok) setCommandId((r.value as { commandId: string }).commandId);
    else setError(r.error);
  }

  return (
    <TaskFrame title={kt('kiosk.ticket.title')} onBack={onBack} testId="kiosk-ticket-task">
      {commandId ? (
        <TicketShown commandId={commandId} onDone={onBack} />
      ) : (
        <div className="kiosk-panel">
          <p className="kiosk-lead">{kt('kiosk.ticket.intro')}</p>
          {home ? <p data-testid="kiosk-queue-waiting">{kt('kiosk.ticket.waiting', { count: home.queue.waiting })}</p> : null}
          {home?.queue.estimatedWaitMin != null ? <p>{kt('kiosk.ticket.estimate', { minutes: home.queue.estimatedWaitMin })}</p> : null}
          <KioskError error={error} />
          <button type="button" className="kiosk-button kiosk-button--primary kiosk-button--large" disabled={!servicePointId || busy} onClick={() => void take()} data-testid="kiosk-take-ticket">
            {kt('kiosk.ticket.take')}
          </button>
        </div>
      )}
    </TaskFrame>
  );
}

function TicketShown({ commandId, onDone }: { commandId: string; onDone: () => void }) {
  const kt = useKt();
  const { data } = useKioskQuery<KioskTicketState>('kiosk.ticket', { commandId });
  const phase = data?.phase ?? 'queued';
  return (
    <div className="kiosk-panel kiosk-ticket" data-testid="kiosk-ticket" data-phase={phase} aria-live="polite">
      {data?.label ? (
        <>
          <p className="kiosk-lead">{kt('kiosk.ticket.yourNumber')}</p>
          <p className="kiosk-ticket__number" data-testid="kiosk-ticket-number">
            {data.label}
          </p>
          {data.position != null ? <p>{kt('kiosk.ticket.position', { count: data.position })}</p> : null}
          {data.estimatedWaitMin != null ? <p>{kt('kiosk.ticket.estimate', { minutes: data.estimatedWaitMin })}</p> : null}
          {phase === 'called' ? <p className="kiosk-ticket__called">{kt('kiosk.ticket.called')}</p> : null}
          <p>{kt('kiosk.ticket.remember')}</p>
        </>
      ) : phase === 'refused' ? (
        <p role="alert">{kt('kiosk.ticket.refused')}</p>
      ) : (
        <p data-testid="kiosk-ticket-queued">{kt(data ? 'kiosk.ticket.queued' : 'kiosk.ticket.sending')}</p>
      )}
      <button type="button" className="kiosk-button kiosk-button--primary" onClick={onDone} data-testid="kiosk-ticket-done">
        {kt('kiosk.done')}
      </button>
    </div>
  );
}
