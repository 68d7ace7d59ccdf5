import type { ApplicationChange, ChangeField } from './application-edit-schema.ts';
import type { ApplicationEvent } from './entities.ts';
import type { WinterEvent } from './winter-entities.ts';

/**
 * The case history of an erased berth customer (decision 51, decision 52): application and winter
 * events, and the commands the central stored, are append-only, but the personal values in them
 * go with the erasure. This is the one narrow rewrite the schema allows: the fields known to hold
 * personal data become the erased marker, a free text is replaced whole (it may name the person
 * in any words), and everything a case's handling record needs (kind, statuses, times, actors,
 * berth and lease ids, amounts, line changes) stays. Pure: the decider (customer-erasure.ts) and
 * the central's erasure (central/berths/customer-erasure-handler.ts) both use it.
 */

/** What replaces a name, an address or a number (the erasure's own marker). */
export const ERASED = '';
/** What replaces a free text staff typed that may name the customer. */
export const ERASED_TEXT = '–';

/**
 * The customer's personal values as the erasure found them (names, emails, phones, addresses, a
 * person's business id, boat registrations and names, certificate numbers, the snapshots'): a kept
 * text that contains one of them is erased too, a net under the fields known to be personal.
 */
export type PersonalValues = readonly string[];

/** Shorter values (an initial) and short numbers (a zip code "00100") would match innocent text: they are erased by field only. */
const MIN_MATCHED_LENGTH = 4;
const SHORT_NUMBER = /^\d{1,6}$/;
const fold = (s: string) => s.toLowerCase().replace(/[\s-]+/g, ' ').trim();
const worthMatching = (v: string) => v.length >= MIN_MATCHED_LENGTH && !SHORT_NUMBER.test(v);

/** The values worth searching for, folded, without duplicates. */
export function personalValues(values: readonly (string | null | undefined)[]): PersonalValues {
  return [...new Set(values.flatMap((v) => (typeof v === 'string' && worthMatching(fold(v)) ? [fold(v)] : [])))];
}

/** Whether a text contains one of the customer's personal values (case, spaces and dashes aside). */
export function namesPerson(text: string, values: PersonalValues): boolean {
  const t = fold(text);
  return values.some((v) => t.includes(v));
}

/** Texts a decider wrote from data, never typed by a person: a date, a sticker number. Kept. */
const MACHINE_NOTE = /^(\d{4}-\d{2}-\d{2}|#\d+)$/;

/** A note kept only when it is a date or a sticker number; any other note is replaced whole (it existed, the event keeps who and when). */
export function erasedNote(note: string | null): string | null {
  if (note === null) return null;
  return MACHINE_NOTE.test(note) ? note : ERASED_TEXT;
}

/** The change log's fields that hold the person's data; the rest (municipality, language, the boat's type, model and size, harbour choices) is kept. */
const PERSONAL_CHANGE_FIELDS: ReadonlySet<ChangeField> = new Set([
  'applicant.firstName',
  'applicant.lastName',
  'applicant.email',
  'applicant.phone',
  'applicant.address',
  'applicant.zipCode',
  'boat.registrationNumber',
  'boat.name',
]);

const keptValue = (v: ApplicationChange['before'], values: PersonalValues): ApplicationChange['before'] =>
  typeof v === 'string' && namesPerson(v, values) ? ERASED : v;

function erasedChange(c: ApplicationChange, values: PersonalValues): ApplicationChange {
  if (PERSONAL_CHANGE_FIELDS.has(c.field)) return { ...c, before: c.before === null ? null : ERASED, after: c.after === null ? null : ERASED };
  return { ...c, before: keptValue(c.before, values), after: keptValue(c.after, values) };
}

/**
 * An application event without the customer's personal data: the note (unless a date), an edit's
 * personal fields, the erased customer's name in a link (the other customer's is theirs and kept,
 * unless it names the person too: a duplicate record of them).
 */
export function erasedApplicationEvent(e: ApplicationEvent, customerId: string, values: PersonalValues): ApplicationEvent {
  const out: ApplicationEvent = { ...e, note: erasedNote(e.note) };
  if (e.changes) out.changes = e.changes.map((c) => erasedChange(c, values));
  if (e.customerLink) {
    const l = e.customerLink;
    const name = (id: string, n: string) => (id === customerId || namesPerson(n, values) ? ERASED : n);
    out.customerLink = { ...l, fromName: name(l.fromCustomerId, l.fromName), toName: name(l.toCustomerId, l.toName) };
  }
  return out;
}

/** A winter event without the customer's personal data: only its note can hold any. */
export function erasedWinterEvent(e: WinterEvent): WinterEvent {
  return { ...e, note: erasedNote(e.note) };
}

/** Whether the rewrite changed anything (an event already clean is left at its version). */
export const rewritten = <T>(before: T, after: T): boolean => JSON.stringify(before) !== JSON.stringify(after);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** How each field of a command type's payload is erased: `erase` a name or number, `text` a free text; anything else is kept. */
type PayloadRule = Readonly<Record<string, 'erase' | 'text' | PayloadRuleNested>>;
type PayloadRuleNested = Readonly<Record<string, 'erase' | 'text'>>;

/**
 * The berth commands whose payload can hold the customer's personal data, field by field. The
 * other berth command types carry only ids, dates, amounts and choices (KEPT_COMMANDS); a type in
 * neither list (a command added later, another workspace's) is erased by the default rule.
 */
export const COMMAND_PAYLOAD_RULES: Readonly<Record<string, PayloadRule>> = {
  'berths.addNote': { note: 'text' },
  'berths.withdrawOffer': { reason: 'text' },
  'berths.createLease': { reason: 'text' },
  'berths.editApplication': {
    applicant: { firstName: 'erase', lastName: 'erase', email: 'erase', phone: 'erase', address: 'erase', zipCode: 'erase' },
    boat: { registrationNumber: 'erase', name: 'erase' },
  },
  'berths.editCustomerContact': { email: 'erase', phone: 'erase', address: 'erase', zipCode: 'erase' },
  // A scan's file name is often the owner's name ("Virtanen_vakuutus.pdf").
  'berths.addBoatCertificate': { number: 'erase', document: { fileName: 'erase' } },
  'berths.editBoatCertificate': { number: 'erase', document: { fileName: 'erase' } },
};

/** Berth commands that name the customer's records by id only: their payload is kept whole (a kept text naming the person is still erased). */
export const KEPT_COMMANDS: ReadonlySet<string> = new Set([
  'berths.eraseCustomer',
  'berths.linkApplicationCustomer',
  'berths.offerBerth',
  'berths.recordOfferAnswer',
  'berths.markNoSuitableBerth',
  'berths.extendApplication',
  'berths.returnToQueue',
  'berths.resendOffer',
  'berths.editOrderLines',
  'berths.markOrderPaidElsewhere',
  'berths.cancelOrder',
  'berths.refundOrder',
  'berths.terminateLease',
  'berths.recordPayment',
  'berths.renewLease',
  'berths.removeBoatCertificate',
  'berths.createWinterLease',
  'berths.sendWinterInvoice',
  'berths.markWinterInvoicePaid',
  'berths.reassignWinterSticker',
  'berths.setWinterStickerPosted',
  'berths.terminateWinterLease',
  'berths.renewWinterLease',
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2})?)?$/;

/** The default rule: ids, dates, times, numbers and booleans kept; every other string (which no rule says is safe) erased. */
function keepIdsOnly(v: Json): Json {
  if (typeof v === 'string') return UUID.test(v) || DATE_OR_TIME.test(v) ? v : ERASED;
  if (Array.isArray(v)) return v.map(keepIdsOnly);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keepIdsOnly(x)]));
  return v;
}

/** A kept value with any text naming the person erased. */
function keepUnlessNamed(v: Json, values: PersonalValues): Json {
  if (typeof v === 'string') return namesPerson(v, values) ? ERASED : v;
  if (Array.isArray(v)) return v.map((x) => keepUnlessNamed(x, values));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, keepUnlessNamed(x, values)]));
  return v;
}

function byRule(v: Json, rule: PayloadRule | PayloadRuleNested, values: PersonalValues): Json {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return keepUnlessNamed(v, values);
  return Object.fromEntries(
    Object.entries(v).map(([k, x]) => {
      const r = rule[k];
      if (r === undefined) return [k, keepUnlessNamed(x, values)];
      if (r === 'erase') return [k, typeof x === 'string' ? ERASED : x];
      if (r === 'text') return [k, typeof x === 'string' ? ERASED_TEXT : x];
      return [k, byRule(x, r, values)];
    }),
  );
}

/**
 * A stored command's payload without the customer's personal data: by its type's rule, kept whole
 * for a type known to hold ids only, and for any other type ids, dates and numbers only.
 */
export function erasedCommandPayload(type: string, payload: unknown, values: PersonalValues): unknown {
  const rule = COMMAND_PAYLOAD_RULES[type];
  if (rule) return byRule(payload as Json, rule, values);
  if (KEPT_COMMANDS.has(type)) return keepUnlessNamed(payload as Json, values);
  return keepIdsOnly(payload as Json);
}

/** A stored answer: a conflict's `current` (the record as the central held it, with its names) goes; the rest is the verdict and stays. */
export function erasedCommandResult(result: unknown): unknown {
  if (result !== null && typeof result === 'object' && 'current' in result) return { ...result, current: null };
  return result;
}
