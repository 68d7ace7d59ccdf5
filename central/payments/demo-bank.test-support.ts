import type { Db } from '../db/db.ts';
import { pageClient } from '../berths/customer-page/page-client.test-support.ts';
import { settleDemoBankPayment, signedCallback, signedReturn } from './demo-provider.ts';
import { paymentSettings } from './settings.ts';

/** A payment the demo bank has decided whose answer has not reached the central by either way: the signed addresses it would have used. */
export interface QuietPayment {
  /** The provider's payment id (the bank's). */
  bankId: string;
  /** Where the bank would send the customer. */
  returnUrl: string;
  /** What the bank would call server to server. */
  callbackUrl: string;
}

/**
 * Pay pressed on a customer page (`path`) and decided at the demo bank, as if its callback was
 * lost and the customer closed the tab: nothing has reached the central, which holds a pending
 * attempt. The answers are signed with the central's secret (the in-process central's, made once
 * per process or configured), for the test to bring when it chooses.
 */
export async function decidedAtBankQuietly(central: { url: string; db: Db }, path: string, outcome: 'paid' | 'cancelled' | null = 'paid'): Promise<QuietPayment> {
  const bankPath = await pageClient(() => central.url).openBank(path);
  const bankId = bankPath.split('/').pop() ?? '';
  if (outcome === null) return { bankId, returnUrl: '', callbackUrl: '' };
  const payment = await settleDemoBankPayment(central.db, bankId, outcome, new Date());
  if (!payment) throw new Error(`no demo bank payment ${bankId}`);
  const { secret } = paymentSettings();
  const now = new Date();
  return { bankId, returnUrl: signedReturn(secret, payment, now).toString(), callbackUrl: signedCallback(secret, payment, now, central.url).toString() };
}
