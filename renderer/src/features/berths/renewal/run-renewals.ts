import type { Input } from '../../../../../domain/contract.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { queueInChunks, type QueueMany } from '../../../api/queue-in-chunks.ts';
import type { BulkOutcome } from '../bulk-run/bulk-run.ts';

export interface RenewalToSend {
  previousLeaseId: string;
  /** How the handler knows it: the customer and the berth. */
  label: string;
}

export interface RunOutcome {
  renewed: number;
  refused: { previousLeaseId: string; label: string; error: AppError }[];
}

/**
 * The run: one `berths.renewLease` per lease, each decided and queued like any command, so a
 * renewal the central refuses lands in the conflict inbox. In order: each local decision sees the
 * ones before it, queued a call's worth at a time (queueInChunks), so the progress tells the truth.
 * `shouldStop` ends the run between calls.
 */
export async function runRenewals(
  renewals: readonly RenewalToSend[],
  dueDate: string,
  queue: QueueMany<Input<'berths.renewLease'>>,
  onProgress: (done: number) => void,
  shouldStop: () => boolean = () => false,
): Promise<RunOutcome> {
  const outcome: RunOutcome = { renewed: 0, refused: [] };
  await queueInChunks(
    renewals,
    (r) => ({ previousLeaseId: r.previousLeaseId, dueDate }),
    queue,
    (r, answer) => {
      if (answer.ok) outcome.renewed++;
      else outcome.refused.push({ previousLeaseId: r.previousLeaseId, label: r.label, error: answer.error });
    },
    onProgress,
    shouldStop,
  );
  return outcome;
}

/** A run's outcome as the bulk run panel shows it: a refusal named by its lease. */
export function renewalOutcome(outcome: RunOutcome): Omit<BulkOutcome, 'stopped'> {
  return { done: outcome.renewed, refused: outcome.refused.map((r) => ({ key: r.previousLeaseId, label: r.label, error: r.error })) };
}
