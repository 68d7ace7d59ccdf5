import { z } from 'zod';
import { Language } from '../languages.ts';
import { StorableText } from '../text.ts';
import { EMAIL_ADDRESS } from '../contact-address.ts';
import { BoatTypeId, Uuid, type APPLICATION_STATUSES } from './record-primitives.ts';

/**
 * Editing a berth application (issue 10): what a handler fixes when an applicant calls. The
 * applicant's contact details and the boat are the application's own snapshot (the customer and
 * boat records are not touched), and the harbour choices are reordered, added or removed. The
 * rules live here, apart from the decider (application-edit.ts), because the renderer checks a
 * form with the same function before it sends anything, and entities.ts takes the change log's
 * shape from here without importing a decider.
 */

/** The limit Application.harbourChoices already has (entities.ts). */
export const MAX_HARBOUR_CHOICES = 10;
/** Boat dimensions in metres: above the brief's 0.01 m, below what no berth or winter place could take (a typing slip, centimetres for metres). */
export const BOAT_LIMITS = { minExclusive: 0.01, maxWidth: 15, maxLength: 60, maxDraught: 10 } as const;

const text = (max: number) => StorableText.trim().max(max);

export const APPLICANT_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'address', 'zipCode', 'municipality', 'language'] as const;
export const BOAT_FIELDS = ['boatType', 'registrationNumber', 'name', 'model', 'length', 'width', 'draught'] as const;
export type ApplicantField = (typeof APPLICANT_FIELDS)[number];
export type BoatField = (typeof BOAT_FIELDS)[number];

/** A field the change log names: `applicant.email`, `boat.width`, `harbourChoices`. */
export const CHANGE_FIELDS = [...APPLICANT_FIELDS.map((f) => `applicant.${f}` as const), ...BOAT_FIELDS.map((f) => `boat.${f}` as const), 'harbourChoices'] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

/** One line of the change log: a field and its value before and after (harbour choices as their ids, in order). */
export const ApplicationChange = z.object({
  field: z.enum(CHANGE_FIELDS),
  before: z.union([z.string(), z.number(), z.null(), z.array(z.string())]),
  after: z.union([z.string(), z.number(), z.null(), z.array(z.string())]),
});
export type ApplicationChange = z.infer<typeof ApplicationChange>;

/** Only what the handler changed travels; a field left out keeps its value. Ranges are the decider's (a refusal with a reason, not a bad request). */
export const EditApplicationPayload = z.object({
  applicationId: Uuid,
  applicant: z
    .object({
      firstName: text(100),
      lastName: text(100),
      email: text(254),
      phone: text(40),
      address: text(200),
      zipCode: text(20),
      municipality: text(100),
      language: Language,
    })
    .partial()
    .optional(),
  boat: z
    .object({
      boatType: BoatTypeId,
      registrationNumber: text(40),
      name: text(100),
      model: text(100),
      length: z.number(),
      width: z.number(),
      draught: z.number().nullable(),
    })
    .partial()
    .optional(),
  harbourChoices: z.array(Uuid).max(50).optional(),
});
export type EditApplicationPayload = z.infer<typeof EditApplicationPayload>;
type BoatEdit = NonNullable<EditApplicationPayload['boat']>;

type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
/**
 * What each status lets a handler edit. Waiting in the queue (or put back there): everything.
 * With an offer made on the boat and the choices as they stand (drafted, sent, accepted and
 * waiting for payment): the contact details only, since a changed boat or harbour list would
 * leave the offer resting on data that no longer holds; the offer is withdrawn first. Decided
 * (paid, rejected, expired): nothing.
 */
export const EDITABLE_BY_STATUS: Record<ApplicationStatus, 'all' | 'contact' | 'none'> = {
  pending: 'all',
  no_suitable_berths: 'all',
  declined_by_customer: 'all',
  offer_generated: 'contact',
  offer_sent: 'contact',
  awaiting_payment: 'contact',
  handled: 'none',
  rejected: 'none',
  expired: 'none',
};

/** The parts of an application an edit touches. */
export interface EditableApplication {
  applicant: Record<ApplicantField, string>;
  boat: { boatType: number; registrationNumber: string; name: string; model: string; length: number; width: number; draught: number | null };
  harbourChoices: readonly string[];
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the edit changes, in form order, with their values before and after. */
export function applicationChanges(current: EditableApplication, edit: Omit<EditApplicationPayload, 'applicationId'>): ApplicationChange[] {
  const changes: ApplicationChange[] = [];
  for (const f of APPLICANT_FIELDS) {
    const after = edit.applicant?.[f];
    if (after !== undefined && !sameValue(after, current.applicant[f])) changes.push({ field: `applicant.${f}`, before: current.applicant[f], after });
  }
  for (const f of BOAT_FIELDS) {
    const after = edit.boat?.[f];
    if (after !== undefined && !sameValue(after, current.boat[f])) changes.push({ field: `boat.${f}`, before: current.boat[f], after });
  }
  if (edit.harbourChoices && !sameValue(edit.harbourChoices, current.harbourChoices)) {
    changes.push({ field: 'harbourChoices', before: [...current.harbourChoices], after: [...edit.harbourChoices] });
  }
  return changes;
}

export const EDIT_PROBLEMS = [
  'required',
  'email',
  'phone',
  'zipCode',
  'tooSmall',
  'tooLarge',
  'decimals',
  'widerThanLong',
  'choicesEmpty',
  'choicesTooMany',
  'choicesDuplicate',
  'harbourUnknown',
] as const;
export type EditProblemCode = (typeof EDIT_PROBLEMS)[number];
export interface EditProblem {
  field: ChangeField;
  problem: EditProblemCode;
  /** The limit broken (tooLarge: the maximum in metres, choicesTooMany: the most choices). */
  limit?: number;
}

const PHONE = /^\+?[0-9]{6,15}$/;
const ZIP = /^[0-9A-Za-z][0-9A-Za-z -]{1,9}$/;
const twoDecimals = (v: number) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6;

function contactProblem(field: ApplicantField, value: string): EditProblemCode | null {
  if (field === 'language') return null;
  if (value.trim() === '') return 'required';
  if (field === 'email' && !EMAIL_ADDRESS.test(value.trim())) return 'email';
  if (field === 'phone' && !PHONE.test(value.replace(/[\s()-]/g, ''))) return 'phone';
  if (field === 'zipCode' && !ZIP.test(value.trim())) return 'zipCode';
  return null;
}

function dimensionProblem(value: number, max: number): Pick<EditProblem, 'problem' | 'limit'> | null {
  if (!Number.isFinite(value) || value <= BOAT_LIMITS.minExclusive) return { problem: 'tooSmall' };
  if (value > max) return { problem: 'tooLarge', limit: max };
  return twoDecimals(value) ? null : { problem: 'decimals' };
}

function boatProblems(current: EditableApplication['boat'], edit: BoatEdit, changed: ReadonlySet<ChangeField>): EditProblem[] {
  const problems: EditProblem[] = [];
  const boat = { ...current, ...edit };
  const dims = [
    ['length', BOAT_LIMITS.maxLength],
    ['width', BOAT_LIMITS.maxWidth],
    ['draught', BOAT_LIMITS.maxDraught],
  ] as const;
  for (const [f, max] of dims) {
    const v = boat[f];
    const p = changed.has(`boat.${f}`) && v !== null ? dimensionProblem(v, max) : null;
    if (p) problems.push({ field: `boat.${f}`, ...p });
  }
  const sized = changed.has('boat.width') || changed.has('boat.length');
  if (sized && problems.length === 0 && boat.width > boat.length) problems.push({ field: changed.has('boat.width') ? 'boat.width' : 'boat.length', problem: 'widerThanLong' });
  return problems;
}

function choiceProblems(choices: readonly string[], knownHarbours: ReadonlySet<string>): EditProblem[] {
  const field = 'harbourChoices';
  if (choices.length === 0) return [{ field, problem: 'choicesEmpty' }];
  if (choices.length > MAX_HARBOUR_CHOICES) return [{ field, problem: 'choicesTooMany', limit: MAX_HARBOUR_CHOICES }];
  if (new Set(choices).size !== choices.length) return [{ field, problem: 'choicesDuplicate' }];
  return choices.some((h) => !knownHarbours.has(h)) ? [{ field, problem: 'harbourUnknown' }] : [];
}

/**
 * What is wrong with an edit, field by field. Only what the edit changes is checked: an old
 * application whose data breaks a rule today can still have its other fields fixed.
 */
export function applicationEditProblems(current: EditableApplication, edit: Omit<EditApplicationPayload, 'applicationId'>, knownHarbours: ReadonlySet<string>): EditProblem[] {
  const changed = new Set(applicationChanges(current, edit).map((c) => c.field));
  const problems: EditProblem[] = [];
  for (const f of APPLICANT_FIELDS) {
    const v = edit.applicant?.[f];
    const problem = v !== undefined && changed.has(`applicant.${f}`) ? contactProblem(f, v) : null;
    if (problem) problems.push({ field: `applicant.${f}`, problem });
  }
  if (edit.boat) problems.push(...boatProblems(current.boat, edit.boat, changed));
  if (edit.harbourChoices && changed.has('harbourChoices')) problems.push(...choiceProblems(edit.harbourChoices, knownHarbours));
  return problems;
}
