import type { HarbourBerthRow } from '../../../../../domain/contract.ts';
import type { Boat } from '../../../../../domain/berths/entities.ts';
import { berthFit, leaseDatesProblem, type BerthFit } from '../../../../../domain/berths/lease-create-schema.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { parseDay } from '../../../format/dates.ts';
import { formatIsoDate, formatMetres } from '../../../format/format.ts';
import { seasonEnd, seasonStart } from '../../../../../domain/berths/seasons.ts';

export interface NewLeaseForm {
  boatId: string;
  season: number;
  harbourId: string;
  pierId: string;
  berthId: string;
  start: string;
  end: string;
  reason: string;
  acceptShorter: boolean;
}

export type NewLeaseField = 'berthId' | 'start' | 'end' | 'reason' | 'acceptShorter';
export interface Problem {
  key: string;
  params?: Record<string, string>;
}

/** The berths a lease may be made on: in use and free by the offers' rule (the cache's occupancy). */
export function freeBerths(rows: readonly HarbourBerthRow[]): HarbourBerthRow[] {
  return rows.filter((b) => b.isActive && b.occupancy === 'free');
}

/** The piers that have a free berth, in the harbour's order (pier, then berth number). */
export function piersWithFree(free: readonly HarbourBerthRow[]): { id: string; identifier: string }[] {
  const seen = new Map<string, string>();
  for (const b of free) if (!seen.has(b.pierId)) seen.set(b.pierId, b.pier);
  return [...seen].map(([id, identifier]) => ({ id, identifier }));
}

export function fitOf(berth: Pick<HarbourBerthRow, 'width' | 'length'>, boat: Pick<Boat, 'width' | 'length'> | null): BerthFit {
  return berthFit(berth, boat);
}

/**
 * The form checked by the rules the central decides with (lease-create-schema.ts): a berth chosen
 * and not narrower than the boat, a shorter one confirmed, days typed in the user's format, within
 * the season and the end after the start, a reason. The payload only when nothing is wrong.
 */
export function checkNewLease(
  form: NewLeaseForm,
  ctx: { lang: Language; today: string; customerId: string; berth: HarbourBerthRow | null; boat: Boat | null },
): { problems: Partial<Record<NewLeaseField, Problem>>; payload: null | { customerId: string; boatId: string | null; berthId: string; season: number; startDate: string; endDate: string; reason: string; acceptShorter: boolean } } {
  const problems: Partial<Record<NewLeaseField, Problem>> = {};
  const { berth, boat, lang } = ctx;
  if (!berth) problems.berthId = { key: 'berthCustomers.newLease.problems.noBerth' };
  else {
    const fit = fitOf(berth, boat);
    if (fit === 'too_narrow' && boat) problems.berthId = { key: 'berthCustomers.newLease.problems.tooNarrow', params: { width: formatMetres(boat.width, lang) } };
    if (fit === 'too_short' && boat && !form.acceptShorter) problems.acceptShorter = { key: 'berthCustomers.newLease.problems.shorter', params: { length: formatMetres(boat.length, lang) } };
  }
  const day = (text: string): string | Problem => {
    const parsed = parseDay(text, lang);
    if (parsed.ok) return parsed.iso;
    return { key: parsed.reason === 'no_such_day' ? 'berthCustomers.newLease.problems.noSuchDay' : 'berthCustomers.newLease.problems.dateFormat' };
  };
  const start = day(form.start);
  const end = day(form.end);
  if (typeof start !== 'string') problems.start = start;
  if (typeof end !== 'string') problems.end = end;
  // Each day typed is checked against the season on its own; the order once both are days.
  const earliest = seasonStart(form.season);
  const latest = seasonEnd(form.season);
  const outside = { key: 'berthCustomers.newLease.problems.outsideSeason', params: { earliest: formatIsoDate(earliest, lang), latest: formatIsoDate(latest, lang) } };
  if (typeof start === 'string' && (start < earliest || start > latest)) problems.start = outside;
  if (typeof end === 'string' && (end < earliest || end > latest)) problems.end = outside;
  if (typeof start === 'string' && typeof end === 'string' && !problems.start && !problems.end) {
    if (leaseDatesProblem({ season: form.season, startDate: start, endDate: end }, ctx.today)?.kind === 'end_not_after_start') problems.end = { key: 'berthCustomers.newLease.problems.endNotAfterStart' };
  }
  const reason = form.reason.trim();
  if (reason === '') problems.reason = { key: 'berthCustomers.newLease.problems.reason' };
  if (Object.keys(problems).length > 0 || !berth || typeof start !== 'string' || typeof end !== 'string') return { problems, payload: null };
  return {
    problems,
    payload: { customerId: ctx.customerId, boatId: boat?.id ?? null, berthId: berth.id, season: form.season, startDate: start, endDate: end, reason, acceptShorter: form.acceptShorter },
  };
}
