import type { Input } from '../../../../../domain/contract.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { queueInChunks, type QueueMany } from '../../../api/queue-in-chunks.ts';

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

/**
 * The chosen offers, one `berths.offerBerth` each, decided, queued and synced like one made in the
 * offer dialog, so a refusal by the central lands in the conflict inbox. In queue order: the local
 * decision of one sees the ones before it. Queued a call's worth at a time (queueInChunks).
 */
export async function sendOffers(offers: readonly OfferToSend[], dueDate: string, queue: QueueMany<Input<'berths.offerBerth'>>, onProgress: (done: number) => void): Promise<SendOutcome> {
  const outcome: SendOutcome = { sent: [], refused: [] };
  await queueInChunks(
    offers,
    (o) => ({ applicationId: o.applicationId, berthId: o.berthId, dueDate, acceptShorter: o.shorter }),
    queue,
    (o, r) => {
      if (r.ok) outcome.sent.push(o.applicationId);
      else outcome.refused.push({ applicationId: o.applicationId, reference: o.reference, error: r.error });
    },
    onProgress,
  );
  return outcome;
}
