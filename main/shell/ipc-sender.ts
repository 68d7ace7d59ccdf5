import { isAppUrl } from './app-origin.ts';

/** The parts of an IpcMainInvokeEvent the check reads (structural, so tests need no Electron). */
export interface IpcSenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
  sender: unknown;
}

export type SenderCheck = { ok: true } | { ok: false; reason: string };

/**
 * VS Code-style sender validation: the message must come from the top frame of a window we
 * created, showing our app origin. A destroyed frame, a subframe or any other origin is refused.
 */
export function checkIpcSender(
  event: IpcSenderEvent,
  windowIdOf: (sender: unknown) => number | null,
  trustedWindowIds: ReadonlySet<number>,
): SenderCheck {
  const frame = event.senderFrame;
  if (!frame) return { ok: false, reason: 'no sender frame' };
  if (frame.parent !== null) return { ok: false, reason: 'not the top frame' };
  if (!isAppUrl(frame.url)) return { ok: false, reason: 'foreign origin' };
  const windowId = windowIdOf(event.sender);
  if (windowId === null || !trustedWindowIds.has(windowId)) return { ok: false, reason: 'unknown window' };
  return { ok: true };
}
