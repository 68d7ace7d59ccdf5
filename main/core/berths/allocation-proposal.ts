import type { AllocationBerth, AllocationProposalView, AllocationRow } from '../../../domain/berths/allocation-contract.ts';
import { proposeAllocation } from '../../../domain/berths/allocation-proposal.ts';
import type { Application, Berth, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import { pierName } from '../../../domain/berths/matching.ts';
import { inQueueOrder } from '../../../domain/berths/queue.ts';
import { helsinkiDate, offerSeason } from '../../../domain/berths/seasons.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';

type Data = { data: string };
type LeaseCells = { berth_id: string; season: number; status: Lease['status']; customer_id: string };

// Whole-table reads: a season's queue, 4,068 berths and two seasons' leases are cheaper read once
// and folded in memory than asked for per application.
const statements = preparedFor((db: SqliteDatabase) => ({
  pending: db.prepare<[number], Data>("SELECT data FROM application WHERE status = 'pending' AND season = ? ORDER BY priority DESC, received_ms, id"),
  berths: db.prepare<[], Data>('SELECT data FROM berth'),
  piers: db.prepare<[], Data>('SELECT data FROM pier'),
  harbours: db.prepare<[], Data>('SELECT data FROM harbour'),
  leases: db.prepare<[number, number], LeaseCells>(
    `SELECT berth_id, season, status, json_extract(data, '$.customerId') AS customer_id FROM lease WHERE season IN (?, ?)`,
  ),
}));

const parse = <T>(rows: Data[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

/**
 * The allocation proposal for a season's whole queue from the local cache (issue 10, item 10): the
 * rule is domain/berths/allocation-proposal.ts; this reads its input and names what it proposes.
 * A season after the one offers are made for has none: which berths will be free is not known.
 */
export function allocationProposal(db: SqliteDatabase, input: { season?: number | undefined; harbourId?: string | undefined }, now: Date): Result<AllocationProposalView> {
  const current = offerSeason(helsinkiDate(now));
  const season = input.season ?? current;
  if (season > current) {
    return fail('season_not_open', `Offers are made for the ${current} season now; ${season} has no proposal yet.`, { season, offerSeason: current });
  }
  const s = statements(db);
  const harbours = parse<Harbour>(s.harbours.all());
  const harbourId = input.harbourId ?? null;
  if (harbourId !== null && !harbours.some((h) => h.id === harbourId)) return fail('not_found', 'The harbour does not exist.');
  // The SQL order is the queue index's; inQueueOrder makes it the domain's own word on ties.
  const queue = inQueueOrder(parse<Application>(s.pending.all(season)));
  const position = new Map(queue.map((a, i) => [a.id, i + 1]));
  const applications = harbourId === null ? queue : queue.filter((a) => a.harbourChoices.includes(harbourId));
  const piers = new Map(parse<Pier>(s.piers.all()).map((p) => [p.id, p]));
  const berths = parse<Berth>(s.berths.all());
  const leases = s.leases.all(season, season - 1).map((l) => ({ berthId: l.berth_id, season: l.season, status: l.status, customerId: l.customer_id }));

  const proposal = proposeAllocation({ applications, berths, piers, leases, season, harbourId });

  const byId = new Map(applications.map((a) => [a.id, a]));
  const rows = proposal.rows.map((r): AllocationRow => {
    const a = byId.get(r.applicationId)!;
    return {
      applicationId: a.id,
      reference: a.reference,
      queuePosition: position.get(a.id)!,
      kind: a.kind,
      applicantName: `${a.applicant.lastName} ${a.applicant.firstName}`.trim(),
      companyName: a.applicant.companyName,
      boatWidth: a.boat.width,
      boatLength: a.boat.length,
      accessibilityRequired: a.accessibilityRequired,
      harbourChoices: a.harbourChoices,
      currentBerthId: a.switch?.currentBerthId ?? null,
      berthId: r.berthId,
      choiceRank: r.choiceRank,
      shorter: r.flags.shorter,
    };
  });
  const free = proposal.freeBerths.map((b): AllocationBerth => ({ ...b, pier: pierName(piers.get(b.pierId)?.identifier) ?? '' }));
  const used = new Set(free.map((b) => b.harbourId));
  for (const a of applications) for (const h of a.harbourChoices) used.add(h);
  return ok({
    season,
    offerSeason: current,
    harbourId,
    rows,
    berths: free,
    harbours: harbours.filter((h) => used.has(h.id)).map((h) => ({ id: h.id, name: h.name })),
    counts: proposal.counts,
  });
}
