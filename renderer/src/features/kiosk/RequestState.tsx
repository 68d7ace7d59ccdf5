import type { KioskRequestState } from '../../../../domain/kiosk/contract.ts';
import { useKioskQuery } from './kiosk-calls.ts';
import { useKt } from './kiosk-context.ts';

/**
 * Where a sent request is: waiting in the kiosk's outbox, accepted by the central, or refused.
 * The request's content is no longer on the screen; only this follows it.
 */
export function RequestState({ commandId, textKey }: { commandId: string; textKey: string }) {
  const kt = useKt();
  const { data } = useKioskQuery<KioskRequestState>('kiosk.request', { commandId });
  const phase = data?.phase ?? 'queued';
  return (
    <div className="kiosk-sent" data-testid="kiosk-request-state" data-phase={phase} aria-live="polite">
      <p className="kiosk-lead">{kt(`${textKey}.${phase === 'applied' ? 'applied' : phase === 'refused' ? 'refused' : 'queued'}`)}</p>
    </div>
  );
}
