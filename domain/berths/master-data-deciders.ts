import type { ErrorCode } from '../errors.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { Berth, BerthProduct, Harbour, Lease, Pier } from './entities.ts';
import { PRICING_CATEGORIES } from './entities.ts';
import type { MasterDataCommandType, MasterDataPayload, PriceBand } from './master-data-commands.ts';
import { berthOccupancy } from './availability.ts';
import { addDays } from './seasons.ts';

/**
 * What a master data command needs, loaded by the caller (central: under row locks). It travels
 * under its own key so the berth command state and this one never mean different things by one name.
 */
export interface MasterDataState {
  /** The harbour edited, or the one a new pier is added in. */
  harbour?: Versioned<Harbour> | null;
  /** The pier edited (for a new pier: one its id already names, refused). */
  pier?: Versioned<Pier> | null;
  /** The piers of the pier's harbour (the edited one among them): identifiers are unique within a harbour. */
  siblingPiers?: Pier[];
  /** The berths of the pier: numbers are unique on a pier; a pier with a berth in use stays in use. */
  pierBerths?: Berth[];
  berth?: Versioned<Berth> | null;
  /** Leases on the berth in last, this and next season. */
  berthLeases?: Lease[];
  /** Every berth product, each with its version. */
  products?: Versioned<BerthProduct>[];
}
export interface MasterDataCommandState {
  master?: MasterDataState;
}

type MasterPut =
  | { entity: 'harbour'; record: Harbour; version: number }
  | { entity: 'pier'; record: Pier; version: number }
  | { entity: 'berth'; record: Berth; version: number }
  | { entity: 'berth_product'; record: BerthProduct; version: number };

export type MasterDataDecision =
  | { ok: true; puts: MasterPut[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

type Refusal = Extract<MasterDataDecision, { ok: false }>;
const reject = (code: ErrorCode, message: string): Refusal => ({ ok: false, status: 'rejected', code, message });

/** The base version check every edit makes first: a change decided on an old copy is a conflict (winter master data makes it too). */
export function stale<T>(what: string, row: Versioned<T>, ctx: CommandContext): Extract<MasterDataDecision, { ok: false }> | null {
  if (ctx.baseVersion === null || ctx.baseVersion === row.version) return null;
  return {
    ok: false,
    status: 'conflict',
    code: 'stale_version',
    message: `${what} was changed by someone else (version ${row.version}, you saw ${ctx.baseVersion}).`,
    current: { record: row.record, version: row.version },
  };
}

export const blank = (s: string) => s.trim() === '';

/**
 * What every add (decision 45) refuses first, for berths and piers here and winter sections and
 * places alike: a parent that does not exist, an id that names a record already (creating never
 * overwrites), then what the edit's own rule refuses. The parent, when nothing is refused.
 */
export function checkAdd<P>(
  parent: P | null | undefined,
  names: { parent: string; record: string; id: string },
  existing: unknown,
  problem: () => Refusal | null,
): { ok: true; parent: P } | Refusal {
  if (!parent) return reject('not_found', `The ${names.parent} does not exist.`);
  if (existing) return reject('id_taken', `A ${names.record} with the id ${names.id} exists already; creating never overwrites.`);
  return problem() ?? { ok: true, parent };
}
/** Two identifiers or numbers that a person reads as the same (case and accents aside). */
export const sameText = (a: string, b: string) => a.trim().localeCompare(b.trim(), 'fi', { sensitivity: 'base' }) === 0;

/** A Finnish postal code is five digits; a web address is http(s) or nothing. */
export const POSTAL_CODE = /^\d{5}$/;
export const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

export function decideEditHarbour(state: MasterDataCommandState, p: MasterDataPayload<'berths.editHarbour'>, ctx: CommandContext): MasterDataDecision {
  const row = state.master?.harbour;
  if (!row) return reject('not_found', 'The harbour does not exist.');
  const conflict = stale(`The harbour ${row.record.name.fi}`, row, ctx);
  if (conflict) return conflict;
  if (blank(p.name.fi) || blank(p.name.sv) || blank(p.name.en)) return reject('master_data_required', 'The harbour needs a name in Finnish, Swedish and English.');
  if (p.zipCode !== '' && !POSTAL_CODE.test(p.zipCode)) return reject('master_data_zip_invalid', `The postal code ${p.zipCode} is not five digits.`);
  if (p.wwwUrl !== '' && !WEB_ADDRESS.test(p.wwwUrl)) return reject('master_data_url_invalid', 'The web address must begin with https:// or http://.');
  const record: Harbour = { ...row.record, name: p.name, streetAddress: p.streetAddress, zipCode: p.zipCode, wwwUrl: p.wwwUrl };
  return { ok: true, puts: [{ entity: 'harbour', record, version: row.version + 1 }] };
}

type PierFields = Omit<MasterDataPayload<'berths.editPier'>, 'pierId'>;

/** What an edited or a new pier must be: an identifier no other pier of the harbour has; `ownId` is left out of the harbour's piers. */
function pierProblem(p: PierFields, harbourPiers: readonly Pier[], ownId: string): Refusal | null {
  if (blank(p.identifier)) return reject('master_data_required', 'The pier needs an identifier.');
  if (harbourPiers.some((o) => o.id !== ownId && sameText(o.identifier, p.identifier))) return reject('pier_identifier_taken', `The harbour has a pier ${p.identifier} already.`);
  return null;
}

/** A pier's own fields as the edit and the add write them: services and boat types once each, no blank boat type. */
const pierFields = (p: PierFields): Omit<Pier, 'id' | 'harbourId'> => ({
  identifier: p.identifier,
  priceTier: p.priceTier,
  services: [...new Set(p.services)],
  personalElectricity: p.personalElectricity,
  suitableBoatTypes: [...new Set(p.suitableBoatTypes.filter((t) => !blank(t)))],
  isActive: p.isActive,
});

export function decideEditPier(state: MasterDataCommandState, p: MasterDataPayload<'berths.editPier'>, ctx: CommandContext): MasterDataDecision {
  const m = state.master;
  const row = m?.pier;
  if (!row) return reject('not_found', 'The pier does not exist.');
  const conflict = stale(`The pier ${row.record.identifier}`, row, ctx);
  if (conflict) return conflict;
  const problem = pierProblem(p, m.siblingPiers ?? [], row.record.id);
  if (problem) return problem;
  const inUse = (m.pierBerths ?? []).filter((b) => b.isActive).length;
  if (!p.isActive && row.record.isActive !== false && inUse > 0) {
    return reject('pier_has_active_berths', `${inUse} berths of pier ${row.record.identifier} are in use; take them out of use first.`);
  }
  const record: Pier = { ...row.record, ...pierFields(p) };
  return { ok: true, puts: [{ entity: 'pier', record, version: row.version + 1 }] };
}

/**
 * A new pier in a harbour, by the edit's rules: an identifier no other pier of the harbour has
 * (case and accents aside). A harbour is never out of use, so the pier may be added in use or
 * not; creating never overwrites, so an id that names a pier already is refused. A new pier has
 * no berths yet: they are added on it (decision 45).
 */
export function decideAddPier(state: MasterDataCommandState, p: MasterDataPayload<'berths.addPier'>, _ctx: CommandContext): MasterDataDecision {
  const m = state.master;
  const added = checkAdd(m?.harbour?.record, { parent: 'harbour', record: 'pier', id: p.pierId }, m?.pier, () => pierProblem(p, m?.siblingPiers ?? [], p.pierId));
  if (!added.ok) return added;
  const record: Pier = { id: p.pierId, harbourId: added.parent.id, ...pierFields(p) };
  return { ok: true, puts: [{ entity: 'pier', record, version: 1 }] };
}

/** Sizes a berth can have, in metres; anything else is a typing slip (a width of 250 for 2.50). */
export const BERTH_LIMITS = { width: 30, length: 150, depth: 30 } as const;
const size = (v: number, max: number) => Number.isFinite(v) && v > 0 && v <= max;
const cm = (v: number) => Math.round(v * 100) / 100;

/** Why a berth cannot be taken out of use: a lease or offer holds it this season or the next. */
export function berthHeldBy(berth: Pick<Berth, 'id'>, leases: readonly Lease[], today: string): { season: number; reason: string } | null {
  const year = Number(today.slice(0, 4));
  for (const season of [year, year + 1]) {
    const o = berthOccupancy({ id: berth.id, isActive: true }, leases, season);
    if (!o.free) return { season, reason: o.reason };
  }
  return null;
}

type BerthFields = Omit<MasterDataPayload<'berths.editBerth'>, 'berthId'>;

/** What an edited or a new berth must be (a number unique on its pier, sizes a berth can have); `ownId` is left out of the pier's numbers. */
function berthProblem(p: BerthFields, pierBerths: readonly Berth[], ownId: string): Refusal | null {
  if (blank(p.number)) return reject('master_data_required', 'The berth needs a number.');
  if (!size(p.width, BERTH_LIMITS.width) || !size(p.length, BERTH_LIMITS.length) || (p.depth !== null && !size(p.depth, BERTH_LIMITS.depth))) {
    return reject('berth_dimension_invalid', `Width (at most ${BERTH_LIMITS.width} m), length (at most ${BERTH_LIMITS.length} m) and depth must be positive sizes in metres.`);
  }
  if (pierBerths.some((b) => b.id !== ownId && sameText(b.number, p.number))) {
    return reject('berth_number_taken', `The pier has a berth ${p.number} already.`);
  }
  return null;
}

/** The berth's own fields as typed, sizes to the centimetre. */
const berthFields = (p: BerthFields) => ({
  number: p.number,
  width: cm(p.width),
  length: cm(p.length),
  depth: p.depth === null ? null : cm(p.depth),
  mooringType: p.mooringType,
  isAccessible: p.isAccessible,
  isActive: p.isActive,
  isInvoiceable: p.isInvoiceable,
  comment: p.comment,
});

export function decideEditBerth(state: MasterDataCommandState, p: MasterDataPayload<'berths.editBerth'>, ctx: CommandContext): MasterDataDecision {
  const m = state.master;
  const row = m?.berth;
  if (!row) return reject('not_found', 'The berth does not exist.');
  const conflict = stale(`Berth ${row.record.number}`, row, ctx);
  if (conflict) return conflict;
  const problem = berthProblem(p, m.pierBerths ?? [], row.record.id);
  if (problem) return problem;
  if (!p.isActive && row.record.isActive) {
    const held = berthHeldBy(row.record, m.berthLeases ?? [], ctx.today);
    if (held) return reject('berth_has_active_lease', `Berth ${row.record.number} is ${held.reason} for season ${held.season}: it stays in use.`);
  }
  const record: Berth = { ...row.record, ...berthFields(p) };
  return { ok: true, puts: [{ entity: 'berth', record, version: row.version + 1 }] };
}

/**
 * A new berth on a pier, by the edit's rules: a number no other berth of the pier has, sizes a
 * berth can have. It is put in use only on a pier in use (a pier out of use has no berth in use,
 * decision 45); creating never overwrites, so an id that names a berth already is refused.
 */
export function decideAddBerth(state: MasterDataCommandState, p: MasterDataPayload<'berths.addBerth'>, _ctx: CommandContext): MasterDataDecision {
  const m = state.master;
  const added = checkAdd(m?.pier?.record, { parent: 'pier', record: 'berth', id: p.berthId }, m?.berth, () => berthProblem(p, m?.pierBerths ?? [], p.berthId));
  if (!added.ok) return added;
  const pier = added.parent;
  if (p.isActive && pier.isActive === false) return reject('berth_pier_inactive', `Pier ${pier.identifier} is not in use: put it in use first, or add the berth out of use.`);
  const record: Berth = { id: p.berthId, harbourId: pier.harbourId, pierId: pier.id, ...berthFields(p) };
  return { ok: true, puts: [{ entity: 'berth', record, version: 1 }] };
}

/**
 * Width bands of one category, in order: none empty or priced below zero, none overlapping. The
 * general list (`default`) covers every width from 0 without a gap; the others list their own
 * widths only (Vasikkasaari's are single sizes), so gaps there are meant.
 */
export function bandProblem(bands: readonly PriceBand[]): string | null {
  const byCategory = new Map<string, PriceBand[]>();
  for (const b of bands) byCategory.set(b.pricingCategory, [...(byCategory.get(b.pricingCategory) ?? []), b]);
  for (const category of PRICING_CATEGORIES) if (!byCategory.has(category)) return `The list has no ${category} prices.`;
  for (const [category, list] of byCategory) {
    const sorted = [...list].sort((a, b) => a.minWidthExclusive - b.minWidthExclusive);
    for (const [i, b] of sorted.entries()) {
      if (!(b.minWidthExclusive >= 0 && b.maxWidthInclusive > b.minWidthExclusive)) return `A ${category} band from ${b.minWidthExclusive} m to ${b.maxWidthInclusive} m is empty.`;
      if (b.tierPricesCents.some((c) => c < 0) || !(b.vatPercent >= 0 && b.vatPercent <= 100)) return `A ${category} band has a price or VAT below zero.`;
      const prev = sorted[i - 1];
      if (!prev) {
        if (category === 'default' && b.minWidthExclusive !== 0) return 'The general list must start from 0 m.';
      } else if (b.minWidthExclusive < prev.maxWidthInclusive) {
        return `${category} bands overlap at ${b.minWidthExclusive} m.`;
      } else if (category === 'default' && b.minWidthExclusive !== prev.maxWidthInclusive) {
        return `The general list has a gap from ${prev.maxWidthInclusive} m to ${b.minWidthExclusive} m.`;
      }
    }
  }
  return null;
}

const overlaps = (a: { from: string; until: string | null }, b: { from: string; until: string | null }) =>
  (a.until === null || b.from <= a.until) && (b.until === null || a.from <= b.until);

/**
 * Saves a price list version: a new one, or an upcoming one changed. A version whose first day
 * has come is never changed, except that a version running on without an end is ended the day
 * before a new one begins; every other overlap in a category is refused. A band dropped from an
 * upcoming version is retired (its last day before its first), never deleted: it stays in the history.
 */
export function decideSavePriceList(state: MasterDataCommandState, p: MasterDataPayload<'berths.savePriceList'>, ctx: CommandContext): MasterDataDecision {
  const all = state.master?.products ?? [];
  if (p.validUntil !== null && p.validUntil < p.validFrom) return reject('price_list_dates_invalid', `The price list ends (${p.validUntil}) before it begins (${p.validFrom}).`);
  if (p.validFrom <= ctx.today) return reject('price_list_dates_invalid', `A price list begins tomorrow (${addDays(ctx.today, 1)}) at the earliest, so no order made today changes its price.`);
  const ids = new Set(p.products.map((b) => b.id));
  if (ids.size !== p.products.length) return reject('price_list_bands_invalid', 'A band appears twice in the list.');
  const problem = bandProblem(p.products);
  if (problem) return reject('price_list_bands_invalid', problem);

  const byId = new Map(all.map((r) => [r.record.id, r]));
  const edited = p.products.map((b) => byId.get(b.id)).filter((r): r is Versioned<BerthProduct> => r !== undefined);
  const editedFrom = new Set(edited.map((r) => r.record.validFrom ?? ''));
  if (editedFrom.size > 1) return reject('price_list_bands_invalid', 'The bands belong to different price lists.');
  const [from] = [...editedFrom];
  if (from !== undefined && from <= ctx.today) return reject('price_list_started', `The price list valid from ${from} is in force already: make a new one instead.`);
  const first = byId.get(p.products[0]!.id);
  if (first) {
    const conflict = stale('The price list', first, ctx);
    if (conflict) return conflict;
  }

  const puts: MasterPut[] = [];
  // The rest of the version being edited: dropped bands are retired.
  const sameVersion = from === undefined ? [] : all.filter((r) => (r.record.validFrom ?? '') === from && !ids.has(r.record.id) && !retired(r.record));
  for (const r of sameVersion) puts.push({ entity: 'berth_product', version: r.version + 1, record: { ...r.record, validUntil: addDays(from!, -1) } });
  const untouched = new Set(sameVersion.map((r) => r.record.id));
  const span = { from: p.validFrom, until: p.validUntil };
  const categories = new Set(p.products.map((b) => b.pricingCategory));
  for (const r of all) {
    if (ids.has(r.record.id) || untouched.has(r.record.id) || retired(r.record) || !categories.has(r.record.pricingCategory)) continue;
    const other = { from: r.record.validFrom ?? '0000-01-01', until: r.record.validUntil ?? null };
    if (!overlaps(span, other)) continue;
    if (other.until === null && other.from < span.from) {
      puts.push({ entity: 'berth_product', version: r.version + 1, record: { ...r.record, validUntil: addDays(span.from, -1) } });
      continue;
    }
    return reject('price_list_overlap', `The ${r.record.pricingCategory} prices valid from ${other.from}${other.until ? ` to ${other.until}` : ''} overlap these dates.`);
  }
  for (const b of p.products) {
    const existing = byId.get(b.id);
    puts.push({ entity: 'berth_product', version: (existing?.version ?? 0) + 1, record: { ...b, validFrom: p.validFrom, validUntil: p.validUntil } });
  }
  return { ok: true, puts };
}

/** A band dropped from a version before it began: never valid on any day. */
export function retired(p: Pick<BerthProduct, 'validFrom' | 'validUntil'>): boolean {
  return Boolean(p.validFrom && p.validUntil && p.validUntil < p.validFrom);
}

type Decider<T extends MasterDataCommandType> = (state: MasterDataCommandState, payload: MasterDataPayload<T>, ctx: CommandContext) => MasterDataDecision;

export const MASTER_DATA_DECIDERS: { [T in MasterDataCommandType]: Decider<T> } = {
  'berths.editHarbour': decideEditHarbour,
  'berths.editPier': decideEditPier,
  'berths.editBerth': decideEditBerth,
  'berths.addBerth': decideAddBerth,
  'berths.addPier': decideAddPier,
  'berths.savePriceList': decideSavePriceList,
};

/** The record a master data command versions (its base version is that record's). */
export function masterDataAggregate(type: MasterDataCommandType, payload: unknown): { entity: 'harbour' | 'pier' | 'berth' | 'berth_product'; id: string } {
  switch (type) {
    case 'berths.editHarbour':
      return { entity: 'harbour', id: (payload as MasterDataPayload<'berths.editHarbour'>).harbourId };
    case 'berths.editPier':
      return { entity: 'pier', id: (payload as MasterDataPayload<'berths.editPier'>).pierId };
    case 'berths.editBerth':
      return { entity: 'berth', id: (payload as MasterDataPayload<'berths.editBerth'>).berthId };
    case 'berths.addBerth':
      // Not versioned: the pier ties the queued command to where the berth is added.
      return { entity: 'pier', id: (payload as MasterDataPayload<'berths.addBerth'>).pierId };
    case 'berths.addPier':
      // Not versioned either: the harbour ties it to where the pier is added.
      return { entity: 'harbour', id: (payload as MasterDataPayload<'berths.addPier'>).harbourId };
    case 'berths.savePriceList':
      return { entity: 'berth_product', id: (payload as MasterDataPayload<'berths.savePriceList'>).products[0]!.id };
  }
}
