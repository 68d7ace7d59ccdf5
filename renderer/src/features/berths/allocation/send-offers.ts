import type { Input, Output } from '../../../../../domain/contract.ts';
import type { AppError, Result } from '../../../../../domain/result.ts';

export interface OfferToSend {
  applicationId: string;
  reference: string;
  berthId: string;
  /** The berth is shorter than the boat and the handler kept it. */
  shorter: boolean;
}

export interface SendOutcome {
  sent: string[];
  refused: { applicationId: string; reference: string; error: AppError }[];
}

type OfferBerth = (input: Input<'berths.offerBerth'>) => Promise<Result<Output<'berths.offerBerth'>>>;

/**
 * The chosen offers, one `berths.offerBerth` each: the single offer dialog's own path, so every
 * offer is decided, queued and synced like one made by hand, and a refusal by the central lands in
 * the conflict inbox. One at a time in queue order: the local decision of one sees the one before.
 */
export async function sendOffers(offers: readonly OfferToSend[], dueDate: string, offerBerth: OfferBerth, onProgress: (done: number) => void): Promise<SendOutcome> {
  const outcome: SendOutcome = { sent: [], refused: [] };
  for (const [i, o] of offers.entries()) {
    const r = await offerBerth({ applicationId: o.applicationId, berthId: o.berthId, dueDate, acceptShorter: o.shorter });
    if (r.ok) outcome.sent.push(o.applicationId);
    else outcome.refused.push({ applicationId: o.applicationId, reference: o.reference, error: r.error });
    onProgress(i + 1);
  }
  return outcome;
}
