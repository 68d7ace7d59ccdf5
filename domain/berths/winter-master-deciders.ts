import type { ErrorCode } from '../errors.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { WinterMasterCommandType, WinterPayload } from './winter-commands.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from './winter-entities.ts';
import { blank, checkAdd, POSTAL_CODE, sameText, stale } from './master-data-deciders.ts';
import { leaseHoldsPlace, storedLength } from './winter-places.ts';
import { offerWinter } from './winter-seasons.ts';

/**
 * Winter storage master data (decision 43): areas, sections and marked places, decided like the
 * berth master data (master-data-deciders.ts, whose version check and text rules these share).
 * What a command needs is loaded by the caller (the central: under row locks).
 */
export interface WinterMasterState {
  /** The area edited, or the one a new section is added in. */
  area?: Versioned<WinterArea> | null;
  /** The area's sections: an area stays in use while one of them is; a new section's identifier is unique among them. */
  areaSections?: WinterSection[];
  /** The section edited (for a new section: one its id already names, refused). */
  section?: Versioned<WinterSection> | null;
  /** The other sections of the section's area: identifiers are unique within an area. */
  siblingSections?: WinterSection[];
  /** The section's places: numbers are unique in a section; a section with a place in use stays in use. */
  sectionPlaces?: WinterPlace[];
  place?: Versioned<WinterPlace> | null;
  /** The place's section as it is (a new place's: the section it is added in): a place is put in use only in a section in use. */
  placeSection?: WinterSection | null;
  /** Leases on the place from the winter before the one in force to the one after. */
  placeLeases?: WinterLease[];
  /** The applications of those leases: the boats a place must stay big enough for. */
  placeApplications?: WinterApplication[];
}
export interface WinterMasterCommandState {
  winterMaster?: WinterMasterState;
}

type WinterMasterPut =
  | { entity: 'winter_area'; record: WinterArea; version: number }
  | { entity: 'winter_section'; record: WinterSection; version: number }
  | { entity: 'winter_place'; record: WinterPlace; version: number };

export type WinterMasterDecision =
  | { ok: true; puts: WinterMasterPut[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

type Refusal = Extract<WinterMasterDecision, { ok: false }>;
const reject = (code: ErrorCode, message: string): Refusal => ({ ok: false, status: 'rejected', code, message });
const inUse = (r: { isActive?: boolean }) => r.isActive !== false;

/** Sizes a marked place can have, in metres (the place types run 2.0 × 3.0 to 4.5 × 12.0); beyond is a slip. */
export const WINTER_PLACE_LIMITS = { width: 10, length: 30, number: 9999 } as const;
const size = (v: number, max: number) => Number.isFinite(v) && v > 0 && v <= max;
const cm = (v: number) => Math.round(v * 100) / 100;

export function decideEditWinterArea(state: WinterMasterCommandState, p: WinterPayload<'berths.editWinterArea'>, ctx: CommandContext): WinterMasterDecision {
  const m = state.winterMaster;
  const row = m?.area;
  if (!row) return reject('not_found', 'The winter storage area does not exist.');
  const conflict = stale(`The area ${row.record.name.fi}`, row, ctx);
  if (conflict) return conflict;
  if (blank(p.name.fi) || blank(p.name.sv) || blank(p.name.en)) return reject('master_data_required', 'The area needs a name in Finnish, Swedish and English.');
  if (p.zipCode !== '' && !POSTAL_CODE.test(p.zipCode)) return reject('master_data_zip_invalid', `The postal code ${p.zipCode} is not five digits.`);
  const sections = (m.areaSections ?? []).filter(inUse).length;
  if (!p.isActive && inUse(row.record) && sections > 0) {
    return reject('winter_area_has_active_sections', `${sections} sections of ${row.record.name.fi} are in use; take them out of use first.`);
  }
  const record: WinterArea = { ...row.record, name: p.name, streetAddress: p.streetAddress, zipCode: p.zipCode, estimatedUnmarkedSpaces: p.estimatedUnmarkedSpaces, isActive: p.isActive };
  return { ok: true, puts: [{ entity: 'winter_area', record, version: row.version + 1 }] };
}

type SectionFields = Omit<WinterPayload<'berths.editWinterSection'>, 'sectionId'>;

/** What an edited or a new section must be: an identifier no other section of the area has (case and accents aside). */
function sectionProblem(p: SectionFields, areaSections: readonly WinterSection[], ownId: string): Refusal | null {
  if (blank(p.identifier)) return reject('master_data_required', 'The section needs an identifier.');
  if (areaSections.some((o) => o.id !== ownId && sameText(o.identifier, p.identifier))) {
    return reject('winter_section_identifier_taken', `The area has a section ${p.identifier} already.`);
  }
  return null;
}

/**
 * A new section in an area, by the edit's rules: an identifier no other section of the area has;
 * in use only in an area in use (so an area out of use keeps nothing in use). Creating never
 * overwrites, so an id that names a section already is refused. A new section has no places.
 */
export function decideAddWinterSection(state: WinterMasterCommandState, p: WinterPayload<'berths.addWinterSection'>, _ctx: CommandContext): WinterMasterDecision {
  const m = state.winterMaster;
  const added = checkAdd(m?.area?.record, { parent: 'winter storage area', record: 'winter storage section', id: p.sectionId }, m?.section, () => sectionProblem(p, m?.areaSections ?? [], p.sectionId));
  if (!added.ok) return added;
  const area = added.parent;
  if (p.isActive && !inUse(area)) return reject('winter_area_inactive', `The area ${area.name.fi} is not in use: put it in use first, or add the section out of use.`);
  const record: WinterSection = { id: p.sectionId, areaId: area.id, identifier: p.identifier, services: [...new Set(p.services)], isActive: p.isActive };
  return { ok: true, puts: [{ entity: 'winter_section', record, version: 1 }] };
}

export function decideEditWinterSection(state: WinterMasterCommandState, p: WinterPayload<'berths.editWinterSection'>, ctx: CommandContext): WinterMasterDecision {
  const m = state.winterMaster;
  const row = m?.section;
  if (!row) return reject('not_found', 'The winter storage section does not exist.');
  const conflict = stale(`The section ${row.record.identifier}`, row, ctx);
  if (conflict) return conflict;
  const problem = sectionProblem(p, m.siblingSections ?? [], row.record.id);
  if (problem) return problem;
  const places = (m.sectionPlaces ?? []).filter((x) => x.isActive).length;
  if (!p.isActive && inUse(row.record) && places > 0) {
    return reject('winter_section_has_active_places', `${places} places of section ${row.record.identifier} are in use; take them out of use first.`);
  }
  const record: WinterSection = { ...row.record, identifier: p.identifier, services: [...new Set(p.services)], isActive: p.isActive };
  return { ok: true, puts: [{ entity: 'winter_section', record, version: row.version + 1 }] };
}

/** A lease in force on the place and the boat it is for: null when none holds it. */
export interface PlaceHolder {
  lease: WinterLease;
  winter: number;
  /** The boat's width and the length it takes as stored; null for a lease without an application. */
  boat: { width: number; storedLength: number } | null;
}

/**
 * The leases that hold the place (the marked places' rule, decision 36): an active lease of the
 * winter in force or the next, or the winter before's paid lease until its holder has one for
 * the winter in force, each with the boat its application names.
 */
export function placeHolders(place: Pick<WinterPlace, 'id'>, leases: readonly WinterLease[], applications: readonly WinterApplication[], today: string): PlaceHolder[] {
  const byId = new Map(applications.map((a) => [a.id, a]));
  const current = offerWinter(today);
  const out: PlaceHolder[] = [];
  for (const lease of leases) {
    if (lease.placeId !== place.id) continue;
    const winter = [current, current + 1].find((w) => leaseHoldsPlace(lease, w, leases));
    if (winter === undefined) continue;
    const a = lease.applicationId ? byId.get(lease.applicationId) : undefined;
    out.push({ lease, winter, boat: a ? { width: a.boat.width, storedLength: storedLength(a) } : null });
  }
  return out;
}

type PlaceFields = Omit<WinterPayload<'berths.editWinterPlace'>, 'placeId'>;

/** What an edited or a new place must be: a number from 1 to 9999 no other place of the section has, sizes a place can have. */
function placeProblem(p: PlaceFields, sectionPlaces: readonly WinterPlace[], ownId: string): Refusal | null {
  if (!(p.number > 0 && p.number <= WINTER_PLACE_LIMITS.number)) return reject('winter_place_number_invalid', `A place number is a whole number from 1 to ${WINTER_PLACE_LIMITS.number}.`);
  if (!size(p.width, WINTER_PLACE_LIMITS.width) || !size(p.length, WINTER_PLACE_LIMITS.length)) {
    return reject('winter_place_size_invalid', `Width (at most ${WINTER_PLACE_LIMITS.width} m) and length (at most ${WINTER_PLACE_LIMITS.length} m) must be positive sizes in metres.`);
  }
  if (sectionPlaces.some((o) => o.id !== ownId && o.number === p.number)) return reject('winter_place_number_taken', `The section has a place ${p.number} already.`);
  return null;
}

/**
 * A new marked place in a section, by the edit's rules: a number no other place of the section
 * has, sizes a place can have; in use only in a section in use. Creating never overwrites, so an
 * id that names a place already is refused. No lease holds a new place.
 */
export function decideAddWinterPlace(state: WinterMasterCommandState, p: WinterPayload<'berths.addWinterPlace'>, _ctx: CommandContext): WinterMasterDecision {
  const m = state.winterMaster;
  const added = checkAdd(m?.placeSection, { parent: 'winter storage section', record: 'winter storage place', id: p.placeId }, m?.place, () => placeProblem(p, m?.sectionPlaces ?? [], p.placeId));
  if (!added.ok) return added;
  const section = added.parent;
  if (p.isActive && !inUse(section)) return reject('winter_section_inactive', `Section ${section.identifier} is not in use: put it in use first, or add the place out of use.`);
  const record: WinterPlace = {
    id: p.placeId,
    areaId: section.areaId,
    sectionId: section.id,
    number: p.number,
    width: cm(p.width),
    length: cm(p.length),
    isActive: p.isActive,
    isInvoiceable: p.isInvoiceable,
    comment: p.comment,
  };
  return { ok: true, puts: [{ entity: 'winter_place', record, version: 1 }] };
}

/**
 * A marked place's number, size and flags. While a lease in force holds it, it stays in use, and
 * it is never made narrower than the boat (a place narrower than the boat is never given) nor
 * shorter than the boat takes; a place given shorter on purpose may keep its length or grow.
 */
export function decideEditWinterPlace(state: WinterMasterCommandState, p: WinterPayload<'berths.editWinterPlace'>, ctx: CommandContext): WinterMasterDecision {
  const m = state.winterMaster;
  const row = m?.place;
  if (!row) return reject('not_found', 'The winter storage place does not exist.');
  const place = row.record;
  const conflict = stale(`Place ${place.number}`, row, ctx);
  if (conflict) return conflict;
  const problem = placeProblem(p, m.sectionPlaces ?? [], place.id);
  if (problem) return problem;
  if (p.isActive && !place.isActive && m.placeSection && !inUse(m.placeSection)) {
    return reject('winter_section_inactive', `Section ${m.placeSection.identifier} is not in use: put it in use first.`);
  }
  const width = cm(p.width);
  const length = cm(p.length);
  for (const h of placeHolders(place, m.placeLeases ?? [], m.placeApplications ?? [], ctx.today)) {
    const held = `Place ${place.number} is held by the lease ${h.lease.invoice.number} for winter ${h.winter}`;
    if (!p.isActive) return reject('winter_place_held', `${held}: it stays in use.`);
    if (h.boat && width + 1e-9 < Math.min(place.width, h.boat.width)) return reject('winter_place_held', `${held}: it cannot be narrower than the boat (${h.boat.width} m).`);
    if (h.boat && length < place.length && length + 1e-9 < h.boat.storedLength) return reject('winter_place_held', `${held}: it cannot be shorter than the boat takes (${h.boat.storedLength} m).`);
  }
  const record: WinterPlace = { ...place, number: p.number, width, length, isActive: p.isActive, isInvoiceable: p.isInvoiceable, comment: p.comment };
  return { ok: true, puts: [{ entity: 'winter_place', record, version: row.version + 1 }] };
}

type Decider<T extends WinterMasterCommandType> = (state: WinterMasterCommandState, payload: WinterPayload<T>, ctx: CommandContext) => WinterMasterDecision;

export const WINTER_MASTER_DECIDERS: { [T in WinterMasterCommandType]: Decider<T> } = {
  'berths.editWinterArea': decideEditWinterArea,
  'berths.editWinterSection': decideEditWinterSection,
  'berths.editWinterPlace': decideEditWinterPlace,
  'berths.addWinterPlace': decideAddWinterPlace,
  'berths.addWinterSection': decideAddWinterSection,
};

/** The record a winter master data command versions (its base version is that record's). */
export function winterMasterAggregate(type: WinterMasterCommandType, payload: unknown): { entity: 'winter_area' | 'winter_section' | 'winter_place'; id: string } {
  // An add is not versioned: its parent (a place's section, a section's area) ties the queued command to where it is added.
  switch (type) {
    case 'berths.editWinterArea':
      return { entity: 'winter_area', id: (payload as WinterPayload<typeof type>).areaId };
    case 'berths.editWinterSection':
      return { entity: 'winter_section', id: (payload as WinterPayload<typeof type>).sectionId };
    case 'berths.editWinterPlace':
      return { entity: 'winter_place', id: (payload as WinterPayload<typeof type>).placeId };
    case 'berths.addWinterPlace':
      return { entity: 'winter_section', id: (payload as WinterPayload<typeof type>).sectionId };
    case 'berths.addWinterSection':
      return { entity: 'winter_area', id: (payload as WinterPayload<typeof type>).areaId };
  }
}
