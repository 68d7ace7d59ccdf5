import type { Application, Berth, Pier } from './entities.ts';
import { berthOccupancy } from './availability.ts';
import { compareSuggestions, suggestBerths, widthFits, type BerthSuggestion } from './matching.ts';

type LeaseLike = Parameters<typeof berthOccupancy>[1][number];
type SwitchOfferLike = NonNullable<Parameters<typeof berthOccupancy>[3]>[number];
/** What the rule reads of an application (the renderer has only these of a proposal's rows). */
export interface ProposalApplication {
  id: string;
  harbourChoices: readonly string[];
  boat: Pick<Application['boat'], 'width' | 'length'>;
  switch: Pick<NonNullable<Application['switch']>, 'currentBerthId'> | null;
  accessibilityRequired: boolean;
}

export interface ProposalInput {
  /** Pending applications of one season, in queue order (domain/berths/queue.ts). */
  applications: readonly ProposalApplication[];
  berths: readonly Berth[];
  piers: ReadonlyMap<string, Pick<Pier, 'identifier'>>;
  /** Leases of the season and the one before (the renewal block needs last season's). */
  leases: readonly LeaseLike[];
  switchOffers?: readonly SwitchOfferLike[];
  season: number;
  /** Propose only in this harbour (to applicants who chose it); null: every harbour. */
  harbourId?: string | null;
}

export interface ProposalRow {
  applicationId: string;
  berthId: string | null;
  /** 1 = the applicant's first harbour choice; null when no berth is proposed. */
  choiceRank: number | null;
  flags: { shorter: boolean };
}

export interface ChoiceCounts {
  first: number;
  second: number;
  later: number;
  none: number;
}

export interface Proposal {
  rows: ProposalRow[];
  counts: ChoiceCounts;
  /** Every berth free for the season in the harbours considered, proposed or not (for adjusting rows). */
  freeBerths: Berth[];
}

/** Free berths of one harbour with the same size: taken from the head, in pier and number order. */
interface Bucket {
  berths: Berth[];
  taken: boolean[];
  head: number;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * The berths free for the season (brief 4.1, berthOccupancy) indexed once: per harbour, buckets of
 * one width and length, narrowest first. A bucket's berths are interchangeable by size, so the
 * walk for an applicant looks at a handful of bucket heads per chosen harbour, never at every berth.
 */
function indexFreeBerths(input: ProposalInput): { byHarbour: Map<string, Bucket[]>; free: Berth[] } {
  const leasesByBerth = groupBy(input.leases, (l) => l.berthId);
  const offersByBerth = groupBy(input.switchOffers ?? [], (o) => o.berthId);
  const only = input.harbourId ?? null;
  const free = input.berths.filter(
    (b) => (only === null || b.harbourId === only) && berthOccupancy(b, leasesByBerth.get(b.id) ?? [], input.season, offersByBerth.get(b.id) ?? []).free,
  );
  const byHarbour = new Map<string, Bucket[]>();
  for (const [harbourId, berths] of groupBy(free, (b) => b.harbourId)) {
    const bySize = groupBy(berths, (b) => `${b.width}|${b.length}|${b.isAccessible === true}`);
    const buckets = [...bySize.values()].map((list): Bucket => {
      // The order compareSuggestions ends with among berths of one size: pier, then number.
      const ranked = list.map((b) => suggestionOf(b, 1, 0, 0)).sort((x, y) => compareSuggestions(x, y, (s) => input.piers.get(s.berth.pierId)?.identifier ?? ''));
      return { berths: ranked.map((s) => s.berth), taken: ranked.map(() => false), head: 0 };
    });
    buckets.sort((a, b) => a.berths[0]!.width - b.berths[0]!.width || a.berths[0]!.length - b.berths[0]!.length);
    byHarbour.set(harbourId, buckets);
  }
  return { byHarbour, free };
}

const metres = (n: number) => Math.round(n * 100) / 100;

function suggestionOf(berth: Berth, choiceOrder: number, boatWidth: number, boatLength: number): BerthSuggestion {
  return {
    berth,
    choiceOrder,
    shorterThanBoat: berth.length + 1e-9 < boatLength,
    spareWidth: metres(berth.width - boatWidth),
    spareLength: metres(berth.length - boatLength),
  };
}

/** The first untaken berth of a bucket that the applicant may have (a switcher's own berth is not offered to them). */
function headOf(bucket: Bucket, exclude: string | null): number {
  while (bucket.head < bucket.berths.length && bucket.taken[bucket.head]) bucket.head += 1;
  for (let i = bucket.head; i < bucket.berths.length; i++) {
    if (!bucket.taken[i] && bucket.berths[i]!.id !== exclude) return i;
  }
  return -1;
}

type Candidate = { s: BerthSuggestion; bucket: Bucket; index: number };
type Compare = (a: BerthSuggestion, b: BerthSuggestion) => number;

/** The first bucket at least as wide as the boat (buckets are sorted narrowest first). */
function firstWideEnough(buckets: readonly Bucket[], boatWidth: number): number {
  let lo = 0;
  let hi = buckets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (widthFits(buckets[mid]!.berths[0]!, boatWidth)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The best berth for an applicant in one harbour, among those fitting both ways (`shorter` false)
 * or among the shorter ones. Buckets run narrowest and then shortest first, so the first fitting
 * bucket is the snuggest fit and only buckets of the same size can tie with it (by pier and number).
 */
function bestInHarbour(buckets: readonly Bucket[], app: ProposalApplication, choiceOrder: number, shorter: boolean, compare: Compare): Candidate | null {
  const exclude = app.switch?.currentBerthId ?? null;
  let best: Candidate | null = null;
  for (let i = firstWideEnough(buckets, app.boat.width); i < buckets.length; i++) {
    const bucket = buckets[i]!;
    const sample = bucket.berths[0]!;
    if (!shorter && best && (sample.width !== best.s.berth.width || sample.length !== best.s.berth.length)) break;
    if (app.accessibilityRequired && sample.isAccessible !== true) continue;
    if ((sample.length + 1e-9 < app.boat.length) !== shorter) continue;
    const index = headOf(bucket, exclude);
    if (index < 0) continue;
    const s = suggestionOf(bucket.berths[index]!, choiceOrder, app.boat.width, app.boat.length);
    if (!best || compare(s, best.s) < 0) best = { s, bucket, index };
  }
  return best;
}

/**
 * The allocation proposal (issue 10, item 10): in queue order, each applicant gets the berth the
 * suggestion list would rank first among those still unproposed (matching.ts compareSuggestions:
 * a berth fitting both ways in any chosen harbour before a shorter one, then harbour choice, then
 * the snuggest fit). Never narrower than the boat; a shorter berth is flagged. A berth goes to one
 * applicant at most; applicants who need an accessible berth get only one marked accessible.
 */
export function proposeAllocation(input: ProposalInput): Proposal {
  const { byHarbour, free } = indexFreeBerths(input);
  const compare: Compare = (a, b) => compareSuggestions(a, b, (s) => input.piers.get(s.berth.pierId)?.identifier ?? '');
  const rows: ProposalRow[] = [];
  for (const app of input.applications) {
    let chosen: Candidate | null = null;
    // Choice order decides before snugness, so the first harbour with a candidate wins.
    for (const shorter of [false, true]) {
      for (let i = 0; i < app.harbourChoices.length && !chosen; i++) {
        chosen = bestInHarbour(byHarbour.get(app.harbourChoices[i]!) ?? [], app, i + 1, shorter, compare);
      }
      if (chosen) break;
    }
    if (chosen) {
      chosen.bucket.taken[chosen.index] = true;
      // An emptied bucket leaves its harbour's list, so later walks do not pass it again.
      if (headOf(chosen.bucket, null) < 0) {
        const list = byHarbour.get(chosen.s.berth.harbourId)!;
        list.splice(list.indexOf(chosen.bucket), 1);
      }
    }
    rows.push({ applicationId: app.id, berthId: chosen?.s.berth.id ?? null, choiceRank: chosen?.s.choiceOrder ?? null, flags: { shorter: chosen?.s.shorterThanBoat ?? false } });
  }
  return { rows, counts: countChoices(rows), freeBerths: free };
}

/** How many rows got their first, second, later or no choice (after the handler's changes too). */
export function countChoices(rows: readonly Pick<ProposalRow, 'choiceRank'>[]): ChoiceCounts {
  const counts: ChoiceCounts = { first: 0, second: 0, later: 0, none: 0 };
  for (const r of rows) {
    if (r.choiceRank === null) counts.none += 1;
    else if (r.choiceRank === 1) counts.first += 1;
    else if (r.choiceRank === 2) counts.second += 1;
    else counts.later += 1;
  }
  return counts;
}

/**
 * The berths a handler may put on a row instead: free ones not proposed to another row, ranked as
 * the suggestion list ranks them, accessible only for an applicant who needs it.
 */
export function alternativeBerths(
  app: ProposalApplication,
  freeBerths: readonly Berth[],
  takenByOthers: ReadonlySet<string>,
  piers: ReadonlyMap<string, Pick<Pier, 'identifier'>>,
): BerthSuggestion[] {
  const open = freeBerths.filter((b) => !takenByOthers.has(b.id) && (!app.accessibilityRequired || b.isAccessible === true));
  // suggestBerths reads only the boat's size and the switcher's own berth of these; no leases: all are free.
  const asApplication = { harbourChoices: [...app.harbourChoices], boat: app.boat as Application['boat'], switch: app.switch as Application['switch'], season: 0 };
  return suggestBerths(asApplication, open, [], piers);
}
