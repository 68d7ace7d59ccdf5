import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/db.ts';
import type { PaymentIssueReason } from '../../domain/berths/payment-issue-entity.ts';
import type { VerifiedPayment } from './provider.ts';

export interface PaymentAttempt {
  id: string;
  orderId: string;
  provider: string;
  providerPaymentId: string;
  reference: string;
  amountCents: number;
  /** `unapplied`: paid at the provider, taken by no payable (decision 54); staff refund it. */
  status: 'pending' | 'paid' | 'cancelled' | 'unapplied';
}

interface Row {
  id: string;
  order_id: string;
  provider: string;
  provider_payment_id: string;
  reference: string;
  amount_cents: number;
  status: PaymentAttempt['status'];
}

const toAttempt = (r: Row): PaymentAttempt => ({
  id: r.id,
  orderId: r.order_id,
  provider: r.provider,
  providerPaymentId: r.provider_payment_id,
  reference: r.reference,
  amountCents: r.amount_cents,
  status: r.status,
});

export async function recordAttempt(db: Queryable, a: Omit<PaymentAttempt, 'id' | 'status'>, now: Date): Promise<PaymentAttempt> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO payment_attempt (id, order_id, provider, provider_payment_id, reference, amount_cents, currency, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'EUR', 'pending', $7)`,
    [id, a.orderId, a.provider, a.providerPaymentId, a.reference, a.amountCents, now.toISOString()],
  );
  return { ...a, id, status: 'pending' };
}

export type AttemptMatch = { ok: true; attempt: PaymentAttempt } | { ok: false; reason: 'unknown_payment' | 'mismatch' };

/**
 * The attempt a provider's verified answer is about. A signature only says the provider sent it;
 * the amount and reference must also be those the central asked for. Whether it is for the
 * payable the answer came back to is the caller's to check (`attempt.orderId`).
 */
export async function matchAttempt(db: Queryable, provider: string, payment: VerifiedPayment): Promise<AttemptMatch> {
  const res = await db.query<Row>('SELECT * FROM payment_attempt WHERE provider = $1 AND provider_payment_id = $2', [provider, payment.providerPaymentId]);
  const row = res.rows[0];
  if (!row) return { ok: false, reason: 'unknown_payment' };
  const attempt = toAttempt(row);
  if (attempt.amountCents !== payment.amountCents || attempt.reference !== payment.reference || payment.currency !== 'EUR') {
    return { ok: false, reason: 'mismatch' };
  }
  return { ok: true, attempt };
}

/** Settles a pending attempt as cancelled; a settled one stays as it was (an answer replayed changes nothing). */
export async function settleAttempt(db: Queryable, id: string, status: 'cancelled', now: Date): Promise<void> {
  await db.query("UPDATE payment_attempt SET status = $2, settled_at = $3 WHERE id = $1 AND status = 'pending'", [id, status, now.toISOString()]);
}

/**
 * The attempt's status, its row locked for the rest of the transaction. Taken after the payable's
 * locks, as every payment takes them, so two answers of one payment are decided one after the other.
 */
export async function lockAttempt(tx: Queryable, id: string): Promise<PaymentAttempt['status'] | null> {
  const res = await tx.query<{ status: PaymentAttempt['status'] }>('SELECT status FROM payment_attempt WHERE id = $1 FOR UPDATE', [id], 'payment_attempt_lock');
  return res.rows[0]?.status ?? null;
}

/**
 * The attempt paid, in the transaction that paid its payable: the payable records no payment
 * whose attempt is not `paid`. A cancelled one too: the provider's word that money moved is the last.
 */
export async function markAttemptPaid(tx: Queryable, id: string, now: Date): Promise<void> {
  await tx.query("UPDATE payment_attempt SET status = 'paid', settled_at = $2 WHERE id = $1 AND status IN ('pending', 'cancelled')", [id, now.toISOString()], 'payment_attempt_paid');
}

/** The attempt paid at the provider but taken by no payable, and why: in the transaction that records its issue. */
export async function markAttemptUnapplied(tx: Queryable, id: string, reason: PaymentIssueReason, now: Date): Promise<void> {
  await tx.query(
    "UPDATE payment_attempt SET status = 'unapplied', unapplied_reason = $2, settled_at = $3 WHERE id = $1 AND status IN ('pending', 'cancelled')",
    [id, reason, now.toISOString()],
    'payment_attempt_unapplied',
  );
}

/** A provider's attempts still pending that were begun within [from, to): oldest first, at most `limit`. */
export async function pendingAttempts(db: Queryable, provider: string, from: Date, to: Date, limit: number): Promise<PaymentAttempt[]> {
  const res = await db.query<Row>(
    "SELECT * FROM payment_attempt WHERE provider = $1 AND status = 'pending' AND created_at >= $2 AND created_at < $3 ORDER BY created_at, id LIMIT $4",
    [provider, from.toISOString(), to.toISOString(), limit],
  );
  return res.rows.map(toAttempt);
}
