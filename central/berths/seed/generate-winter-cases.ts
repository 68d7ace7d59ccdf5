import type { Boat, Customer } from '../../../domain/berths/entities.ts';
import type { Decision } from '../../../domain/berths/decision.ts';
import { addDays } from '../../../domain/berths/seasons.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import { WINTER_DECIDERS, type WinterCommandState } from '../../../domain/berths/winter-deciders.ts';
import { placeFit } from '../../../domain/berths/winter-places.ts';
import { defaultWinterDueDate } from '../../../domain/berths/winter-seasons.ts';
import { deliverableEmail } from '../../../domain/contact-address.ts';
import type { CommandContext, Versioned } from '../../../domain/sync/command-context.ts';
import { DEMO_USERS } from '../../auth/users.ts';
import { Random } from '../../demo-data/random.ts';
import { helsinkiIso } from './generate-cases.ts';
import type { WinterStorageResources } from './winter-storage.ts';

export interface WinterCaseOptions {
  /** The winter applied for: offers are made for it now (offerWinter(today)). */
  winter: number;
  /** The Helsinki day the demo is set in: nothing happened after it. */
  today: string;
  /** PRNG seed (default 2027). */
  seed?: number;
  /** Pending marked-place applications (default 120). */
  marked?: number;
  /** Pending unmarked notices (default 300). */
  unmarked?: number;
  /** Unmarked notices already paid, their stickers numbered 1.. in order of payment (default 20). */
  paid?: number;
}

export interface GeneratedWinterCases {
  applications: WinterApplication[];
  leases: WinterLease[];
  events: WinterEvent[];
}

const HANDLERS = DEMO_USERS.filter((u) => u.roles.includes('berth_handler')).map((u) => ({ id: u.id, name: u.name }));
const TRAILER_LETTERS = 'ABCEFHJKLMNPRSTUVXYZ';

type Person = { customer: Customer; boat: Boat };
type Draft = Omit<WinterApplication, 'reference'> & { paid: boolean };

/** Applicant details as the customer registry holds them. */
function applicantOf(c: Customer): WinterApplication['applicant'] {
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    companyName: c.companyName,
    email: c.email,
    phone: c.phone,
    address: c.address,
    zipCode: c.zipCode,
    municipality: c.municipality,
    language: c.language,
  };
}

function boatOf(b: Boat): WinterApplication['boat'] {
  return { boatType: b.boatType, registrationNumber: b.registrationNumber, name: b.name, model: b.model, length: b.length, width: b.width };
}

/** Weighted draw of up to `count` distinct items. */
function drawDistinct<T>(rng: Random, items: readonly T[], weight: (t: T) => number, count: number): T[] {
  const pool = items.map((item) => ({ item, w: weight(item) })).filter((x) => x.w > 0);
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    let r = rng.next() * pool.reduce((a, x) => a + x.w, 0);
    let index = pool.findIndex((x) => (r -= x.w) < 0);
    if (index < 0) index = pool.length - 1;
    out.push(pool[index]!.item);
    pool.splice(index, 1);
  }
  return out;
}

/** An instant on a Helsinki day in office hours, with the day's own offset. */
function onDay(rng: Random, day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return helsinkiIso(Date.UTC(y, m - 1, d, rng.int(5, 14), rng.int(0, 59), rng.int(0, 59)));
}

function dayBetween(rng: Random, from: string, to: string): string {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
  return addDays(from, rng.int(0, Math.max(0, span)));
}

/**
 * Demo winter storage cases for one winter, from the real areas and places and the demo customers
 * and their boats: marked-place applications whose boats fit real places (one to three areas,
 * some on a trailer), unmarked notices (one area each) in proportion to the areas' estimated
 * spaces, all waiting; and a few unmarked notices handled through the same deciders the desk
 * runs (lease, invoice sent, paid), so the winter's sticker series and letters have content.
 * Deterministic: the same options and people give the same cases.
 */
export function generateWinterCases(res: WinterStorageResources, people: { customers: readonly Customer[]; boats: readonly Boat[] }, options: WinterCaseOptions): GeneratedWinterCases {
  const rng = new Random((options.seed ?? 2027) + 1);
  const { winter, today } = options;
  const boatOfCustomer = new Map<string, Boat>();
  for (const b of people.boats) if (!boatOfCustomer.has(b.customerId)) boatOfCustomer.set(b.customerId, b);
  const pool: Person[] = people.customers.flatMap((customer) => {
    const boat = boatOfCustomer.get(customer.id);
    return boat ? [{ customer, boat }] : [];
  });
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }

  const activePlaces = res.places.filter((p) => p.isActive);
  const placesOf = new Map<string, WinterPlace[]>();
  for (const p of activePlaces) placesOf.set(p.areaId, [...(placesOf.get(p.areaId) ?? []), p]);
  const markedAreas = res.areas.filter((a) => placesOf.has(a.id));
  const unmarkedAreas = res.areas.filter((a) => a.estimatedUnmarkedSpaces !== null);
  const sectionOf = new Map<string, WinterSection>();
  for (const s of [...res.sections].sort((a, b) => a.identifier.localeCompare(b.identifier) || a.id.localeCompare(b.id))) if (!sectionOf.has(s.areaId)) sectionOf.set(s.areaId, s);

  // Notices arrive from spring until the day before the demo's day, never after the winter began.
  const firstDay = `${winter}-03-01`;
  const lastDay = [addDays(today, -1), `${winter}-09-14`].sort()[0]!;
  const draft = (person: Person, areaType: WinterApplication['areaType'], areaChoices: string[], storageMethod: WinterApplication['storageMethod'], received: string, paid = false): Draft => ({
    id: rng.uuid(),
    areaType,
    status: 'pending',
    receivedAt: onDay(rng, received),
    winter,
    customerId: person.customer.id,
    boatId: person.boat.id,
    applicant: applicantOf(person.customer),
    boat: boatOf(person.boat),
    areaChoices,
    storageMethod,
    trailerRegistrationNumber: storageMethod === 'on_trailer' ? `${TRAILER_LETTERS[rng.int(0, 19)]}${TRAILER_LETTERS[rng.int(0, 19)]}${TRAILER_LETTERS[rng.int(0, 19)]}-${rng.int(1, 999)}` : null,
    paid,
  });
  const method = (): WinterApplication['storageMethod'] => (rng.chance(0.2) ? 'on_trailer' : rng.chance(0.8) ? 'on_trestles' : 'under_tarp');

  const drafts: Draft[] = [];
  const unused: Person[] = [];
  let next = 0;
  const take = (): Person | null => unused.shift() ?? pool[next++] ?? null;

  for (let made = 0; made < (options.marked ?? 120); ) {
    const person = pool[next++];
    if (!person) break;
    const storageMethod = method();
    const probe = { boat: boatOf(person.boat), storageMethod };
    const fitting = markedAreas.filter((a) => placesOf.get(a.id)!.some((p) => placeFit(p, probe) === 'fits'));
    if (fitting.length === 0) {
      unused.push(person);
      continue;
    }
    const wanted = rng.chance(0.5) ? 1 : rng.chance(0.6) ? 2 : 3;
    const choices = drawDistinct(rng, fitting, (a) => placesOf.get(a.id)!.length, wanted).map((a) => a.id);
    drafts.push(draft(person, 'marked', choices, storageMethod, dayBetween(rng, firstDay, lastDay)));
    made++;
  }

  const weightOf = (a: WinterArea) => a.estimatedUnmarkedSpaces ?? 0;
  for (let made = 0; made < (options.unmarked ?? 300); made++) {
    const person = take();
    if (!person) break;
    const area = drawDistinct(rng, unmarkedAreas, weightOf, 1)[0]!;
    drafts.push(draft(person, 'unmarked', [area.id], method(), dayBetween(rng, firstDay, lastDay)));
  }

  // Handled notices: priced areas, customers who pay online and can be written to.
  // They came in from midsummer, when the winter's invoicing starts (earlier if the demo's day is close to it).
  const paidFrom = [`${winter}-06-10`, addDays(today, -60)].sort()[0]!;
  const priced = unmarkedAreas.filter((a) => a.price !== null && sectionOf.has(a.id));
  const payable = (c: Customer) => c.kind !== 'non_billable' && c.invoicingType === 'online_payment' && deliverableEmail(c.email) !== null;
  for (let made = 0; made < (options.paid ?? 20) && priced.length > 0; ) {
    const person = take();
    if (!person) break;
    if (!payable(person.customer)) continue;
    const area = drawDistinct(rng, priced, weightOf, 1)[0]!;
    drafts.push(draft(person, 'unmarked', [area.id], method(), dayBetween(rng, paidFrom, addDays(today, -30)), true));
    made++;
  }

  drafts.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id));
  const prefix = `TS${String(winter).slice(-2)}`;
  const applications: WinterApplication[] = drafts.map(({ paid: _paid, ...d }, i) => ({ ...d, reference: `${prefix}-${String(i + 1).padStart(6, '0')}` }));
  const customerOf = new Map(people.customers.map((c) => [c.id, c]));
  const areaOf = new Map(res.areas.map((a) => [a.id, a]));
  const paidIds = new Set(drafts.filter((d) => d.paid).map((d) => d.id));
  const handled = handleNotices(rng, applications.filter((a) => paidIds.has(a.id)), { customerOf, areaOf, sectionOf, today });
  const byId = new Map(handled.applications.map((a) => [a.id, a]));
  return { applications: applications.map((a) => byId.get(a.id) ?? a), leases: handled.leases, events: handled.events };
}

interface Lookups {
  customerOf: ReadonlyMap<string, Customer>;
  areaOf: ReadonlyMap<string, WinterArea>;
  sectionOf: ReadonlyMap<string, WinterSection>;
  today: string;
}

/**
 * Runs the desk's own deciders on the notices, as a handler would have: the lease made a few days
 * after the notice, its invoice sent the same day, paid within ten days (the series numbered in
 * order of payment), and every other sticker letter posted. Every record goes in as the deciders
 * left it.
 */
function handleNotices(rng: Random, notices: readonly WinterApplication[], look: Lookups): GeneratedWinterCases {
  const events: WinterEvent[] = [];
  const series: number[] = [];
  const ctx = (day: string): CommandContext => {
    const handler = rng.pick(HANDLERS);
    const at = onDay(rng, day);
    return { commandId: rng.uuid(), actor: handler, now: at, recordedAt: at, today: day, baseVersion: null };
  };
  const apply = (decision: Decision, state: { application: Versioned<WinterApplication>; lease: Versioned<WinterLease> | null }) => {
    if (!decision.ok) throw new Error(`Demo winter case: ${decision.code} ${decision.message}`);
    for (const put of decision.puts) {
      if (put.entity === 'winter_application') state.application = { record: put.record, version: put.version };
      else if (put.entity === 'winter_lease') state.lease = { record: put.record, version: put.version };
      else if (put.entity === 'winter_event') events.push(put.record);
    }
  };
  const cases = notices.map((application) => {
    const customer = look.customerOf.get(application.customerId)!;
    const area = look.areaOf.get(application.areaChoices[0]!)!;
    const base: WinterCommandState = { application: null, applicationLeases: [], lease: null, customer, area, section: look.sectionOf.get(area.id)!, place: null, placeLeases: [], stickerNumbers: [] };
    const state = { application: { record: application, version: 1 }, lease: null as Versioned<WinterLease> | null };
    const created = addDays(application.receivedAt.slice(0, 10), rng.int(1, 10));
    apply(WINTER_DECIDERS['berths.createWinterLease']({ ...base, application: state.application }, { applicationId: application.id, leaseId: rng.uuid(), placeId: null }, ctx(created)), state);
    const leaseId = state.lease!.record.id;
    apply(WINTER_DECIDERS['berths.sendWinterInvoice']({ ...base, application: state.application, lease: state.lease }, { leaseId, dueDate: defaultWinterDueDate(created, application.winter)! }, ctx(created)), state);
    const paidOn = addDays(created, rng.int(1, 10));
    return { base, state, leaseId, paidOn, paid: ctx(paidOn) };
  });
  cases.sort((a, b) => Date.parse(a.paid.now) - Date.parse(b.paid.now) || a.leaseId.localeCompare(b.leaseId));
  cases.forEach((c, i) => {
    apply(WINTER_DECIDERS['berths.markWinterInvoicePaid']({ ...c.base, application: c.state.application, lease: c.state.lease, stickerNumbers: series }, { leaseId: c.leaseId }, c.paid), c.state);
    series.push(c.state.lease!.record.stickerNumber!);
    if (i % 2 === 0) {
      const postedOn = [addDays(c.paidOn, rng.int(0, 3)), look.today].sort()[0]!;
      apply(WINTER_DECIDERS['berths.setWinterStickerPosted']({ ...c.base, application: c.state.application, lease: c.state.lease }, { leaseId: c.leaseId, postedOn }, ctx(postedOn)), c.state);
    }
  });
  return { applications: cases.map((c) => c.state.application.record), leases: cases.map((c) => c.state.lease!.record), events };
}
