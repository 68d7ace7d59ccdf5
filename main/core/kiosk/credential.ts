import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoginRequest } from '../../../domain/sync/protocol.ts';

/**
 * The terminal's own credential: configured, never typed by a customer. KUVA_KIOSK_USER and
 * KUVA_KIOSK_PASSWORD win; otherwise the data folder's kiosk file `{ "username", "password" }`
 * (readable by the kiosk's OS account only, like the rest of the profile).
 */
export const KIOSK_CONFIG_FILE = 'kiosk.json';

export type CredentialAnswer = { ok: true; credential: LoginRequest; source: 'env' | 'file' } | { ok: false; reason: string };

export async function readKioskCredential(env: Readonly<Record<string, string | undefined>>, dataDir: string): Promise<CredentialAnswer> {
  if (env.KUVA_KIOSK_USER || env.KUVA_KIOSK_PASSWORD) {
    const parsed = LoginRequest.safeParse({ username: env.KUVA_KIOSK_USER, password: env.KUVA_KIOSK_PASSWORD });
    return parsed.success ? { ok: true, credential: parsed.data, source: 'env' } : { ok: false, reason: 'Set both KUVA_KIOSK_USER and KUVA_KIOSK_PASSWORD.' };
  }
  const file = path.join(dataDir, KIOSK_CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { ok: false, reason: `No kiosk credential: set KUVA_KIOSK_USER and KUVA_KIOSK_PASSWORD, or write ${file}.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `${file} is not JSON.` };
  }
  const parsed = LoginRequest.safeParse(json);
  return parsed.success ? { ok: true, credential: parsed.data, source: 'file' } : { ok: false, reason: `${file} must hold { "username", "password" }.` };
}

/** The demo terminal `npm start -- --kiosk` signs in as when nothing else is configured. */
export const DEMO_KIOSK_CREDENTIAL: LoginRequest = { username: 'kiosk-oodi-1', password: 'demo' };

/** Whether this start asks for kiosk mode: `--kiosk`, or KUVA_KIOSK=1 (and the kiosk build sets it). */
export function wantsKiosk(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.includes('--kiosk') || env.KUVA_KIOSK === '1';
}
