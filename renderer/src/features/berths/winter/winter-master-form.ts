import type { WinterPayload } from '../../../../../domain/berths/winter-commands.ts';
import type { WinterArea, WinterPlace, WinterSection } from '../../../../../domain/berths/winter-entities.ts';
import { WINTER_PLACE_LIMITS } from '../../../../../domain/berths/winter-master-deciders.ts';
import { checkHarbourForm, decimalText, size, type HarbourForm, type Problem, type Problems } from '../harbours/master-data-form.ts';

/**
 * The winter storage edit dialogs' fields as typed, checked as the user types with the harbour
 * forms' rules and words (harbours/master-data-form.ts). The deciders still decide: a rule only the
 * cache or the central can see (a lease holding the place) arrives as its error code.
 */
type Checked<P, F extends string> = { ok: true; payload: P } | { ok: false; problems: Problems<F> };

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('fi') === b.trim().toLocaleLowerCase('fi');
const WHOLE = /^\d+$/;

function wholeNumber(text: string, max: number, optional: boolean): { value: number | null; problem?: Problem } {
  const s = text.trim();
  if (s === '') return optional ? { value: null } : { value: null, problem: { key: 'berthsMaster.validation.required' } };
  if (!WHOLE.test(s)) return { value: null, problem: { key: 'winter.areas.validation.whole' } };
  const n = Number(s);
  if (n > max || (!optional && n === 0)) return { value: null, problem: { key: 'winter.areas.validation.range', params: { min: optional ? 0 : 1, max } } };
  return { value: n };
}

export type AreaForm = Omit<HarbourForm, 'wwwUrl'> & { estimatedUnmarkedSpaces: string; isActive: boolean };
export type AreaField = keyof AreaForm;

export function areaForm(a: WinterArea): AreaForm {
  return {
    nameFi: a.name.fi, nameSv: a.name.sv, nameEn: a.name.en, streetAddress: a.streetAddress, zipCode: a.zipCode,
    estimatedUnmarkedSpaces: a.estimatedUnmarkedSpaces === null ? '' : String(a.estimatedUnmarkedSpaces), isActive: a.isActive !== false,
  };
}

/** The names and address by the harbour form's rules; the estimate a whole number or nothing. */
export function checkAreaForm(areaId: string, f: AreaForm): Checked<WinterPayload<'berths.editWinterArea'>, AreaField> {
  const harbour = checkHarbourForm(areaId, { ...f, wwwUrl: '' });
  const problems: Problems<AreaField> = harbour.ok ? {} : { ...harbour.problems };
  const estimate = wholeNumber(f.estimatedUnmarkedSpaces, 100_000, true);
  if (estimate.problem) problems.estimatedUnmarkedSpaces = estimate.problem;
  if (!harbour.ok || Object.keys(problems).length > 0) return { ok: false, problems };
  const { name, streetAddress, zipCode } = harbour.payload;
  return { ok: true, payload: { areaId, name, streetAddress, zipCode, estimatedUnmarkedSpaces: estimate.value, isActive: f.isActive } };
}

export interface SectionForm {
  identifier: string;
  services: WinterSection['services'];
  isActive: boolean;
}
export type SectionField = keyof SectionForm;

export function sectionForm(s: WinterSection): SectionForm {
  return { identifier: s.identifier, services: s.services, isActive: s.isActive !== false };
}

/** A new section's form: no identifier or services yet, in use when its area is (a section in use needs an area in use). */
export function newSectionForm(areaInUse: boolean): SectionForm {
  return { identifier: '', services: [], isActive: areaInUse };
}

/** A section's own fields, what an edit and an add both send (an edit with the section's id, an add with its area's). */
export type SectionFields = Omit<WinterPayload<'berths.editWinterSection'>, 'sectionId'>;

/** The section's fields, or what to correct first. `otherIdentifiers`: those of the area's other sections. */
export function checkSectionForm(f: SectionForm, otherIdentifiers: readonly string[]): Checked<SectionFields, SectionField> {
  const problems: Problems<SectionField> = {};
  if (f.identifier.trim() === '') problems.identifier = { key: 'berthsMaster.validation.required' };
  else if (f.identifier.trim().length > 20) problems.identifier = { key: 'berthsMaster.validation.tooLong', params: { max: 20 } };
  else if (otherIdentifiers.some((i) => same(i, f.identifier))) problems.identifier = { key: 'winter.areas.validation.sectionTaken', params: { identifier: f.identifier.trim() } };
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, payload: { identifier: f.identifier.trim(), services: f.services, isActive: f.isActive } };
}

export interface PlaceForm {
  number: string;
  width: string;
  length: string;
  isActive: boolean;
  isInvoiceable: boolean;
  comment: string;
}
export type PlaceField = keyof PlaceForm;

export function placeForm(p: WinterPlace, lang: string): PlaceForm {
  return { number: String(p.number), width: decimalText(p.width, lang), length: decimalText(p.length, lang), isActive: p.isActive, isInvoiceable: p.isInvoiceable, comment: p.comment };
}

/** A new place's form: the number after the section's highest (1 in an empty section), in use and invoiced. */
export function newPlaceForm(sectionNumbers: readonly number[]): PlaceForm {
  const next = Math.max(0, ...sectionNumbers) + 1;
  return { number: next <= WINTER_PLACE_LIMITS.number ? String(next) : '', width: '', length: '', isActive: true, isInvoiceable: true, comment: '' };
}

/** A place's own fields, what an edit and an add both send (an edit with the place's id, an add with its section's). */
export type PlaceFields = Omit<WinterPayload<'berths.editWinterPlace'>, 'placeId'>;

/** The place's fields, or what to correct first. `otherNumbers`: the numbers of the section's other places. */
export function checkPlaceForm(f: PlaceForm, otherNumbers: readonly number[]): Checked<PlaceFields, PlaceField> {
  const problems: Problems<PlaceField> = {};
  const number = wholeNumber(f.number, WINTER_PLACE_LIMITS.number, false);
  if (number.problem) problems.number = number.problem;
  else if (otherNumbers.includes(number.value!)) problems.number = { key: 'winter.areas.validation.placeTaken', params: { number: number.value! } };
  const width = size(f.width, WINTER_PLACE_LIMITS.width);
  const length = size(f.length, WINTER_PLACE_LIMITS.length);
  if (width.problem) problems.width = width.problem;
  if (length.problem) problems.length = length.problem;
  if (f.comment.length > 2000) problems.comment = { key: 'berthsMaster.validation.tooLong', params: { max: 2000 } };
  if (Object.keys(problems).length > 0 || number.value === null || width.value === null || length.value === null) return { ok: false, problems };
  return { ok: true, payload: { number: number.value, width: width.value, length: length.value, isActive: f.isActive, isInvoiceable: f.isInvoiceable, comment: f.comment } };
}
