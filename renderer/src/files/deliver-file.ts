import { HOST_DOWNLOAD_PATH, HOST_USER_HEADER, type ExportedFile, type KuvaApi, type SessionInfo } from '../../../domain/contract.ts';
import { HOST_KEY_HEADER } from '../../../domain/host-protocol.ts';
import type { AppError, Result } from '../../../domain/result.ts';
import { isErrorCode } from '../../../domain/errors.ts';

export interface DeliveryEnvironment {
  invoke: KuvaApi['invoke'];
  /** The browser host's key (null in Electron). */
  hostKey: string | null;
  fetch: typeof fetch;
  /** Hands a downloaded file to the browser's own download (an <a download> click). */
  saveBlob: (blob: Blob, name: string) => void;
}

/**
 * Gets a file the core made to the user: the desktop app asks where to save it (the shell's save
 * dialog); the browser host downloads it once from its own address. `saved: false`: the user
 * cancelled the dialog.
 */
export async function deliverFile(env: DeliveryEnvironment, file: ExportedFile): Promise<Result<{ saved: boolean }>> {
  const session = await env.invoke('session.get', {});
  if (!session.ok) return session;
  const info: SessionInfo = session.value;
  if (info.mode === 'electron') return env.invoke('files.saveAs', { name: file.name });
  if (!info.user) return { ok: false, error: { code: 'not_signed_in', message: 'Sign in first.' } };
  if (!env.hostKey) return { ok: false, error: { code: 'host_key_rejected', message: 'Open the address the host printed.' } };
  let response: Response;
  try {
    response = await env.fetch(`${HOST_DOWNLOAD_PATH}${encodeURIComponent(file.name)}`, {
      headers: { [HOST_KEY_HEADER]: env.hostKey, [HOST_USER_HEADER]: info.user.id },
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch {
    return { ok: false, error: { code: 'host_unreachable', message: 'The local host does not answer.' } };
  }
  if (!response.ok) return { ok: false, error: await refusal(response) };
  env.saveBlob(await response.blob(), file.name);
  return { ok: true, value: { saved: true } };
}

async function refusal(response: Response): Promise<AppError> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    const code = body.error?.code;
    if (isErrorCode(code)) return { code, message: String(body.error?.message ?? '') };
  } catch {
    // Not our JSON: say what the status says.
  }
  return { code: response.status === 404 ? 'not_found' : 'internal', message: `The download failed (${response.status}).` };
}

/** The browser's own download of a blob under a name. */
export function saveBlobInBrowser(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the download; a tick later it is safe to let go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
