import type { AppError, Result } from '../../../../../domain/result.ts';

export interface RenewalToSend {
  previousLeaseId: string;
  /** How the handler knows it: the customer and the berth. */
  label: string;
}

export interface RunOutcome {
  renewed: number;
  refused: { previousLeaseId: string; label: string; error: AppError }[];
}

type Renew = (input: { previousLeaseId: string; dueDate: string }) => Promise<Result<unknown>>;

/**
 * The run: one `berths.renewLease` per lease, each decided and queued like any command, so a
 * renewal the central refuses lands in the conflict inbox. One at a time: each local decision sees
 * the one before, and the progress tells the truth. `shouldStop` ends the run between renewals.
 */
export async function runRenewals(
  renewals: readonly RenewalToSend[],
  dueDate: string,
  renew: Renew,
  onProgress: (done: number) => void,
  shouldStop: () => boolean = () => false,
): Promise<RunOutcome> {
  const outcome: RunOutcome = { renewed: 0, refused: [] };
  for (const [i, r] of renewals.entries()) {
    if (shouldStop()) break;
    const answer = await renew({ previousLeaseId: r.previousLeaseId, dueDate });
    if (answer.ok) outcome.renewed++;
    else outcome.refused.push({ previousLeaseId: r.previousLeaseId, label: r.label, error: answer.error });
    onProgress(i + 1);
  }
  return outcome;
}
