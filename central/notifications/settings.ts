/** How the central sends messages (README, Configuration). */
export interface NotificationSettings {
  /** A real mail server; without it the central runs the demo catcher and sends to it. */
  smtpUrl?: string;
  from: string;
  /** A real SMS gateway; without it, in demo mode, SMS messages are caught too. */
  smsGateway?: { url: string; token: string };
  /** How often the sender looks for due messages besides being poked on commit. */
  intervalMs: number;
}

export const DEFAULT_FROM = 'KuVa Desk <no-reply@kuva-desk.invalid>';
const DEFAULT_INTERVAL_MS = 5000;

function url(env: Readonly<Record<string, string | undefined>>, name: string, protocols: readonly string[]): string | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new Error(`${name} is not a URL.`);
  }
  if (!protocols.includes(parsed.protocol)) throw new Error(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}.`);
  return text;
}

/** Throws one sentence naming the variable when a value is unusable (never echoing a secret). */
export function notificationSettings(env: Readonly<Record<string, string | undefined>> = process.env): NotificationSettings {
  const smtpUrl = url(env, 'KUVA_SMTP_URL', ['smtp:', 'smtps:']);
  const smsUrl = url(env, 'KUVA_SMS_GATEWAY_URL', ['http:', 'https:']);
  const token = env.KUVA_SMS_GATEWAY_TOKEN?.trim();
  if (smsUrl && !token) throw new Error('KUVA_SMS_GATEWAY_URL needs KUVA_SMS_GATEWAY_TOKEN.');
  if (!smsUrl && token) throw new Error('KUVA_SMS_GATEWAY_TOKEN is set without KUVA_SMS_GATEWAY_URL.');
  const from = env.KUVA_SMTP_FROM?.trim() || DEFAULT_FROM;
  if (/[\r\n]/.test(from) || !/@/.test(from)) throw new Error(`KUVA_SMTP_FROM is not an address: "${from}".`);
  const intervalText = env.KUVA_NOTIFY_INTERVAL_MS?.trim();
  const intervalMs = intervalText ? Number(intervalText) : DEFAULT_INTERVAL_MS;
  if (!Number.isInteger(intervalMs) || intervalMs < 100) throw new Error(`KUVA_NOTIFY_INTERVAL_MS must be a whole number of milliseconds, 100 or more, not "${intervalText}".`);
  return {
    ...(smtpUrl ? { smtpUrl } : {}),
    from,
    ...(smsUrl && token ? { smsGateway: { url: smsUrl, token } } : {}),
    intervalMs,
  };
}
