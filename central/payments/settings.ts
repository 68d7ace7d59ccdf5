import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db.ts';
import { DEMO_PROVIDER_NAME, demoPaymentProvider } from './demo-provider.ts';
import type { PaymentProvider } from './provider.ts';

/** How the central takes payments (README, Configuration). */
export interface PaymentSettings {
  provider: typeof DEMO_PROVIDER_NAME;
  /** The merchant secret the provider signs its answers with. */
  secret: string;
  /** The central as customers reach it, for the provider's return URLs; from the request when absent. */
  publicUrl?: string;
}

const PROVIDERS = [DEMO_PROVIDER_NAME] as const;

/** The demo's secret when none is configured: made once per process, so the customer page, the callback and the bank all sign and check with it. */
let processSecret: string | undefined;

/**
 * KUVA_PAYMENT_PROVIDER (only `demo` so far, the default), KUVA_PAYMENT_SECRET (the demo makes
 * one per process when unset: a payment begun before a restart cannot then be completed) and
 * KUVA_PUBLIC_URL. Throws one sentence naming the variable, never echoing a secret.
 */
export function paymentSettings(env: Readonly<Record<string, string | undefined>> = process.env): PaymentSettings {
  const provider = env.KUVA_PAYMENT_PROVIDER?.trim() || DEMO_PROVIDER_NAME;
  if (!(PROVIDERS as readonly string[]).includes(provider)) throw new Error(`KUVA_PAYMENT_PROVIDER must be one of ${PROVIDERS.join(', ')}, not "${provider}".`);
  const given = env.KUVA_PAYMENT_SECRET?.trim();
  if (given !== undefined && given !== '' && given.length < 32) throw new Error('KUVA_PAYMENT_SECRET must be at least 32 characters.');
  const publicUrl = env.KUVA_PUBLIC_URL?.trim();
  if (publicUrl) {
    let parsed: URL;
    try {
      parsed = new URL(publicUrl);
    } catch {
      throw new Error('KUVA_PUBLIC_URL is not a URL.');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('KUVA_PUBLIC_URL must start with https:// or http://.');
  }
  return {
    provider: DEMO_PROVIDER_NAME,
    secret: given || (processSecret ??= randomBytes(32).toString('hex')),
    ...(publicUrl ? { publicUrl: publicUrl.replace(/\/+$/, '') } : {}),
  };
}

export function paymentProvider(db: Queryable, settings: PaymentSettings): PaymentProvider {
  return demoPaymentProvider(db, settings.secret);
}
