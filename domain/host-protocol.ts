/**
 * The browser host serves the renderer and the contract on 127.0.0.1. The page proves it was
 * opened from the printed URL by sending the start secret with every call.
 */
export const HOST_KEY_PARAM = 'k';
export const HOST_KEY_HEADER = 'x-kuva-key';
export const HOST_RPC_PATH = '/rpc';
export const HOST_EVENTS_PATH = '/events';

/**
 * The host writes a comment line on every open event stream this often, and a page that hears
 * nothing for HOST_SILENCE_LIMIT_MS takes its host as lost (a stopped process also closes the
 * stream at once; the silence covers a host that hangs). Three missed beats, so a busy machine
 * does not raise a false alarm.
 */
export const HOST_HEARTBEAT_MS = 5_000;
export const HOST_SILENCE_LIMIT_MS = 3 * HOST_HEARTBEAT_MS;

/** Electron IPC: one request channel (invoke/handle) and one event channel (main -> renderer). */
export const IPC_INVOKE_CHANNEL = 'kuva:invoke';
export const IPC_EVENT_CHANNEL = 'kuva:event';

/**
 * The Content-Security-Policy every host (Electron's app:// protocol and the browser host) sends
 * with the renderer. One definition, so the two hosts cannot drift apart.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;
export const CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY_DIRECTIVES.join('; ');
