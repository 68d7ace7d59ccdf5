import { deliverableEmail, deliverableSmsNumber } from '../contact-address.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BoatCertificate } from './boat-certificate-entity.ts';
import type { EraseCustomerPayload } from './customer-erasure-commands.ts';
import { ERASED, ERASED_TEXT, erasedApplicationEvent, erasedWinterEvent, personalValues, rewritten, type PersonalValues } from './customer-erasure-history.ts';
import { conflict, reject, type Decision, type Put } from './decision.ts';
import type { Application, ApplicationEvent, Boat, Customer, Lease } from './entities.ts';
import { isActiveLease } from './lease-machine.ts';
import type { BerthOrder } from './order-entity.ts';
import type { BerthPaymentIssue } from './payment-issue-entity.ts';
import type { WinterApplication, WinterEvent, WinterLease } from './winter-entities.ts';

/**
 * A berth customer's GDPR erasure (decision 51): the customer's personal data anonymised in place,
 * what the Accounting Act keeps (orders and invoices with their amounts, dates and references, the
 * leases they bill) kept, and the customer marked `erasedAt`. One pure decider for the desk's cache
 * and the central. Refused while the customer still holds a place, owes or is owed money (an open
 * invoice, a refund pending, a payment nothing took and nobody refunded yet), or has an application
 * in process: erasing then would cut a live case from its person.
 */

export { ERASED, ERASED_TEXT };

/** Orders and invoices that still move money: drafted, offered, in error. */
const OPEN_ORDER_STATUSES: readonly BerthOrder['status'][] = ['drafted', 'offered', 'error'];
/** Applications still being handled: queued, offered, accepted and unpaid, or waiting for a suitable berth. */
const OPEN_APPLICATION_STATUSES: readonly Application['status'][] = ['pending', 'offer_generated', 'offer_sent', 'awaiting_payment', 'no_suitable_berths'];

/** Everything the erasure reads and changes, loaded by the caller (the central: under the customer's row lock). */
export interface CustomerErasureState {
  customer: Versioned<Customer> | null;
  boats: readonly Versioned<Boat>[];
  /** The certificates recorded for the customer or on the customer's boats. */
  certificates: readonly Versioned<BoatCertificate>[];
  applications: readonly Versioned<Application>[];
  leases: readonly Versioned<Lease>[];
  orders: readonly BerthOrder[];
  winterApplications: readonly Versioned<WinterApplication>[];
  winterLeases: readonly Versioned<WinterLease>[];
  /**
   * The customer's unapplied payments (decision 54), refunded ones too. The central reads them
   * after the leases, orders and winter leases are locked: a payment found unapplied takes those
   * locks first, so its issue is either seen here or made after the erasure (customer-gdpr-rows.ts).
   */
  paymentIssues: readonly BerthPaymentIssue[];
  /**
   * The case history that can name the customer (decision 52): the events of their applications,
   * and any `customer_linked` event naming them (on another customer's application too).
   */
  applicationEvents: readonly Versioned<ApplicationEvent>[];
  /** The events of their winter applications and winter leases. */
  winterEvents: readonly Versioned<WinterEvent>[];
}

/** Why the customer cannot be erased today, or null when they can. */
export function erasureRefusal(s: CustomerErasureState, today: string): Decision | null {
  const held = [
    ...s.leases.filter((l) => isActiveLease(l.record.status) && l.record.endDate >= today).map((l) => `berth lease ${l.record.season} (${l.record.status}, until ${l.record.endDate})`),
    ...s.winterLeases.filter((l) => isActiveLease(l.record.status) && l.record.endDate >= today).map((l) => `winter lease ${l.record.winter} (${l.record.status}, until ${l.record.endDate})`),
  ];
  if (held.length > 0) return reject('customer_lease_active', `The customer holds a lease that has not ended: ${held.join(', ')}. End it first.`);
  const open = [
    ...s.orders.filter((o) => OPEN_ORDER_STATUSES.includes(o.status) || o.refund?.status === 'pending').map((o) => `invoice of season ${o.season} (${o.refund?.status === 'pending' ? 'refund pending' : o.status})`),
    ...s.winterLeases.filter((l) => OPEN_ORDER_STATUSES.includes(l.record.invoice.status)).map((l) => `winter invoice ${l.record.invoice.number} (${l.record.invoice.status})`),
  ];
  if (open.length > 0) return reject('customer_order_open', `The customer has an unsettled invoice: ${open.join(', ')}. Settle or cancel it first.`);
  // Money the provider holds for them: whom to refund it to is theirs to tell until it is back.
  const owed = s.paymentIssues.filter((i) => i.status === 'open').map((i) => `${i.payableNumber} (${(i.amountCents / 100).toFixed(2)} EUR, received ${i.receivedAt})`);
  if (owed.length > 0) return reject('customer_payment_unrefunded', `The customer has a payment to refund: ${owed.join(', ')}. Refund it at the payment provider and mark it refunded first.`);
  const applying = [
    ...s.applications.filter((a) => OPEN_APPLICATION_STATUSES.includes(a.record.status)).map((a) => `${a.record.reference} (${a.record.status})`),
    ...s.winterApplications.filter((a) => OPEN_APPLICATION_STATUSES.includes(a.record.status)).map((a) => `${a.record.reference} (${a.record.status})`),
  ];
  if (applying.length > 0) return reject('customer_application_open', `The customer has an application in process: ${applying.join(', ')}. Decide it first.`);
  return null;
}

/** A private person's company name and business id are theirs; a company's or an association's are not personal data. */
const isPerson = (c: Pick<Customer, 'kind'>) => c.kind === 'private';

function erasedApplicant(a: Application['applicant'], person: boolean): Application['applicant'] {
  return { ...a, firstName: ERASED, lastName: ERASED, companyName: person ? null : a.companyName, email: ERASED, phone: ERASED, address: ERASED, zipCode: ERASED };
}

/** The customer as erased: names and contacts gone; the group, invoicing type, language and municipality kept for statistics and the kept invoices. */
export function erasedCustomer(c: Customer, at: string, by: string): Customer {
  const person = isPerson(c);
  return {
    ...c,
    firstName: ERASED,
    lastName: ERASED,
    companyName: person ? null : c.companyName,
    businessId: person ? null : c.businessId,
    email: ERASED,
    phone: ERASED,
    address: ERASED,
    zipCode: ERASED,
    erasedAt: at,
    erasedBy: by,
  };
}

const next = <E extends Put['entity']>(entity: E, row: Versioned<Extract<Put, { entity: E }>['record']>, record: Extract<Put, { entity: E }>['record']): Put =>
  ({ entity, version: row.version + 1, record }) as Put;

/** berths.eraseCustomer: the rows that change, each at its next version; or the refusal. */
export function decideEraseCustomer(s: CustomerErasureState, p: EraseCustomerPayload, ctx: CommandContext): Decision {
  const current = s.customer;
  if (!current) return reject('not_found', `The customer ${p.customerId} does not exist.`);
  if (current.record.erasedAt) return reject('customer_already_erased', `The customer's personal data was erased at ${current.record.erasedAt}.`);
  if (ctx.baseVersion !== null && ctx.baseVersion !== current.version) {
    return conflict('stale_version', `The customer was changed by someone else (version ${current.version}, you saw ${ctx.baseVersion}).`, { customer: current.record, version: current.version });
  }
  const refused = erasureRefusal(s, ctx.today);
  if (refused) return refused;
  const person = isPerson(current.record);
  const puts: Put[] = [next('customer', current, erasedCustomer(current.record, ctx.now, ctx.actor.name))];
  for (const b of s.boats) if (b.record.registrationNumber !== ERASED || b.record.name !== ERASED) puts.push(next('boat', b, { ...b.record, registrationNumber: ERASED, name: ERASED }));
  // The scan goes with the number: its bytes are deleted on the central with the decision.
  for (const c of s.certificates) if (c.record.number !== ERASED || c.record.document) puts.push(next('boat_certificate', c, { ...c.record, number: ERASED, document: null }));
  for (const a of s.applications) {
    const boat = { ...a.record.boat, registrationNumber: ERASED, name: ERASED };
    puts.push(next('application', a, { ...a.record, applicant: erasedApplicant(a.record.applicant, person), boat, applicationCode: null }));
  }
  for (const a of s.winterApplications) {
    const boat = { ...a.record.boat, registrationNumber: ERASED, name: ERASED };
    puts.push(next('winter_application', a, { ...a.record, applicant: erasedApplicant(a.record.applicant, person), boat, trailerRegistrationNumber: null }));
  }
  for (const l of s.leases) if (l.record.direct && l.record.direct.reason !== ERASED_TEXT) puts.push(next('lease', l, { ...l.record, direct: { ...l.record.direct, reason: ERASED_TEXT } }));
  const values = customerPersonalValues(s);
  for (const e of s.applicationEvents) {
    const erased = erasedApplicationEvent(e.record, current.record.id, values);
    if (rewritten(e.record, erased)) puts.push(next('application_event', e, erased));
  }
  for (const e of s.winterEvents) {
    const erased = erasedWinterEvent(e.record);
    if (rewritten(e.record, erased)) puts.push(next('winter_event', e, erased));
  }
  return { ok: true, puts };
}

/** Every personal value the erasure removes, as found before it (the history's net, customer-erasure-history.ts). */
export function customerPersonalValues(s: Omit<CustomerErasureState, 'applicationEvents' | 'winterEvents'>): PersonalValues {
  const c = s.customer?.record;
  const person = c ? isPerson(c) : true;
  const people = [c, ...s.applications.map((a) => a.record.applicant), ...s.winterApplications.map((a) => a.record.applicant)].filter((x) => x !== undefined);
  return personalValues([
    ...people.flatMap((p) => [p.firstName, p.lastName, `${p.firstName} ${p.lastName}`, p.email, p.phone, p.address, person ? p.companyName : null]),
    person ? c?.businessId : null,
    ...s.boats.flatMap((b) => [b.record.registrationNumber, b.record.name]),
    ...s.certificates.map((x) => x.record.number),
    ...s.applications.flatMap((a) => [a.record.boat.registrationNumber, a.record.boat.name, a.record.applicationCode]),
    ...s.winterApplications.flatMap((a) => [a.record.boat.registrationNumber, a.record.boat.name, a.record.trailerRegistrationNumber]),
  ]);
}

/**
 * The addresses the customer could have been written to (now and in every application), as the
 * outbox stores them (email compared without case): the central finds their messages by them.
 */
export function customerAddresses(s: Pick<CustomerErasureState, 'customer' | 'applications' | 'winterApplications'>): { emails: string[]; phones: string[] } {
  const people = [s.customer?.record, ...s.applications.map((a) => a.record.applicant), ...s.winterApplications.map((a) => a.record.applicant)].filter((x) => x !== undefined);
  const emails = new Set(people.flatMap((x) => deliverableEmail(x.email)?.toLowerCase() ?? []));
  const phones = new Set(people.flatMap((x) => deliverableSmsNumber(x.phone) ?? []));
  return { emails: [...emails], phones: [...phones] };
}
