import type { AllocationBerth, AllocationRow } from '../../../../../domain/berths/allocation-contract.ts';
import { countChoices, type ChoiceCounts } from '../../../../../domain/berths/allocation-proposal.ts';

/** The handler's change to a row: another berth, or the row dropped (no offer is sent for it). */
export type Adjustment = { kind: 'berth'; berthId: string } | { kind: 'drop' };

/** A proposal row as the handler has left it. */
export interface ReviewRow extends AllocationRow {
  adjusted: 'changed' | 'dropped' | null;
  berth: AllocationBerth | null;
}

/**
 * The proposal with the handler's changes laid over it: a changed row's choice rank and shorter
 * flag follow its new berth; a dropped row has no berth. Counts are of the rows as they now stand.
 */
export function reviewRows(rows: readonly AllocationRow[], berths: ReadonlyMap<string, AllocationBerth>, adjustments: ReadonlyMap<string, Adjustment>): { rows: ReviewRow[]; counts: ChoiceCounts } {
  const out = rows.map((r): ReviewRow => {
    const a = adjustments.get(r.applicationId);
    if (a?.kind === 'drop') return { ...r, berthId: null, choiceRank: null, shorter: false, adjusted: 'dropped', berth: null };
    const berthId = a?.kind === 'berth' ? a.berthId : r.berthId;
    const berth = berthId ? (berths.get(berthId) ?? null) : null;
    if (!a || !berth) return { ...r, adjusted: null, berth };
    const rank = r.harbourChoices.indexOf(berth.harbourId) + 1;
    return { ...r, berthId: berth.id, choiceRank: rank > 0 ? rank : null, shorter: berth.length + 1e-9 < r.boatLength, adjusted: 'changed', berth };
  });
  return { rows: out, counts: countChoices(out) };
}

/** The berths other rows hold now (a berth is offered to one application at most). */
export function berthsHeldByOthers(rows: readonly ReviewRow[], applicationId: string): Set<string> {
  return new Set(rows.filter((r) => r.applicationId !== applicationId && r.berthId !== null).map((r) => r.berthId!));
}

/** The rows to send: those with a berth. */
export const rowsToSend = (rows: readonly ReviewRow[]) => rows.filter((r): r is ReviewRow & { berthId: string } => r.berthId !== null);
