import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LoginRequest } from '../../../domain/sync/protocol.ts';
import { ADMIN_PIN_PATTERN } from './admin-pin.ts';

/**
 * The terminal's own credential: configured, never typed by a customer. KUVA_KIOSK_USER and
 * KUVA_KIOSK_PASSWORD win; otherwise the data folder's kiosk file `{ "username", "password" }`
 * (readable by the kiosk's OS account only, like the rest of the profile). The admin PIN that
 * opens the terminal's maintenance screen sits beside it: KUVA_KIOSK_ADMIN_PIN, else the file's
 * `adminPin` (4 to 8 digits); without one the maintenance screen cannot be opened.
 */
export const KIOSK_CONFIG_FILE = 'kiosk.json';

export type CredentialAnswer = { ok: true; credential: LoginRequest; adminPin: string | undefined; source: 'env' | 'file' } | { ok: false; reason: string };

const PIN_RULE = 'must be 4 to 8 digits';

/** The admin PIN from the environment or the file; a malformed one is an error, never silently ignored. */
function readAdminPin(env: Readonly<Record<string, string | undefined>>, fromFile: unknown, file: string): { ok: true; pin: string | undefined } | { ok: false; reason: string } {
  const [pin, where] = env.KUVA_KIOSK_ADMIN_PIN !== undefined && env.KUVA_KIOSK_ADMIN_PIN !== '' ? [env.KUVA_KIOSK_ADMIN_PIN, 'KUVA_KIOSK_ADMIN_PIN'] : [fromFile, `adminPin in ${file}`];
  if (pin === undefined) return { ok: true, pin: undefined };
  return typeof pin === 'string' && ADMIN_PIN_PATTERN.test(pin) ? { ok: true, pin } : { ok: false, reason: `${where} ${PIN_RULE}.` };
}

export async function readKioskCredential(env: Readonly<Record<string, string | undefined>>, dataDir: string): Promise<CredentialAnswer> {
  if (env.KUVA_KIOSK_USER || env.KUVA_KIOSK_PASSWORD) {
    const parsed = LoginRequest.safeParse({ username: env.KUVA_KIOSK_USER, password: env.KUVA_KIOSK_PASSWORD });
    if (!parsed.success) return { ok: false, reason: 'Set both KUVA_KIOSK_USER and KUVA_KIOSK_PASSWORD.' };
    const pin = readAdminPin(env, undefined, '');
    return pin.ok ? { ok: true, credential: parsed.data, adminPin: pin.pin, source: 'env' } : pin;
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
  if (!parsed.success) return { ok: false, reason: `${file} must hold { "username", "password" } (and may hold "adminPin").` };
  const pin = readAdminPin(env, (json as { adminPin?: unknown }).adminPin, file);
  return pin.ok ? { ok: true, credential: parsed.data, adminPin: pin.pin, source: 'file' } : pin;
}

/** The demo terminal `npm start -- --kiosk` signs in as when nothing else is configured. */
export const DEMO_KIOSK_CREDENTIAL: LoginRequest = { username: 'kiosk-oodi-1', password: 'demo' };

/** Whether this start asks for kiosk mode: `--kiosk`, or KUVA_KIOSK=1 (and the kiosk build sets it). */
export function wantsKiosk(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  return argv.includes('--kiosk') || env.KUVA_KIOSK === '1';
}
