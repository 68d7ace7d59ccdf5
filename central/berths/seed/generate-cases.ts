import type { Application, ApplicationEvent, Berth, Boat, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { Language } from '../../../domain/languages.ts';
import { berthPrice } from '../../../domain/berths/pricing.ts';
import { seasonEnd, seasonStart } from '../../../domain/berths/seasons.ts';
import type { ReferenceData } from './reference-data.ts';
import { Random } from '../../demo-data/random.ts';
import { ascii, businessId } from '../../demo-data/identity.ts';
import {
  ASSOCIATIONS, BOAT_NAMES, COMPANY_SUFFIXES, COMPANY_WORDS, EMAIL_DOMAINS, FINNISH_FEMALE, FINNISH_MALE, FINNISH_SURNAMES,
  MODELS_BY_TYPE, STREETS, SWEDISH_FEMALE, SWEDISH_MALE, SWEDISH_SURNAMES,
} from '../../demo-data/names.ts';

export interface CaseOptions {
  /** Applications for the season (default 3,000). */
  applications?: number;
  /** PRNG seed (default 2027). */
  seed?: number;
  /** The season applied for (default 2027); holders lease the season before. */
  season?: number;
}

export interface GeneratedCases {
  customers: Customer[];
  boats: Boat[];
  applications: Application[];
  leases: Lease[];
  events: ApplicationEvent[];
}

const HANDLERS = [
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000001', name: 'Aino Virtanen' },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000002', name: 'Eero Lindqvist' },
] as const;

const round = (value: number, step: number) => Math.round(value / step) * step;
const metres = (value: number) => Number(round(value, 0.05).toFixed(2));

const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset',
});

/** "2026-03-04T09:12:44+02:00": an instant written with the Helsinki offset of that moment. */
export function helsinkiIso(ms: number): string {
  const parts: Record<string, string> = {};
  for (const p of HELSINKI.formatToParts(new Date(ms))) parts[p.type] = p.value;
  const offset = (parts.timeZoneName ?? 'GMT+02:00').replace('GMT', '') || '+00:00';
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

/** The UTC instant of a Helsinki wall-clock time (offsets are +02:00 or +03:00). */
function helsinkiWallClock(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const guess = Date.UTC(year, month - 1, day, hour - 2, minute, second);
  const shown = helsinkiIso(guess);
  return shown.endsWith('+03:00') ? guess - 3600_000 : guess;
}

/** Hours of the day an application arrives, in Helsinki: office hours peak, lunch and evening bumps. */
const HOUR_WEIGHTS: readonly (readonly [string, number])[] = [
  ['0', 1], ['1', 0.5], ['2', 0.3], ['3', 0.2], ['4', 0.3], ['5', 0.6], ['6', 2], ['7', 5], ['8', 10], ['9', 13],
  ['10', 13], ['11', 11], ['12', 10], ['13', 12], ['14', 12], ['15', 10], ['16', 8], ['17', 6], ['18', 6], ['19', 7],
  ['20', 7], ['21', 5], ['22', 3], ['23', 2],
];

/** Month weights over the application year: the spring rush before the berths are handed out. */
const MONTH_WEIGHT: Record<number, number> = { 1: 1.6, 2: 1.8, 3: 1.7, 4: 1.4, 5: 1.1, 6: 0.8, 7: 0.5, 8: 0.6, 9: 0.9, 10: 1, 11: 1, 12: 0.7 };

interface Person {
  firstName: string;
  lastName: string;
  language: Language;
}

function person(rng: Random): Person {
  const swedish = rng.chance(0.09);
  const male = rng.chance(0.78); // most berth holders in the registry are men
  if (swedish) {
    return {
      firstName: rng.weighted(male ? SWEDISH_MALE : SWEDISH_FEMALE),
      lastName: rng.weighted(rng.chance(0.85) ? SWEDISH_SURNAMES : FINNISH_SURNAMES),
      language: rng.chance(0.9) ? 'sv' : 'fi',
    };
  }
  return {
    firstName: rng.weighted(male ? FINNISH_MALE : FINNISH_FEMALE),
    lastName: rng.weighted(rng.chance(0.95) ? FINNISH_SURNAMES : SWEDISH_SURNAMES),
    language: rng.chance(0.03) ? 'en' : 'fi',
  };
}

const OTHER_MUNICIPALITIES: readonly (readonly [string, readonly string[], number])[] = [
  ['Espoo', ['02100', '02120', '02150', '02230', '02320', '02600', '02650', '02700', '02760'], 6],
  ['Vantaa', ['01300', '01350', '01510', '01600', '01640', '01730'], 4],
  ['Kauniainen', ['02700'], 0.5],
  ['Sipoo', ['04130', '01150'], 0.8],
];

function makeCustomer(rng: Random, ref: ReferenceData): Customer {
  const p = person(rng);
  const kindRoll = rng.next();
  const kind: Customer['kind'] = kindRoll < 0.93 ? 'private' : kindRoll < 0.97 ? 'company' : kindRoll < 0.99 ? 'association' : kindRoll < 0.995 ? 'internal' : 'non_billable';
  let municipality = 'Helsinki';
  let zipCode = rng.pick(ref.postalCodes).code;
  if (rng.chance(0.11)) {
    const m = rng.weighted(OTHER_MUNICIPALITIES.map(([name, , w]) => [name, w] as const));
    municipality = m;
    zipCode = rng.pick(OTHER_MUNICIPALITIES.find(([name]) => name === m)![1]);
  }
  const companyName =
    kind === 'company'
      ? `${rng.pick(COMPANY_WORDS)}${rng.pick(['palvelu', 'tekniikka', 'rakennus', 'konsultit', 'invest'])} ${rng.pick(COMPANY_SUFFIXES)}`
      : kind === 'association'
        ? rng.pick(ASSOCIATIONS)
        : kind === 'internal'
          ? 'Helsingin kaupunki, Kulttuurin ja vapaa-ajan toimiala'
          : null;
  const phonePrefix = rng.pick(['040', '041', '044', '045', '050', '046', '0400', '0500']);
  return {
    id: rng.uuid(),
    kind,
    firstName: p.firstName,
    lastName: p.lastName,
    companyName,
    businessId: kind === 'company' || kind === 'association' ? businessId(rng) : null,
    email: `${ascii(p.firstName)}.${ascii(p.lastName)}${rng.chance(0.3) ? rng.int(1, 99) : ''}@${rng.pick(EMAIL_DOMAINS)}`,
    phone: `+358 ${phonePrefix.slice(1)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
    address: `${rng.pick(STREETS)} ${rng.int(1, 60)}${rng.chance(0.6) ? ` ${rng.pick(['A', 'B', 'C', 'D'])} ${rng.int(1, 40)}` : ''}`,
    zipCode,
    municipality,
    language: p.language,
    invoicingType: rng.chance(0.85) ? 'online_payment' : 'paper_invoice',
  };
}

function boatType(rng: Random, width: number): Boat['boatType'] {
  if (width < 1.8) return rng.pick([1, 1, 2, 2, 3] as const);
  const r = rng.next();
  if (width >= 3.2 && r < 0.35) return 6;
  if (r < 0.5) return 3;
  if (r < 0.66) return 4;
  if (r < 0.76) return 5;
  if (r < 0.93) return 6;
  if (r < 0.94) return 7;
  return 9;
}

const REG_LETTERS = 'ABCDEFHJKLMNPRSTUVXY';

function makeBoat(rng: Random, customerId: string, width: number, maxLength: number): Boat {
  const type = boatType(rng, width);
  const ratio = type === 6 ? rng.between(2.9, 3.6) : type <= 2 ? rng.between(2.3, 3.0) : rng.between(2.4, 3.3);
  const length = metres(Math.max(width * 1.8, Math.min(width * ratio, maxLength + rng.between(-1, 0.6))));
  const draught =
    rng.chance(0.12) ? null : metres(type === 6 ? rng.between(1.0, 2.1) : type <= 2 ? rng.between(0.15, 0.35) : rng.between(0.3, 1.0));
  const registrationNumber =
    type <= 2 && rng.chance(0.6)
      ? ''
      : type === 6 && rng.chance(0.3)
        ? `FIN-${rng.int(1000, 99999)}`
        : `${REG_LETTERS[rng.int(0, REG_LETTERS.length - 1)]}${rng.int(10000, 99999)}`;
  return {
    id: rng.uuid(),
    customerId,
    boatType: type,
    registrationNumber,
    name: type <= 2 && rng.chance(0.5) ? '' : rng.pick(BOAT_NAMES),
    model: rng.pick(MODELS_BY_TYPE[type] ?? MODELS_BY_TYPE[9]!),
    length,
    width: metres(width),
    draught,
    weightKg: rng.chance(0.25) ? null : Math.max(30, Math.round(length * width * (type === 6 ? 180 : 90) * rng.between(0.7, 1.3))),
  };
}

/** Weighted draw of up to `count` distinct items. */
function drawDistinct<T>(rng: Random, items: readonly T[], weight: (t: T) => number, count: number): T[] {
  const pool = items.map((item) => ({ item, w: weight(item) })).filter((x) => x.w > 0);
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const total = pool.reduce((a, x) => a + x.w, 0);
    let r = rng.next() * total;
    let index = pool.findIndex((x) => (r -= x.w) < 0);
    if (index < 0) index = pool.length - 1;
    out.push(pool[index]!.item);
    pool.splice(index, 1);
  }
  return out;
}

/**
 * Demo cases for a berth season, generated from the real harbours and berths: current holders
 * (paid leases of the season before, some terminated), new and switch applications in the
 * queue, a few offers and accepted offers. Deterministic: the same options give the same data.
 */
export function generateCases(ref: ReferenceData, options: CaseOptions = {}): GeneratedCases {
  const rng = new Random(options.seed ?? 2027);
  const season = options.season ?? 2027;
  const previous = season - 1;
  const count = Math.max(0, Math.floor(options.applications ?? 3000));

  const harbourById = new Map(ref.harbours.map((h) => [h.id, h]));
  const pierById = new Map(ref.piers.map((p) => [p.id, p]));
  const activeBerths = ref.berths.filter((b) => b.isActive);
  const berthsByHarbour = new Map<string, Berth[]>();
  for (const b of activeBerths) {
    const list = berthsByHarbour.get(b.harbourId);
    if (list) list.push(b);
    else berthsByHarbour.set(b.harbourId, [b]);
  }
  const harbourMaxWidth = new Map([...berthsByHarbour].map(([h, list]) => [h, Math.max(...list.map((b) => b.width))]));
  const price = (berth: Berth, kind: Customer['kind']) => {
    const pricing = berthPrice(berth, pierById.get(berth.pierId) as Pier, harbourById.get(berth.harbourId) as Harbour, ref.products, kind);
    return pricing.ok ? pricing.price : null;
  };

  const customers: Customer[] = [];
  const boats: Boat[] = [];
  const leases: Lease[] = [];
  const events: ApplicationEvent[] = [];

  // Current holders: a paid lease last season on most berths; some gave theirs up.
  const holders: { customer: Customer; boat: Boat; lease: Lease; berth: Berth }[] = [];
  const freeNextSeason: Berth[] = [];
  for (const berth of activeBerths) {
    if (!rng.chance(0.95)) {
      freeNextSeason.push(berth);
      continue;
    }
    const customer = makeCustomer(rng, ref);
    const boat = makeBoat(rng, customer.id, Math.max(0.8, berth.width - rng.between(0.1, 0.6)), berth.length);
    const leaving = rng.chance(0.05);
    const p = price(berth, customer.kind);
    const lease: Lease = {
      id: rng.uuid(),
      berthId: berth.id,
      customerId: customer.id,
      boatId: boat.id,
      applicationId: null,
      season: previous,
      status: leaving ? 'terminated' : 'paid',
      startDate: seasonStart(previous),
      endDate: seasonEnd(previous),
      dueDate: `${previous}-01-08`,
      priceCents: p?.cents ?? 0,
      vatPercent: p?.vatPercent ?? 0,
      offeredAt: null,
      offeredBy: null,
    };
    customers.push(customer);
    boats.push(boat);
    leases.push(lease);
    if (leaving) freeNextSeason.push(berth);
    else holders.push({ customer, boat, lease, berth });
  }

  // Applications arrive over ~14 months before the day the demo is set in.
  const from = Date.UTC(previous - 1, 8, 20);
  const days = 430;
  const arrival = (): number => {
    for (;;) {
      const day = new Date(from + rng.int(0, days - 1) * 86400_000);
      const month = day.getUTCMonth() + 1;
      const weekday = day.getUTCDay();
      const weight = (MONTH_WEIGHT[month] ?? 1) * (weekday === 0 || weekday === 6 ? 0.45 : 1);
      if (rng.next() * 1.8 > weight) continue;
      const hour = Number(rng.weighted(HOUR_WEIGHTS));
      return helsinkiWallClock(day.getUTCFullYear(), month, day.getUTCDate(), hour, rng.int(0, 59), rng.int(0, 59));
    }
  };

  const switchCount = Math.min(Math.round(count * 0.18), Math.floor(holders.length * 0.35));
  const switchers = drawDistinct(rng, holders, () => 1, switchCount);
  const harbourWeight = (h: Harbour) => berthsByHarbour.get(h.id)?.length ?? 0;

  type Draft = { app: Omit<Application, 'reference'>; wide: boolean };
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const switcher = i < switchers.length ? switchers[i]! : null;
    let customer: Customer;
    let boat: Boat;
    let wide = false;
    if (switcher) {
      customer = switcher.customer;
      boat = switcher.boat;
    } else {
      customer = makeCustomer(rng, ref);
      wide = rng.chance(0.03);
      const model = rng.pick(activeBerths);
      const width = wide ? rng.between(4.2, 6.2) : Math.max(1.0, model.width - rng.between(0.05, 0.5));
      boat = makeBoat(rng, customer.id, width, wide ? width * 3.4 : model.length);
      customers.push(customer);
      boats.push(boat);
    }
    const fitting = ref.harbours.filter((h) => (harbourMaxWidth.get(h.id) ?? 0) + 1e-9 >= boat.width);
    const maxChoices = switcher ? 5 : 10;
    const wanted = Math.min(maxChoices, Math.max(1, Math.round(rng.between(0.6, 1) ** 2 * rng.int(1, maxChoices))));
    let choices = drawDistinct(rng, fitting, harbourWeight, wanted).map((h) => h.id);
    if (choices.length === 0) {
      const widest = [...ref.harbours].sort((a, b) => (harbourMaxWidth.get(b.id) ?? 0) - (harbourMaxWidth.get(a.id) ?? 0));
      choices = widest.slice(0, Math.min(wanted, 3)).map((h) => h.id);
    }
    const receivedMs = arrival();
    const receivedAt = helsinkiIso(receivedMs);
    const rolledOver = receivedMs < Date.UTC(previous, 0, 15) && rng.chance(0.6);
    const priority: Application['priority'] = rng.chance(0.01) ? 2 : rolledOver ? 0 : 1;
    drafts.push({
      wide: wide || fitting.length === 0,
      app: {
        id: rng.uuid(),
        kind: switcher ? 'switch' : 'new',
        status: 'pending',
        priority,
        receivedAt,
        season,
        customerId: customer.id,
        boatId: boat.id,
        applicant: {
          firstName: customer.firstName,
          lastName: customer.lastName,
          companyName: customer.companyName,
          email: customer.email,
          phone: customer.phone,
          address: customer.address,
          zipCode: customer.zipCode,
          municipality: customer.municipality,
          language: customer.language,
        },
        boat: {
          boatType: boat.boatType,
          registrationNumber: boat.registrationNumber,
          name: boat.name,
          model: boat.model,
          length: boat.length,
          width: boat.width,
          draught: boat.draught,
        },
        harbourChoices: choices,
        switch: switcher
          ? { currentLeaseId: switcher.lease.id, currentBerthId: switcher.berth.id, reasonId: rng.chance(0.4) ? rng.pick(ref.switchReasons).id : null }
          : null,
        accessibilityRequired: rng.chance(0.02),
        applicationCode: rng.chance(0.04) ? String(rng.int(100000, 999999)) : null,
      },
    });
  }

  drafts.sort((a, b) => Date.parse(a.app.receivedAt) - Date.parse(b.app.receivedAt) || (a.app.id < b.app.id ? -1 : 1));
  const prefix = `VP${String(season).slice(-2)}`;
  const applications: Application[] = drafts.map((d, i) => ({ ...d.app, reference: `${prefix}-${String(i + 1).padStart(6, '0')}` }));
  const wideIds = new Set(drafts.filter((d) => d.wide).map((d) => d.app.id));

  // Offers: the handlers have started from the front of the queue.
  const freeByHarbour = new Map<string, Berth[]>();
  for (const b of freeNextSeason) {
    const list = freeByHarbour.get(b.harbourId);
    if (list) list.push(b);
    else freeByHarbour.set(b.harbourId, [b]);
  }
  const takeBerth = (app: Application): Berth | null => {
    for (const harbourId of app.harbourChoices) {
      const list = freeByHarbour.get(harbourId) ?? [];
      const fits = list
        .filter((b) => b.width + 1e-9 >= app.boat.width && b.length + 1e-9 >= app.boat.length)
        .sort((a, b) => a.width - b.width);
      const berth = fits[0];
      if (berth) {
        list.splice(list.indexOf(berth), 1);
        return berth;
      }
    }
    return null;
  };
  const offerDay = Date.UTC(previous, 10, 2);
  const event = (app: Application, kind: ApplicationEvent['kind'], at: string, extra: Partial<ApplicationEvent> = {}): ApplicationEvent => ({
    id: rng.uuid(), applicationId: app.id, at, recordedAt: at, kind, actorId: null, actorName: null,
    fromStatus: null, toStatus: null, berthId: null, leaseId: null, note: null, commandId: null, ...extra,
  });

  const kindById = new Map(customers.map((c) => [c.id, c.kind] as const));
  for (const app of applications) {
    events.push(event(app, 'received', app.receivedAt, { toStatus: 'pending' }));
    if (wideIds.has(app.id) || rng.chance(0.07)) {
      const handler = rng.pick(HANDLERS);
      app.status = 'no_suitable_berths';
      events.push(event(app, 'no_suitable_berths', helsinkiIso(Math.max(Date.parse(app.receivedAt), offerDay) + rng.int(1, 20) * 86400_000), {
        actorId: handler.id, actorName: handler.name, fromStatus: 'pending', toStatus: 'no_suitable_berths',
      }));
      continue;
    }
    const roll = rng.next();
    // Accepted offers wait for payment (no invoices yet); a few customers declined theirs.
    const outcome = roll < 0.04 ? 'offer_sent' : roll < 0.055 ? 'awaiting_payment' : roll < 0.06 ? 'declined_by_customer' : 'pending';
    if (outcome === 'pending') continue;
    const berth = takeBerth(app);
    if (!berth) continue;
    const handler = rng.pick(HANDLERS);
    const offeredMs = Math.max(Date.parse(app.receivedAt), offerDay) + rng.int(0, 20) * 86400_000 + rng.int(0, 7 * 3600) * 1000;
    const offeredAt = helsinkiIso(offeredMs);
    const p = price(berth, kindById.get(app.customerId) ?? 'private');
    const lease: Lease = {
      id: rng.uuid(),
      berthId: berth.id,
      customerId: app.customerId,
      boatId: app.boatId,
      applicationId: app.id,
      season,
      status: outcome === 'declined_by_customer' ? 'refused' : outcome === 'awaiting_payment' ? 'awaiting_payment' : 'offered',
      startDate: seasonStart(season),
      endDate: seasonEnd(season),
      dueDate: helsinkiIso(offeredMs + 14 * 86400_000).slice(0, 10),
      priceCents: p?.cents ?? 0,
      vatPercent: p?.vatPercent ?? 0,
      offeredAt,
      offeredBy: handler.name,
    };
    leases.push(lease);
    events.push(event(app, 'offer_made', offeredAt, {
      actorId: handler.id, actorName: handler.name, fromStatus: 'pending', toStatus: 'offer_sent', berthId: berth.id, leaseId: lease.id,
    }));
    app.status = 'offer_sent';
    if (outcome !== 'offer_sent') {
      app.status = outcome;
      events.push(event(app, outcome === 'awaiting_payment' ? 'offer_accepted' : 'offer_declined', helsinkiIso(offeredMs + rng.int(1, 12) * 86400_000), {
        actorId: handler.id, actorName: handler.name, fromStatus: 'offer_sent', toStatus: outcome, berthId: berth.id, leaseId: lease.id,
      }));
      // A declined offer frees its berth for the next in line.
      if (outcome === 'declined_by_customer') freeByHarbour.get(berth.harbourId)?.push(berth);
    }
  }

  return { customers, boats, applications, leases, events };
}
