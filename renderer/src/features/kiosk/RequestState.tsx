import type { KioskRequestState } from '../../../../domain/kiosk/contract.ts';
import { useKioskQuery } from './kiosk-calls.ts';
import { useKt } from './kiosk-context.ts';

/**
 * Where a sent request is: waiting in the kiosk's outbox, accepted by the central, or refused.
 * The request's content is no longer on the screen; only this follows it. A refusal reads as its
 * reason where `refusalKey` has a text for the central's code, else as the request's general one;
 * the central's own message (English, for staff) is never shown.
 */
export function RequestState({ commandId, textKey, refusalKey }: { commandId: string; textKey: string; refusalKey?: (code: string) => string | null }) {
  const kt = useKt();
  const { data } = useKioskQuery<KioskRequestState>('kiosk.request', { commandId });
  const phase = data?.phase ?? 'queued';
  const code = phase === 'refused' ? (data?.refusal?.code ?? null) : null;
  const key = phase === 'applied' ? `${textKey}.applied` : phase === 'refused' ? ((code !== null ? refusalKey?.(code) : null) ?? `${textKey}.refused`) : `${textKey}.queued`;
  return (
    <div className="kiosk-sent" data-testid="kiosk-request-state" data-phase={phase} data-code={code ?? undefined} aria-live="polite">
      <p className="kiosk-lead">{kt(key)}</p>
    </div>
  );
}
