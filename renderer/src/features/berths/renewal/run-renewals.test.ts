import { describe, expect, it } from 'vitest';
import type { QueuedMany } from '../../../../../domain/contract.ts';
import type { Result } from '../../../../../domain/result.ts';
import { renewalOutcome, runRenewals } from './run-renewals.ts';

const lease = (n: number) => ({ previousLeaseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, label: `Laine ${n}` });

describe('runRenewals', () => {
  it('renews in order, counting refusals with their reason and reporting progress', async () => {
    const seen: string[] = [];
    const progress: number[] = [];
    const outcome = await runRenewals(
      [lease(1), lease(2), lease(3)],
      '2027-01-08',
      async (inputs): Promise<Result<QueuedMany>> => {
        seen.push(...inputs.map((i) => `${i.previousLeaseId.slice(-1)}@${i.dueDate}`));
        return {
          ok: true,
          value: { results: inputs.map((i) => (i.previousLeaseId.endsWith('2') ? { ok: false, error: { code: 'already_renewed', message: 'renewed' } } : { ok: true, value: { commandId: i.previousLeaseId, status: 'pending' } })) },
        };
      },
      (done) => progress.push(done),
    );
    expect(seen).toEqual(['1@2027-01-08', '2@2027-01-08', '3@2027-01-08']);
    expect(progress).toEqual([3]);
    expect(outcome).toEqual({ renewed: 2, refused: [{ previousLeaseId: lease(2).previousLeaseId, label: 'Laine 2', error: { code: 'already_renewed', message: 'renewed' } }] });
  });

  it('names a refusal by its lease for the bulk run panel', () => {
    const error = { code: 'already_renewed', message: 'renewed' };
    expect(renewalOutcome({ renewed: 2, refused: [{ previousLeaseId: lease(2).previousLeaseId, label: 'Laine 2', error }] })).toEqual({
      done: 2,
      refused: [{ key: lease(2).previousLeaseId, label: 'Laine 2', error }],
    });
  });
});
