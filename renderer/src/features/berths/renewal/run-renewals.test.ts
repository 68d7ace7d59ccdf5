import { describe, expect, it } from 'vitest';
import { runRenewals } from './run-renewals.ts';

const lease = (n: number) => ({ previousLeaseId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, label: `Laine ${n}` });

describe('runRenewals', () => {
  it('renews one at a time in order, counting refusals with their reason and reporting progress', async () => {
    const seen: string[] = [];
    const progress: number[] = [];
    const outcome = await runRenewals(
      [lease(1), lease(2), lease(3)],
      '2027-01-08',
      async ({ previousLeaseId, dueDate }) => {
        seen.push(`${previousLeaseId.slice(-1)}@${dueDate}`);
        return previousLeaseId.endsWith('2') ? { ok: false, error: { code: 'already_renewed', message: 'renewed' } } : { ok: true, value: null };
      },
      (done) => progress.push(done),
    );
    expect(seen).toEqual(['1@2027-01-08', '2@2027-01-08', '3@2027-01-08']);
    expect(progress).toEqual([1, 2, 3]);
    expect(outcome).toEqual({ renewed: 2, refused: [{ previousLeaseId: lease(2).previousLeaseId, label: 'Laine 2', error: { code: 'already_renewed', message: 'renewed' } }] });
  });

  it('stops between renewals when asked, leaving the rest unsent', async () => {
    let sent = 0;
    const outcome = await runRenewals([lease(1), lease(2), lease(3)], '2027-01-08', async () => ({ ok: true, value: sent++ }), () => {}, () => sent >= 2);
    expect(outcome.renewed).toBe(2);
  });
});
