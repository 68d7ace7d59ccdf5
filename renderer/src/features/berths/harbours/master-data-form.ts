import type { Berth, Harbour, MooringType, Pier } from '../../../../../domain/berths/entities.ts';
import type { MasterDataPayload } from '../../../../../domain/berths/master-data-commands.ts';
import { BERTH_LIMITS, POSTAL_CODE, WEB_ADDRESS } from '../../../../../domain/berths/master-data-deciders.ts';

/**
 * The edit dialogs' fields as typed, checked as the user types. The checks are the deciders'
 * (domain/berths/master-data-deciders.ts) said early, in words: the core and the central still
 * decide, so a rule only the central can see (a lease made elsewhere) arrives as its error code.
 */
export type Problem = { key: string; params?: Record<string, string | number> };
export type Problems<F extends string> = Partial<Record<F, Problem>>;

/** Metres or euros as handlers type them: "2,5", "2.50", " 3 ". Null when it is not a number. */
export function parseDecimal(text: string): number | null {
  const t = text.trim().replace(/\s+/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** A number for a field: "2.5" shows as "2,5" where the comma is the decimal mark. */
export function decimalText(value: number | null, lang: string): string {
  if (value === null) return '';
  const s = String(value);
  return lang === 'en' ? s : s.replace('.', ',');
}

const blank = (s: string) => s.trim() === '';

/** A size in metres as typed: required unless optional, a number, over 0, at most `max` (winter places check theirs with it too). */
export function size(text: string, max: number, optional = false): { value: number | null; problem?: Problem } {
  if (blank(text)) return optional ? { value: null } : { value: null, problem: { key: 'berthsMaster.validation.required' } };
  const n = parseDecimal(text);
  if (n === null) return { value: null, problem: { key: 'berthsMaster.validation.number' } };
  if (n <= 0) return { value: null, problem: { key: 'berthsMaster.validation.positive' } };
  if (n > max) return { value: null, problem: { key: 'berthsMaster.validation.tooLarge', params: { max } } };
  return { value: n };
}

export interface BerthForm {
  number: string;
  width: string;
  length: string;
  depth: string;
  mooringType: MooringType;
  isAccessible: 'yes' | 'no' | 'unknown';
  isActive: boolean;
  isInvoiceable: boolean;
  comment: string;
}
export type BerthField = keyof BerthForm;

export function berthForm(b: Berth, lang: string): BerthForm {
  return {
    number: b.number,
    width: decimalText(b.width, lang),
    length: decimalText(b.length, lang),
    depth: decimalText(b.depth, lang),
    mooringType: b.mooringType,
    isAccessible: b.isAccessible === null ? 'unknown' : b.isAccessible ? 'yes' : 'no',
    isActive: b.isActive,
    isInvoiceable: b.isInvoiceable ?? true,
    comment: b.comment,
  };
}

/** A new berth's form: nothing typed yet, moored as the pier's berths are (`mooringType`), in use and invoiced as most berths are. */
export function newBerthForm(mooringType: MooringType = 'single_slip'): BerthForm {
  return { number: '', width: '', length: '', depth: '', mooringType, isAccessible: 'unknown', isActive: true, isInvoiceable: true, comment: '' };
}

/** A berth's own fields, what an edit and an add both send (an edit with the berth's id, an add with its pier's). */
export type BerthFields = Omit<MasterDataPayload<'berths.editBerth'>, 'berthId'>;

/** The berth's fields, or what to correct first. `otherNumbers`: the numbers of the pier's other berths. */
export function checkBerthForm(f: BerthForm, otherNumbers: readonly string[]): { ok: true; payload: BerthFields } | { ok: false; problems: Problems<BerthField> } {
  const problems: Problems<BerthField> = {};
  if (blank(f.number)) problems.number = { key: 'berthsMaster.validation.required' };
  else if (otherNumbers.some((n) => n.trim().toLocaleLowerCase('fi') === f.number.trim().toLocaleLowerCase('fi'))) {
    problems.number = { key: 'berthsMaster.validation.numberTaken', params: { number: f.number.trim() } };
  }
  const width = size(f.width, BERTH_LIMITS.width);
  const length = size(f.length, BERTH_LIMITS.length);
  const depth = size(f.depth, BERTH_LIMITS.depth, true);
  if (width.problem) problems.width = width.problem;
  if (length.problem) problems.length = length.problem;
  if (depth.problem) problems.depth = depth.problem;
  if (f.comment.length > 2000) problems.comment = { key: 'berthsMaster.validation.tooLong', params: { max: 2000 } };
  if (Object.keys(problems).length > 0 || width.value === null || length.value === null) return { ok: false, problems };
  return {
    ok: true,
    payload: {
      number: f.number.trim(),
      width: width.value,
      length: length.value,
      depth: depth.value,
      mooringType: f.mooringType,
      isAccessible: f.isAccessible === 'unknown' ? null : f.isAccessible === 'yes',
      isActive: f.isActive,
      isInvoiceable: f.isInvoiceable,
      comment: f.comment,
    },
  };
}

export interface PierForm {
  identifier: string;
  priceTier: 1 | 2 | 3;
  services: Pier['services'];
  personalElectricity: boolean;
  suitableBoatTypes: string;
  isActive: boolean;
}
export type PierField = keyof PierForm;

export function pierForm(p: Pier): PierForm {
  return {
    identifier: p.identifier,
    priceTier: p.priceTier,
    services: p.services,
    personalElectricity: p.personalElectricity,
    suitableBoatTypes: p.suitableBoatTypes.join('\n'),
    isActive: p.isActive !== false,
  };
}

/** A new pier's form: no identifier, services or boat types yet, the first price tier, in use. */
export function newPierForm(): PierForm {
  return { identifier: '', priceTier: 1, services: [], personalElectricity: false, suitableBoatTypes: '', isActive: true };
}

/** A pier's own fields, what an edit and an add both send (an edit with the pier's id, an add with its harbour's). */
export type PierFields = Omit<MasterDataPayload<'berths.editPier'>, 'pierId'>;

/** The pier's fields, or what to correct first. `otherIdentifiers`: those of the harbour's other piers. */
export function checkPierForm(f: PierForm, otherIdentifiers: readonly string[]): { ok: true; payload: PierFields } | { ok: false; problems: Problems<PierField> } {
  const problems: Problems<PierField> = {};
  if (blank(f.identifier)) problems.identifier = { key: 'berthsMaster.validation.required' };
  else if (otherIdentifiers.some((i) => i.trim().toLocaleLowerCase('fi') === f.identifier.trim().toLocaleLowerCase('fi'))) {
    problems.identifier = { key: 'berthsMaster.validation.identifierTaken', params: { identifier: f.identifier.trim() } };
  }
  const types = f.suitableBoatTypes.split('\n').map((s) => s.trim()).filter(Boolean);
  if (types.some((s) => s.length > 60) || types.length > 20) problems.suitableBoatTypes = { key: 'berthsMaster.validation.boatTypes' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    payload: { identifier: f.identifier.trim(), priceTier: f.priceTier, services: f.services, personalElectricity: f.personalElectricity, suitableBoatTypes: types, isActive: f.isActive },
  };
}

export interface HarbourForm {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  streetAddress: string;
  zipCode: string;
  wwwUrl: string;
}
export type HarbourField = keyof HarbourForm;

export function harbourForm(h: Harbour): HarbourForm {
  return { nameFi: h.name.fi, nameSv: h.name.sv, nameEn: h.name.en, streetAddress: h.streetAddress, zipCode: h.zipCode, wwwUrl: h.wwwUrl };
}

export function checkHarbourForm(harbourId: string, f: HarbourForm): { ok: true; payload: MasterDataPayload<'berths.editHarbour'> } | { ok: false; problems: Problems<HarbourField> } {
  const problems: Problems<HarbourField> = {};
  for (const k of ['nameFi', 'nameSv', 'nameEn'] as const) if (blank(f[k])) problems[k] = { key: 'berthsMaster.validation.required' };
  if (!blank(f.zipCode) && !POSTAL_CODE.test(f.zipCode.trim())) problems.zipCode = { key: 'berthsMaster.validation.zip' };
  if (!blank(f.wwwUrl) && !WEB_ADDRESS.test(f.wwwUrl.trim())) problems.wwwUrl = { key: 'berthsMaster.validation.url' };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    payload: {
      harbourId,
      name: { fi: f.nameFi.trim(), sv: f.nameSv.trim(), en: f.nameEn.trim() },
      streetAddress: f.streetAddress.trim(),
      zipCode: f.zipCode.trim(),
      wwwUrl: f.wwwUrl.trim(),
    },
  };
}
