import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { COMMANDS, type CommandType, type EntityName } from '../../domain/workspaces.ts';
import { BERTH_COMMANDS } from '../../domain/berths/commands.ts';
import { BERTH_ORDER_COMMANDS } from '../../domain/berths/order-commands.ts';
import { CANCEL_REASONS, WEEKDAYS } from '../../domain/bookings/entities.ts';
import { AGE_BANDS, CHANNELS, DURATION_BUCKETS, HELPER_TYPES, OUTCOMES, REFERRALS, SERVICE_LANGUAGES, TOPICS } from '../../domain/assist/vocabulary.ts';
import { MESSAGE_PROTOCOLS, RECIPIENT_SELECTIONS } from '../../domain/culture-kids/vocabulary.ts';
import { READ_PURPOSES, SUBJECT_KINDS } from '../../domain/audit/entry.ts';
import type { PushModel } from './push-model.ts';
import { ODD_TEXTS, type SentCommand } from './push-arbitraries.ts';

/**
 * Generators for the push property test over every workspace but berths (whose commands
 * push-arbitraries.ts generates against an exact model). A payload is built from a template per
 * command type that names live rows of the model, so most commands reach their decider; then
 * ids turn hostile (another row, another entity, an event, a row that exists where a new one is
 * made), one field may be replaced by an odd value or a wrong type or dropped, and whole commands
 * may break the envelope. What must happen is judged by the checker from the JSON as sent.
 */
/** Every command but the berth application commands (push-arbitraries.ts models those); the order commands are here. */
export const WIDE_TYPES = (Object.keys(COMMANDS) as CommandType[]).filter((t) => !Object.hasOwn(BERTH_COMMANDS, t) || Object.hasOwn(BERTH_ORDER_COMMANDS, t));

/** The demo users of every workspace (README), scoped ones included, and some who may not push these at all. */
export const WIDE_USERS = ['kaisa', 'ville', 'paula', 'tuula', 'reijo', 'maria', 'lotta', 'jussi', 'hilkka', 'veera', 'maija', 'kiosk-oodi-1', 'kiosk-malmi-1', 'aino', 'olli', 'harri', 'sanna'] as const;
export type WideUser = (typeof WIDE_USERS)[number];

/** How an id field is filled: the row the template meant, or a hostile one. */
const ID_MODES = [...Array<'own'>(24).fill('own'), 'otherRow', 'otherEntity', 'event', 'fresh', 'long'] as const;
type IdMode = (typeof ID_MODES)[number];
/** How the id of a row the command creates is filled: new, or naming a row that exists. */
type NewIdMode = 'fresh' | 'sameEntity' | 'otherEntity' | 'event';

/** Values that replace one field of a payload. Sentinels become -0, 1e999 (Infinity) and NaN in the raw JSON. */
export const NEG_ZERO = '\u0001neg-zero\u0001';
export const INFINITY = '\u0001infinity\u0001';
export const NAN = '\u0001nan\u0001';
const HOSTILE_VALUES: readonly unknown[] = [
  '\u0000',
  'before\u0000after',
  'half \ud83d of a pair',
  '\udc00',
  '\u200f\u202eRTL mark',
  'x'.repeat(10_000),
  '👩🏽‍🚀⛵️',
  '',
  ' ',
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  1e308,
  NEG_ZERO,
  INFINITY,
  -1,
  1.5,
  0,
  true,
  null,
  [],
  {},
  { nested: ['\ud800'] },
  '2027-02-30',
  '2027-03-01T25:00:00Z',
  'MISSING',
];

/** Ways to break one command's envelope (or the body itself); the push must then be refused whole. */
const ENVELOPE_BREAKS = ['none', 'base_version_2_31', 'base_version_infinity', 'base_version_neg_zero', 'seq_fraction', 'id_capitals', 'issued_garbage', 'type_unknown', 'payload_missing', 'raw_nan'] as const;
type EnvelopeBreak = (typeof ENVELOPE_BREAKS)[number];

type IdSpec = { kind: 'fresh' } | { kind: 'existing'; n: number } | { kind: 'history'; n: number; exact: boolean } | { kind: 'batch'; back: number };
type VersionSpec = { kind: 'tracked'; delta: number } | { kind: 'absent' } | { kind: 'null' } | { kind: 'value'; value: number };

export interface WideCommandSpec {
  type: CommandType;
  picks: number[];
  modes: IdMode[];
  newId: NewIdMode;
  texts: string[];
  int: number;
  flag: boolean;
  days: number;
  hostile: { field: number; value: number } | null;
  envelope: EnvelopeBreak;
  id: IdSpec;
  baseVersion: VersionSpec;
  issuedMinutes: number;
}

export interface WideBatchSpec {
  user: WideUser;
  otherClient: boolean;
  /** Commands of any type; else only types the user's roles allow, so the push is decided. */
  anyType: boolean;
  commands: WideCommandSpec[];
}

const n = fc.nat({ max: 1_000_000 });
const weighted = <T>(...options: [weight: number, value: T][]) => fc.oneof(...options.map(([weight, value]) => ({ weight, arbitrary: fc.constant(value) })));

/** Text for a payload: usually ordinary, often odd but storable (RTL, emoji, combining marks), sometimes very long. */
const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXTS) },
);

const command: fc.Arbitrary<WideCommandSpec> = fc.record({
  type: fc.constantFrom(...WIDE_TYPES),
  picks: fc.array(n, { minLength: 6, maxLength: 6 }),
  modes: fc.array(fc.constantFrom(...ID_MODES), { minLength: 6, maxLength: 6 }),
  newId: weighted<NewIdMode>([20, 'fresh'], [2, 'sameEntity'], [1, 'otherEntity'], [1, 'event']),
  texts: fc.array(text, { minLength: 4, maxLength: 4 }),
  int: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 2 ** 31, 2 ** 53) }),
  flag: fc.boolean(),
  days: fc.integer({ min: -20, max: 120 }),
  hostile: fc.option(fc.record({ field: n, value: fc.nat({ max: HOSTILE_VALUES.length - 1 }) }), { freq: 2 }),
  envelope: fc.oneof({ weight: 8, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: fc.constantFrom(...ENVELOPE_BREAKS.filter((b) => b !== 'none')) }),
  id: fc.oneof(
    { weight: 40, arbitrary: fc.constant({ kind: 'fresh' as const }) as fc.Arbitrary<IdSpec> },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('existing' as const), n }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('history' as const), n, exact: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('batch' as const), back: fc.integer({ min: 1, max: 10 }) }) },
  ),
  baseVersion: fc.oneof(
    { weight: 14, arbitrary: fc.constant({ kind: 'tracked' as const, delta: 0 }) as fc.Arbitrary<VersionSpec> },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('tracked' as const), delta: fc.integer({ min: -2, max: 2 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'absent' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'null' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('value' as const), value: fc.constantFrom(0, 2 ** 31 - 1, 65_536) }) },
  ),
  issuedMinutes: fc.integer({ min: -7 * 24 * 60, max: 60 }),
});

/**
 * Mostly batches of 20 to 70 commands, where hostile ids abound but at most one command carries a
 * hostile value or a broken envelope (in one batch of four), so most batches reach the deciders.
 * One push in five carries a single command, often a hostile one: what it wrote is its own.
 */
export const wideBatch: fc.Arbitrary<WideBatchSpec> = fc
  .record({
    user: weighted<WideUser>([8, 'kaisa'], [6, 'ville'], [8, 'paula'], [3, 'tuula'], [5, 'reijo'], [4, 'maria'], [9, 'lotta'], [7, 'jussi'], [7, 'hilkka'], [5, 'veera'], [9, 'maija'], [4, 'kiosk-oodi-1'], [2, 'kiosk-malmi-1'], [4, 'aino'], [1, 'olli'], [3, 'harri'], [1, 'sanna']),
    otherClient: fc.boolean(),
    commands: fc.oneof({ weight: 4, arbitrary: fc.array(command, { minLength: 20, maxLength: 70 }) }, { weight: 1, arbitrary: fc.array(command, { minLength: 1, maxLength: 1 }) }),
    harmed: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: n }),
    anyType: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  })
  .map(({ harmed, commands, ...rest }) => ({
    ...rest,
    commands:
      commands.length === 1
        ? commands
        : commands.map((c, i) => (harmed !== null && i === harmed % commands.length ? c : { ...c, hostile: null, envelope: 'none' as const, int: c.int > 1000 ? 7 : c.int })),
  }));

/** What a resolved command acts on (its scope decides who may), and where its base version comes from. */
export interface Target {
  entity: EntityName;
  id: string;
}

type Row = { id: string; data: Record<string, unknown>; version: number };

/** Turns one spec's abstract picks into ids and values against the model. */
class Picker {
  private slot = 0;
  private readonly spec: WideCommandSpec;
  private readonly rows: (entity: EntityName) => Row[];
  private readonly allIds: string[];
  private readonly eventIds: string[];

  constructor(spec: WideCommandSpec, rows: (entity: EntityName) => Row[], allIds: string[], eventIds: string[]) {
    this.spec = spec;
    this.rows = rows;
    this.allIds = allIds;
    this.eventIds = eventIds;
  }

  private next(): { n: number; mode: IdMode } {
    const i = this.slot++ % this.spec.picks.length;
    return { n: this.spec.picks[i]!, mode: this.spec.modes[i]! };
  }

  /** A row of the entity (preferring those `prefer` likes), not hostile: for fields that must fit together. */
  row(entity: EntityName, prefer?: (d: Record<string, unknown>) => boolean): Row | null {
    const all = this.rows(entity);
    const liked = prefer ? all.filter((r) => prefer(r.data)) : all;
    const list = liked.length > 0 ? liked : all;
    return list.length === 0 ? null : list[this.spec.picks[this.slot++ % this.spec.picks.length]! % list.length]!;
  }

  /** The id of an existing row, or a hostile id in its place. */
  id(entity: EntityName, prefer?: (d: Record<string, unknown>) => boolean, meant?: string): string {
    const { n, mode } = this.next();
    const pickOf = (list: readonly string[]) => (list.length === 0 ? randomUUID() : list[n % list.length]!);
    switch (mode) {
      case 'own':
        return meant ?? this.row(entity, prefer)?.id ?? randomUUID();
      case 'otherRow':
        return pickOf(this.rows(entity).map((r) => r.id));
      case 'otherEntity':
        return pickOf(this.allIds);
      case 'event':
        return pickOf(this.eventIds);
      case 'fresh':
        return randomUUID();
      case 'long':
        return `${entity}-${'9'.repeat(10_000)}`;
    }
  }

  /** The id of a row the command creates: new, or one that exists (creating must never overwrite it). */
  fresh(entity: EntityName): string {
    const { n } = this.next();
    const pickOf = (list: readonly string[]) => (list.length === 0 ? randomUUID() : list[n % list.length]!);
    switch (this.spec.newId) {
      case 'fresh':
        return randomUUID();
      case 'sameEntity':
        return pickOf(this.rows(entity).map((r) => r.id));
      case 'otherEntity':
        return pickOf(this.allIds.filter((id) => /^[0-9a-f-]{36}$/.test(id)));
      case 'event':
        return pickOf(this.eventIds);
    }
  }

  /** Odd text, at most 140 code points: within every text field's limit (hostile values test the limits). */
  text(i: number): string {
    return Array.from(this.spec.texts[i % this.spec.texts.length]!).slice(0, 140).join('');
  }

  one<T>(list: readonly T[], i = 0): T {
    return list[(this.spec.picks[i % this.spec.picks.length]! + i) % list.length]!;
  }

  get flag(): boolean {
    return this.spec.flag;
  }

  get int(): number {
    return this.spec.int;
  }

  /** A whole hour `days` from now (plus `hours`), as a UTC instant. */
  instant(hours = 0): string {
    const d = new Date(Date.now() + this.spec.days * 86_400_000);
    d.setUTCMinutes(0, 0, 0);
    d.setUTCHours(8 + (this.spec.int % 9) + hours);
    return d.toISOString().replace('.000Z', 'Z');
  }

  date(extraDays = 0): string {
    return new Date(Date.now() + (this.spec.days + extraDays) * 86_400_000).toISOString().slice(0, 10);
  }
}

type Template = (p: Picker) => { payload: Record<string, unknown>; target?: Target };
const t = (entity: EntityName, id: string): Target => ({ entity, id });
const without = (data: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));
const trilingual = (p: Picker, i: number) => ({ fi: p.text(i), sv: p.text(i + 1), en: '' });

const session = (p: Picker) => ({
  channel: p.one(CHANNELS),
  helperType: p.one(HELPER_TYPES, 1),
  topics: [p.one(TOPICS, 2)],
  serviceLanguage: p.one(SERVICE_LANGUAGES, 3),
  interpreted: p.flag,
  ageBand: p.flag ? p.one(AGE_BANDS) : null,
  firstTimeUser: p.flag ? null : true,
  outcome: p.one(OUTCOMES, 4),
  referral: p.one(REFERRALS, 5),
  note: p.flag ? p.text(0) : null,
});

const handling = (d: Record<string, unknown>) => d.state === 'REQUIRES_HANDLING';
const reservationTarget = (p: Picker, prefer?: (d: Record<string, unknown>) => boolean) => {
  const row = p.row('reservation', prefer);
  const id = p.id('reservation', prefer, row?.id);
  return { id, target: t('reservation', id) };
};

/** A new row of the programme: the editable fields of an existing one, its name changed. */
const authoredCreate =
  (entity: EntityName, idField: string, ...kept: string[]): Template =>
  (p) => {
    const row = p.row(entity);
    const cohort = p.id('ck_cohort', undefined, row?.data.cohortId as string | undefined);
    return { payload: { ...without(row?.data ?? {}, 'id', 'cohortId', ...kept), name: trilingual(p, 0), [idField]: p.fresh(entity), cohortId: cohort }, target: t('ck_cohort', cohort) };
  };

/** An edit of a programme row: every editable field sent, its description changed. */
const authoredUpdate =
  (entity: EntityName, idField: string, ...kept: string[]): Template =>
  (p) => {
    const row = p.row(entity);
    const id = p.id(entity, undefined, row?.id);
    return { payload: { ...without(row?.data ?? {}, 'id', 'cohortId', ...kept), description: trilingual(p, 1), [idField]: id }, target: t(entity, id) };
  };

const orderTarget = (p: Picker, prefer?: (d: Record<string, unknown>) => boolean) => {
  const id = p.id('berth_order', prefer);
  return { id, target: t('berth_order', id) };
};
const byOrder = (o: { id: string; target: Target }) => ({ payload: { orderId: o.id }, target: o.target });
const ADDITIONAL = ['water', 'parking_permit', 'storage_on_ice'] as const;

/** Odd text cut to a field's limit (the hostile values test the limits themselves). */
const upTo = (text: string, max: number) => Array.from(text).slice(0, max).join('');

/**
 * A master-data edit: every editable field of an existing row sent again (fields older rows lack
 * take their defaults), one text changed.
 */
const masterEdit =
  (entity: EntityName, idField: string, fields: Record<string, unknown>, changed: [string, number]): Template =>
  (p) => {
    const row = p.row(entity);
    const id = p.id(entity, undefined, row?.id);
    const kept = Object.fromEntries(Object.entries(fields).map(([f, fallback]) => [f, row?.data[f] ?? fallback]));
    return { payload: { ...kept, [changed[0]]: upTo(p.text(0), changed[1]), [idField]: id }, target: t(entity, id) };
  };

/**
 * A master-data add: the editable fields of an existing row (or the defaults) with one changed,
 * on a live parent row, under an id the desk made (or a hostile one: the add must refuse it).
 */
const masterAdd =
  (entity: EntityName, idField: string, parent: EntityName, parentField: string, fields: Record<string, unknown>, changed: (p: Picker) => [string, unknown]): Template =>
  (p) => {
    const row = p.row(entity);
    const parentId = p.id(parent, undefined, row?.data[parentField] as string | undefined);
    const kept = Object.fromEntries(Object.entries(fields).map(([f, fallback]) => [f, row?.data[f] ?? fallback]));
    const [field, value] = changed(p);
    return { payload: { ...kept, [field]: value, [parentField]: parentId, [idField]: p.fresh(entity) }, target: t(parent, parentId) };
  };

const TEMPLATES: Record<string, Template> = {
  'berths.editHarbour': (p) => {
    const edit = masterEdit('harbour', 'harbourId', { streetAddress: '', zipCode: '00100', wwwUrl: '' }, ['streetAddress', 200])(p);
    return { ...edit, payload: { ...edit.payload, name: { fi: upTo(p.text(1), 120), sv: upTo(p.text(2), 120), en: upTo(p.text(3), 120) } } };
  },
  'berths.editPier': masterEdit(
    'pier',
    'pierId',
    { identifier: 'A', priceTier: 1, services: [], personalElectricity: false, suitableBoatTypes: [], isActive: true },
    ['identifier', 20],
  ),
  'berths.editBerth': masterEdit(
    'berth',
    'berthId',
    { number: '1', width: 2.5, length: 6, depth: null, mooringType: 'single_slip', isAccessible: null, isActive: true, isInvoiceable: true, comment: '' },
    ['comment', 2000],
  ),
  'berths.addBerth': masterAdd(
    'berth',
    'berthId',
    'pier',
    'pierId',
    { number: '1', width: 2.5, length: 6, depth: null, mooringType: 'single_slip', isAccessible: null, isActive: true, isInvoiceable: true, comment: '' },
    (p) => ['number', upTo(p.text(0), 20)],
  ),
  'berths.editWinterArea': (p) => {
    const edit = masterEdit('winter_area', 'areaId', { streetAddress: '', zipCode: '00100', estimatedUnmarkedSpaces: null, isActive: true }, ['streetAddress', 200])(p);
    return { ...edit, payload: { ...edit.payload, name: { fi: upTo(p.text(1), 120), sv: upTo(p.text(2), 120), en: upTo(p.text(3), 120) } } };
  },
  'berths.editWinterSection': masterEdit('winter_section', 'sectionId', { identifier: 'A', services: [], isActive: true }, ['identifier', 20]),
  'berths.editWinterPlace': masterEdit('winter_place', 'placeId', { number: 1, width: 2.5, length: 6, isActive: true, isInvoiceable: true, comment: '' }, ['comment', 2000]),
  'berths.addPier': masterAdd(
    'pier',
    'pierId',
    'harbour',
    'harbourId',
    { identifier: 'A', priceTier: 1, services: [], personalElectricity: false, suitableBoatTypes: [], isActive: true },
    (p) => ['identifier', upTo(p.text(0), 20)],
  ),
  'berths.addWinterSection': masterAdd('winter_section', 'sectionId', 'winter_area', 'areaId', { identifier: 'A', services: [], isActive: true }, (p) => ['identifier', upTo(p.text(0), 20)]),
  'berths.addWinterPlace': masterAdd('winter_place', 'placeId', 'winter_section', 'sectionId', { number: 1, width: 2.5, length: 6, isActive: true, isInvoiceable: true, comment: '' }, (p) => ['number', p.int]),
  'berths.savePriceList': (p) => {
    const product = p.row('berth_product');
    const id = p.id('berth_product', undefined, product?.id);
    const band = { ...without(product?.data ?? {}, 'validFrom', 'validUntil'), id };
    return { payload: { validFrom: p.date(30), validUntil: p.flag ? null : p.date(400), products: [band] }, target: t('berth_product', id) };
  },
  'berths.resendOffer': (p) => {
    const { id, target } = orderTarget(p);
    return { payload: { orderId: id, dueDate: p.date(7) }, target };
  },
  'berths.editOrderLines': (p) => {
    const { id, target } = orderTarget(p, (d) => d.status === 'offered');
    const vatPercent = p.one([25.5, 24, 14, 10] as const, 1);
    // An amount line, or a percentage of the berth line (decision 48): 1–40 %, 0 and the huge values refused.
    const priced = p.one(['amount', 'percent'] as const, 2) === 'amount' ? { totalCents: p.int } : { percent: p.int };
    return { payload: { orderId: id, services: p.flag ? [] : [{ service: p.one(ADDITIONAL), ...priced, vatPercent }] }, target };
  },
  'berths.markOrderPaidElsewhere': (p) => byOrder(orderTarget(p, (d) => d.status === 'offered' || d.status === 'drafted')),
  'berths.cancelOrder': (p) => byOrder(orderTarget(p, (d) => d.status === 'offered')),
  'berths.refundOrder': (p) => byOrder(orderTarget(p, (d) => d.status === 'paid')),
  'berths.recordPayment': (p) => {
    const { id, target } = orderTarget(p);
    return { payload: { orderId: id, amountCents: p.int, providerReference: p.text(0) || 'x' }, target };
  },
  'berths.terminateLease': (p) => {
    const row = p.row('lease', (d) => d.status === 'offered' || d.status === 'paid');
    const id = p.id('lease', undefined, row?.id);
    return { payload: { leaseId: id, endDate: (row?.data.startDate as string | undefined) ?? p.date() }, target: t('lease', id) };
  },
  'berths.renewLease': (p) => {
    const row = p.row('lease', (d) => d.status === 'paid');
    const id = p.id('lease', undefined, row?.id);
    return { payload: { previousLeaseId: id, leaseId: p.fresh('lease'), orderId: p.fresh('berth_order'), dueDate: p.date(14) }, target: t('lease', id) };
  },
  'berths.editCustomerContact': (p) => {
    const row = p.row('customer');
    const id = p.id('customer', undefined, row?.id);
    const d = row?.data ?? {};
    return {
      payload: {
        customerId: id,
        email: p.flag ? ((d.email as string | undefined) ?? '') : upTo(p.text(0), 254),
        phone: (d.phone as string | undefined) ?? '',
        address: upTo(p.text(1), 200),
        zipCode: (d.zipCode as string | undefined) ?? '00100',
        municipality: (d.municipality as string | undefined) ?? 'Helsinki',
        language: (d.language as string | undefined) ?? 'fi',
        invoicingType: p.flag ? 'paper_invoice' : ((d.invoicingType as string | undefined) ?? 'online_payment'),
      },
      target: t('customer', id),
    };
  },
  'bookings.approveReservation': (p) => {
    const { id, target } = reservationTarget(p, handling);
    return { payload: { reservationId: id, note: p.text(0), ...(p.flag ? { finalPriceCents: p.int } : {}) }, target };
  },
  'bookings.denyReservation': (p) => {
    const { id, target } = reservationTarget(p, handling);
    return { payload: { reservationId: id, denyReasonId: p.id('deny_reason'), note: p.text(1), refund: p.flag }, target };
  },
  'bookings.returnToHandling': (p) => {
    const { id, target } = reservationTarget(p, (d) => d.state === 'CONFIRMED' || d.state === 'DENIED');
    return { payload: { reservationId: id }, target };
  },
  'bookings.cancelReservation': (p) => {
    const { id, target } = reservationTarget(p, (d) => d.state === 'CONFIRMED');
    return { payload: { reservationId: id, reason: p.one(CANCEL_REASONS.filter((r) => r !== 'NOT_PAID')), details: p.text(2) }, target };
  },
  'bookings.createStaffReservation': (p) => {
    const unit = p.id('reservation_unit');
    const type = p.one(['STAFF', 'BEHALF', 'BLOCKED'] as const);
    const reservee = type === 'BEHALF' ? { kind: 'individual', firstName: p.text(0), lastName: p.text(1), organisation: null, businessId: null, email: 'varaaja@example.fi', phone: '040 123 4567', language: 'sv' } : null;
    return {
      payload: { reservationId: p.fresh('reservation'), reservationUnitId: unit, type, beginsAt: p.instant(), endsAt: p.instant(1), name: p.text(2), description: p.text(3), bufferBeforeMin: null, bufferAfterMin: p.flag ? 15 : null, reservee },
      target: t('reservation_unit', unit),
    };
  },
  'bookings.createSeries': (p) => {
    const unit = p.id('reservation_unit');
    const begin = p.date();
    const weekday = WEEKDAYS[(new Date(`${begin}T12:00:00Z`).getUTCDay() + 6) % 7]!;
    return {
      payload: {
        seriesId: p.fresh('reservation_series'),
        reservationUnitId: unit,
        type: 'STAFF',
        name: p.text(0),
        description: p.text(1),
        beginDate: begin,
        endDate: p.date(14),
        beginTime: '10:00',
        endTime: p.flag ? '11:30' : '24:00',
        recurrenceInDays: 7,
        weekdays: [weekday],
        skipDates: [],
        bufferBeforeMin: null,
        bufferAfterMin: null,
        reservee: null,
        reservationIds: [p.fresh('reservation'), randomUUID(), randomUUID()],
      },
      target: t('reservation_unit', unit),
    };
  },
  'bookings.endSeries': (p) => {
    const series = p.id('reservation_series');
    const action = p.flag ? 'deny' : 'cancel';
    return { payload: { seriesId: series, fromDate: p.date(), action, denyReasonId: action === 'deny' ? p.id('deny_reason') : null, note: p.text(0) }, target: t('reservation_series', series) };
  },
  'bookings.rescheduleSeries': (p) => {
    const series = p.id('reservation_series');
    const from = p.date();
    const weekday = WEEKDAYS[(new Date(`${from}T12:00:00Z`).getUTCDay() + 6) % 7]!;
    return {
      payload: {
        seriesId: series,
        fromDate: from,
        endDate: p.date(14),
        beginTime: p.flag ? '11:00' : '10:00',
        endTime: '12:00',
        recurrenceInDays: 7,
        weekdays: [weekday],
        skipDates: [],
        note: p.text(0),
        reservationIds: [p.fresh('reservation'), randomUUID(), randomUUID()],
      },
      target: t('reservation_series', series),
    };
  },
  'bookings.setPrices': (p) => {
    const unit = p.id('reservation_unit');
    return {
      payload: { reservationUnitId: unit, pricings: [{ begins: p.date(30), priceUnit: 'PER_HOUR', highestPriceCents: p.int, lowestPriceCents: 0, vatPercent: 25.5, paymentType: 'ON_SITE' }] },
      target: t('reservation_unit', unit),
    };
  },
  'bookings.setUnitRules': (p) => {
    const unit = p.id('reservation_unit');
    const rules = { minDurationMin: 30, maxDurationMin: p.flag ? 120 : 45, startIntervalMin: 30, minDaysBefore: 0, maxDaysBefore: p.int, maxReservationsPerUser: null, minPersons: null, maxPersons: p.int, requiresHandling: p.flag, canApplyFreeOfCharge: false };
    return { payload: { reservationUnitId: unit, rules }, target: t('reservation_unit', unit) };
  },
  'bookings.requestReservation': (p) => ({
    payload: {
      reservationId: p.fresh('reservation'),
      reservationUnitId: p.id('reservation_unit'),
      beginsAt: p.instant(),
      endsAt: p.instant(2),
      numPersons: p.int,
      purpose: p.text(0),
      reservee: { name: p.text(1), email: 'asiakas@example.fi', phone: '+358 40 1234567' },
      language: p.one(['fi', 'sv', 'en']),
    },
  }),

  'cultureKids.enrol': (p) => {
    const occ = p.row('ck_occurrence', (d) => d.cancelledAt === null);
    const child = p.id('ck_child', (d) => d.cohortId === occ?.data.cohortId);
    return {
      payload: { enrolmentId: p.fresh('ck_enrolment'), childId: child, eventId: p.id('ck_event', undefined, occ?.data.eventId as string | undefined), occurrenceId: p.flag ? p.id('ck_occurrence', undefined, occ?.id) : null, reason: p.text(0) },
      target: t('ck_child', child),
    };
  },
  'cultureKids.cancelEnrolment': (p) => {
    const id = p.id('ck_enrolment', (d) => d.status === 'enrolled');
    return { payload: { enrolmentId: id, reason: p.text(0) }, target: t('ck_enrolment', id) };
  },
  'cultureKids.moveEnrolment': (p) => {
    const id = p.id('ck_enrolment', (d) => d.status === 'enrolled');
    return { payload: { enrolmentId: id, newEnrolmentId: p.fresh('ck_enrolment'), toOccurrenceId: p.id('ck_occurrence'), reason: p.text(1) }, target: t('ck_enrolment', id) };
  },
  'cultureKids.subscribeFreeSpot': (p) => {
    const child = p.id('ck_child');
    return { payload: { subscriptionId: p.fresh('ck_free_spot_subscription'), childId: child, occurrenceId: p.id('ck_occurrence') }, target: t('ck_child', child) };
  },
  'cultureKids.unsubscribeFreeSpot': (p) => {
    const sub = p.row('ck_free_spot_subscription');
    const child = p.id('ck_child', undefined, sub?.data.childId as string | undefined);
    return { payload: { childId: child, occurrenceId: p.id('ck_occurrence', undefined, sub?.data.occurrenceId as string | undefined) }, target: t('ck_child', child) };
  },
  'cultureKids.unsubscribeAll': (p) => {
    const id = p.id('ck_guardian');
    return { payload: { guardianId: id }, target: t('ck_guardian', id) };
  },
  'cultureKids.markAttendance': (p) => {
    const id = p.id('ck_enrolment');
    return { payload: { enrolmentId: id, attendance: p.one(['attended', 'no_show', null]) }, target: t('ck_enrolment', id) };
  },
  'cultureKids.markAttendanceBulk': (p) => {
    const enrolment = p.row('ck_enrolment');
    const occ = p.id('ck_occurrence', undefined, enrolment?.data.occurrenceId as string | undefined);
    return { payload: { occurrenceId: occ, marks: [{ enrolmentId: p.id('ck_enrolment', undefined, enrolment?.id), attendance: p.one(['attended', 'no_show', null]) }] }, target: t('ck_occurrence', occ) };
  },
  'cultureKids.publishEvent': (p) => {
    const id = p.id('ck_event', (d) => d.publishedAt === null);
    return { payload: { eventId: id }, target: t('ck_event', id) };
  },
  'cultureKids.publishGroup': (p) => {
    const id = p.id('ck_event_group', (d) => d.publishedAt === null);
    return { payload: { eventGroupId: id }, target: t('ck_event_group', id) };
  },
  'cultureKids.importTicketCodes': (p) => {
    const id = p.id('ck_event', (d) => d.ticketingMode === 'external');
    return { payload: { eventId: id, codes: [p.text(0), `CODE-${p.int}`, p.text(1)] }, target: t('ck_event', id) };
  },
  'cultureKids.eraseChild': (p) => {
    const id = p.id('ck_child');
    return { payload: { childId: id, reason: p.text(0) }, target: t('ck_child', id) };
  },
  'cultureKids.createVenue': authoredCreate('ck_venue', 'venueId', 'copiedFromVenueId'),
  'cultureKids.updateVenue': authoredUpdate('ck_venue', 'venueId', 'copiedFromVenueId'),
  'cultureKids.copyVenues': (p) => {
    const to = p.id('ck_cohort');
    return { payload: { fromCohortId: p.id('ck_cohort'), toCohortId: to }, target: t('ck_cohort', to) };
  },
  'cultureKids.createEventGroup': authoredCreate('ck_event_group', 'eventGroupId', 'publishedAt'),
  'cultureKids.updateEventGroup': authoredUpdate('ck_event_group', 'eventGroupId', 'publishedAt'),
  'cultureKids.createEvent': authoredCreate('ck_event', 'eventId', 'ready', 'publishedAt'),
  'cultureKids.updateEvent': authoredUpdate('ck_event', 'eventId', 'ready', 'publishedAt'),
  'cultureKids.setEventReady': (p) => {
    const id = p.id('ck_event');
    return { payload: { eventId: id, ready: p.flag }, target: t('ck_event', id) };
  },
  'cultureKids.createOccurrence': (p) => {
    const event = p.row('ck_event');
    const eventId = p.id('ck_event', undefined, event?.id);
    const venue = p.id('ck_venue', (d) => d.cohortId === event?.data.cohortId);
    return { payload: { occurrenceId: p.fresh('ck_occurrence'), eventId, venueId: venue, startsAt: p.instant(), capacityOverride: p.flag ? null : p.int, language: p.one(['fi', 'sv', 'en']) }, target: t('ck_event', eventId) };
  },
  'cultureKids.updateOccurrence': (p) => {
    const occ = p.row('ck_occurrence');
    const id = p.id('ck_occurrence', undefined, occ?.id);
    return {
      payload: { occurrenceId: id, venueId: p.id('ck_venue', undefined, occ?.data.venueId as string | undefined), startsAt: p.instant(), capacityOverride: occ?.data.capacityOverride ?? null, language: occ?.data.language ?? 'fi', noticeAcknowledged: p.flag },
      target: t('ck_occurrence', id),
    };
  },
  'cultureKids.cancelOccurrence': (p) => {
    const id = p.id('ck_occurrence', (d) => d.cancelledAt === null);
    return { payload: { occurrenceId: id, reason: p.text(0) }, target: t('ck_occurrence', id) };
  },
  'berths.sendCustomerMessage': (p) => {
    const harbour = p.row('harbour');
    return {
      payload: {
        messageId: p.fresh('berth_message'),
        audience: { season: new Date().getUTCFullYear() + (p.flag ? 0 : 1), harbourIds: harbour && p.flag ? [harbour.id] : [], leaseStatuses: p.flag ? ['paid'] : ['paid', 'offered'], applicationStatuses: p.flag ? [] : ['pending'], customerKinds: [] },
        channels: p.flag ? ['email'] : ['email', 'sms'],
        subject: { fi: p.text(0), sv: '', en: '' },
        body: { fi: p.text(1), sv: p.text(2), en: '' },
      },
    };
  },
  'berths.createWinterLease': (p) => {
    const pending = (d: Record<string, unknown>) => d.status === 'pending';
    const app = p.row('winter_application', pending);
    const id = p.id('winter_application', pending, app?.id);
    const choices = (app?.data.areaChoices ?? []) as string[];
    const placeId = app?.data.areaType === 'marked' ? p.id('winter_place', (d) => choices.includes(d.areaId as string)) : null;
    return { payload: { applicationId: id, leaseId: p.fresh('winter_lease'), placeId }, target: t('winter_application', id) };
  },
  'berths.sendWinterInvoice': (p) => {
    const id = p.id('winter_lease', (d) => (d.invoice as { status: string }).status === 'drafted');
    return { payload: { leaseId: id, dueDate: p.date(14) }, target: t('winter_lease', id) };
  },
  'berths.markWinterInvoicePaid': (p) => {
    const id = p.id('winter_lease', (d) => (d.invoice as { status: string }).status === 'offered');
    return { payload: { leaseId: id }, target: t('winter_lease', id) };
  },
  'berths.reassignWinterSticker': (p) => {
    const id = p.id('winter_lease', (d) => d.stickerNumber !== null);
    return { payload: { leaseId: id }, target: t('winter_lease', id) };
  },
  'berths.setWinterStickerPosted': (p) => {
    const id = p.id('winter_lease', (d) => d.stickerNumber !== null && d.stickerPostedOn === null);
    return { payload: { leaseId: id, postedOn: p.date(-(p.int % 20)) }, target: t('winter_lease', id) };
  },
  'berths.terminateWinterLease': (p) => {
    const id = p.id('winter_lease', (d) => d.status === 'paid');
    return { payload: { leaseId: id, endDate: p.date(p.int % 200) }, target: t('winter_lease', id) };
  },
  'berths.renewWinterLease': (p) => {
    const id = p.id('winter_lease', (d) => d.areaType === 'marked' && d.status === 'paid');
    return { payload: { previousLeaseId: id, leaseId: p.fresh('winter_lease'), dueDate: p.date(14) }, target: t('winter_lease', id) };
  },
  'berths.addBoatCertificate': (p) => {
    const boat = p.id('boat');
    const until = p.date(p.int % 400);
    return {
      payload: { certificateId: p.fresh('boat_certificate'), boatId: boat, certificateType: p.one(['inspection', 'insurance'] as const), number: upTo(p.text(0), 60), issuer: upTo(p.text(1), 120), validFrom: p.flag ? null : p.date(-300), validUntil: until },
      target: t('boat', boat),
    };
  },
  'berths.editBoatCertificate': (p) => {
    const row = p.row('boat_certificate', (d) => d.removed === null);
    const id = p.id('boat_certificate', undefined, row?.id);
    return { payload: { certificateId: id, number: upTo(p.text(0), 60), issuer: upTo(p.text(1), 120), validFrom: p.flag ? null : p.date(-30), validUntil: p.date(p.int % 400) }, target: t('boat_certificate', id) };
  },
  'berths.removeBoatCertificate': (p) => {
    const id = p.id('boat_certificate', (d) => d.removed === null);
    return { payload: { certificateId: id }, target: t('boat_certificate', id) };
  },
  'berths.markPaymentRefunded': (p) => {
    const id = p.id('berth_payment_issue', (d) => d.status === 'open');
    return { payload: { issueId: id }, target: t('berth_payment_issue', id) };
  },
  'berths.eraseCustomer': (p) => {
    const id = p.id('customer');
    return { payload: { customerId: id }, target: t('customer', id) };
  },
  'cultureKids.sendMessage': (p) => {
    const cohort = p.id('ck_cohort');
    return {
      payload: {
        messageId: p.fresh('ck_message'),
        cohortId: cohort,
        protocol: p.one(MESSAGE_PROTOCOLS),
        subject: { fi: p.text(0), sv: '', en: '' },
        body: { fi: p.text(1), sv: p.text(2), en: '' },
        selection: p.one(RECIPIENT_SELECTIONS, 1),
        eventId: p.flag ? p.id('ck_event', (d) => d.cohortId === cohort) : null,
        occurrenceIds: [],
      },
      target: t('ck_cohort', cohort),
    };
  },

  'assist.issueTicket': (p) => {
    const sp = p.id('as_service_point');
    return { payload: { ticketId: p.fresh('as_queue_ticket'), servicePointId: sp, source: p.one(['desk', 'kiosk']), topicHint: p.flag ? p.one(TOPICS) : null, language: p.flag ? null : p.one(SERVICE_LANGUAGES) }, target: t('as_service_point', sp) };
  },
  'assist.callNext': (p) => {
    const sp = p.id('as_service_point');
    return { payload: { servicePointId: sp }, target: t('as_service_point', sp) };
  },
  'assist.recallTicket': (p) => ticketCommand(p, 'called'),
  'assist.markNoShow': (p) => ticketCommand(p, 'called'),
  'assist.startService': (p) => ticketCommand(p, 'called'),
  'assist.finishService': (p) => ticketCommand(p, 'in_service'),
  'assist.transferTicket': (p) => {
    const id = p.id('as_queue_ticket', (d) => d.status === 'waiting' || d.status === 'called');
    return { payload: { ticketId: id, newTicketId: p.fresh('as_queue_ticket'), toServicePointId: p.id('as_service_point') }, target: t('as_queue_ticket', id) };
  },
  'assist.logSession': (p) => {
    const sp = p.id('as_service_point');
    return { payload: { ...session(p), sessionId: p.fresh('as_help_session'), servicePointId: sp, startedAt: p.instant(-1), endedAt: p.instant(0), ticketId: null, appointmentId: null }, target: t('as_service_point', sp) };
  },
  'assist.logSessionsBulk': (p) => {
    const sp = p.id('as_service_point');
    return {
      payload: { servicePointId: sp, hourStartedAt: p.instant(-2), sessions: [{ ...session(p), sessionId: p.fresh('as_help_session'), durationBucket: p.one(DURATION_BUCKETS) }, { ...session(p), sessionId: randomUUID(), durationBucket: 'under_5' }] },
      target: t('as_service_point', sp),
    };
  },
  'assist.bookAppointment': (p) => {
    const calendar = p.row('as_helper_calendar');
    const id = p.id('as_helper_calendar', undefined, calendar?.id);
    return {
      payload: {
        appointmentId: p.fresh('as_appointment'),
        calendarId: id,
        startsAt: p.instant(),
        intake: { topic: p.one(TOPICS), ownDevice: p.flag, language: p.one(SERVICE_LANGUAGES), accessibilityNeeds: p.flag ? p.text(0) : null },
        contact: p.flag ? { email: 'asiakas@example.fi', phone: null } : null,
        bookedVia: 'desk',
        followUpOfSessionId: null,
      },
      target: t('as_helper_calendar', id),
    };
  },
  'assist.openHelperHours': (p) => {
    const sp = p.id('as_service_point');
    return {
      payload: { servicePointId: sp, startTime: p.flag ? '16:00' : '10:00', endTime: '18:00', slotLengthMin: p.one([30, 45, 60]), days: [{ calendarId: p.fresh('as_helper_calendar'), date: p.date(1) }, { calendarId: randomUUID(), date: p.date(8) }] },
      target: t('as_service_point', sp),
    };
  },
  'assist.closeHelperHours': (p) => {
    const id = p.id('as_helper_calendar');
    return { payload: { calendarId: id }, target: t('as_helper_calendar', id) };
  },
  'assist.cancelAppointment': (p) => {
    const id = p.id('as_appointment', (d) => d.status === 'booked');
    return { payload: { appointmentId: id, reason: p.flag ? p.text(0) : null }, target: t('as_appointment', id) };
  },
  'assist.markAppointmentNoShow': (p) => {
    const id = p.id('as_appointment', (d) => d.status === 'booked');
    return { payload: { appointmentId: id }, target: t('as_appointment', id) };
  },
  'assist.requestHelp': (p) => {
    const sp = p.id('as_service_point');
    return { payload: { requestId: p.fresh('as_help_request'), servicePointId: sp, kioskId: p.id('kiosk_terminal', (d) => d.servicePointId === sp), language: p.one(SERVICE_LANGUAGES) }, target: t('as_service_point', sp) };
  },
  'assist.answerHelpRequest': (p) => {
    const id = p.id('as_help_request', (d) => d.status !== 'closed');
    return { payload: { requestId: id, status: p.one(['acknowledged', 'closed']) }, target: t('as_help_request', id) };
  },

  'kiosk.requestRestart': (p) => {
    const id = p.id('kiosk_terminal');
    return { payload: { terminalId: id }, target: t('kiosk_terminal', id) };
  },
  'kiosk.setSchedule': (p) => {
    const id = p.id('kiosk_terminal');
    const weekly = p.flag ? { 1: { opens: '09:00', closes: '20:00' }, 6: { opens: '10:00', closes: '16:00' } } : { 7: { opens: '12:00', closes: '24:00' } };
    return { payload: { terminalId: id, schedule: { weekly, exceptions: { [p.date()]: p.flag ? null : { opens: '10:00', closes: '14:00' } } } }, target: t('kiosk_terminal', id) };
  },

  'audit.recordReads': (p) => {
    const child = p.row('ck_child');
    return {
      payload: {
        entries: [
          {
            id: p.fresh('ck_child'),
            readAt: new Date(Date.now() - (p.int % 100_000) * 1000).toISOString(),
            subjectKind: p.one(SUBJECT_KINDS),
            subjectIds: child ? [child.id] : [],
            workspace: 'culture-kids',
            partition: (child?.data.cohortId as string | undefined) ?? null,
            purpose: p.one(READ_PURPOSES, 1),
            purposeText: p.text(0),
            detail: p.flag ? { query: p.text(1), rows: p.int } : null,
          },
        ],
      },
    };
  },
};

function ticketCommand(p: Picker, status: string): { payload: Record<string, unknown>; target: Target } {
  const id = p.id('as_queue_ticket', (d) => d.status === status);
  return { payload: { ticketId: id }, target: t('as_queue_ticket', id) };
}

/** One field of the payload replaced by a hostile value, or dropped. */
function harm(payload: Record<string, unknown>, hostile: { field: number; value: number }): Record<string, unknown> {
  const keys = Object.keys(payload);
  if (keys.length === 0) return payload;
  const key = keys[hostile.field % keys.length]!;
  const value = HOSTILE_VALUES[hostile.value];
  if (value === 'MISSING') return without(payload, key);
  return { ...payload, [key]: value };
}

/** A command as resolved: its envelope (as JSON will carry it) and what it acts on. */
export interface WideCommand {
  envelope: Record<string, unknown>;
  target: Target | null;
}

export interface WideContext {
  model: PushModel;
  /** Whether the user's roles allow a command type. */
  may: (type: CommandType) => boolean;
  history: readonly SentCommand[];
  now: number;
}

/** Entities whose rows are an audit trail: append-only. */
export const EVENT_ENTITIES: readonly EntityName[] = ['application_event', 'reservation_event', 'winter_event'];

/**
 * Turns a batch spec into the raw JSON of a push and its commands' targets. The raw text, not
 * an object, because -0, 1e999 (Infinity) and NaN have no JSON.stringify form.
 */
export function resolveWideBatch(spec: WideBatchSpec, clientId: string, ctx: WideContext): { raw: string; commands: WideCommand[] } {
  const { model } = ctx;
  const byEntity = new Map<EntityName, Row[]>();
  const allIds: string[] = [];
  for (const [key, row] of model.rows) {
    const at = key.indexOf(':');
    const entity = key.slice(0, at) as EntityName;
    const id = key.slice(at + 1);
    allIds.push(id);
    const list = byEntity.get(entity) ?? [];
    list.push({ id, data: row.data as Record<string, unknown>, version: row.version });
    byEntity.set(entity, list);
  }
  for (const list of byEntity.values()) list.sort((a, b) => (a.id < b.id ? -1 : 1));
  allIds.sort();
  const eventIds = EVENT_ENTITIES.flatMap((e) => (byEntity.get(e) ?? []).map((r) => r.id));
  const rows = (entity: EntityName) => byEntity.get(entity) ?? [];
  // Versions as if each versioned command of the batch applied.
  const bumped = new Map<string, number>();
  const out: WideCommand[] = [];
  let seq = 0;
  let rawNan = false;

  const allowed: CommandType[] = WIDE_TYPES.filter((type) => ctx.may(type));
  spec.commands.forEach((spec0, i) => {
    const c: WideCommandSpec = spec.anyType || allowed.length === 0 || ctx.may(spec0.type) ? spec0 : { ...spec0, type: allowed[spec0.picks[0]! % allowed.length]! };
    const picker = new Picker(c, rows, allIds, eventIds);
    const built = TEMPLATES[c.type]!(picker);
    let payload = c.hostile ? harm(built.payload, c.hostile) : built.payload;
    const target = built.target ?? null;
    let type: string = c.type;
    const key = target ? `${target.entity}:${target.id}` : '';
    const current = (target && model.rows.get(key)?.version) ?? 1;
    const tracked = current + (bumped.get(key) ?? 0);
    const v = c.baseVersion;
    let baseVersion: unknown = v.kind === 'tracked' ? Math.max(0, tracked + v.delta) : v.kind === 'absent' ? undefined : v.kind === 'null' ? null : v.value;
    if (!COMMANDS[c.type].versioned && v.kind === 'tracked') baseVersion = null;
    let id: string;
    if (c.id.kind === 'history' && ctx.history.length > 0) {
      const old = ctx.history[c.id.n % ctx.history.length]!;
      id = old.id;
      // The very same command again (unless its type would only make the push forbidden).
      if (c.id.exact && (spec.anyType || ctx.may(old.type))) {
        type = old.type;
        payload = old.payload as Record<string, unknown>;
        baseVersion = old.baseVersion;
      }
    } else if (c.id.kind === 'batch' && i - c.id.back >= 0) {
      const earlier = out[i - c.id.back]!.envelope;
      ({ id } = earlier as { id: string });
      type = earlier.type as string;
      payload = earlier.payload as Record<string, unknown>;
      baseVersion = earlier.baseVersion;
    } else id = c.id.kind === 'existing' && allIds.length > 0 ? allIds[c.id.n % allIds.length]! : randomUUID();
    seq++;
    let envelope: Record<string, unknown> = { id, seq, type, payload, issuedAt: new Date(ctx.now + c.issuedMinutes * 60_000).toISOString() };
    if (baseVersion !== undefined) envelope.baseVersion = baseVersion;
    switch (c.envelope) {
      case 'none':
        break;
      case 'base_version_2_31':
        envelope = { ...envelope, baseVersion: 2 ** 31 };
        break;
      case 'base_version_infinity':
        envelope = { ...envelope, baseVersion: INFINITY };
        break;
      case 'base_version_neg_zero':
        // -0 is a number JSON carries and zod takes as 0: harmless, but it must not break anything.
        envelope = { ...envelope, baseVersion: NEG_ZERO };
        break;
      case 'seq_fraction':
        envelope = { ...envelope, seq: seq + 0.5 };
        break;
      case 'id_capitals':
        envelope = { ...envelope, id: randomUUID().toUpperCase().replace(/^[0-9]/, 'C') };
        break;
      case 'issued_garbage':
        envelope = { ...envelope, issuedAt: '2027-13-45T99:00:00Z' };
        break;
      case 'type_unknown':
        envelope = { ...envelope, type: `${c.type}Everything` };
        break;
      case 'payload_missing':
        envelope = without(envelope, 'payload');
        break;
      case 'raw_nan':
        rawNan = true;
        envelope = { ...envelope, baseVersion: NAN };
        break;
    }
    if (COMMANDS[c.type].versioned && target) bumped.set(key, (bumped.get(key) ?? 0) + 1);
    out.push({ envelope, target });
  });

  const raw = JSON.stringify({ clientId, commands: out.map((c) => c.envelope) })
    .replaceAll(JSON.stringify(NEG_ZERO), '-0')
    .replaceAll(JSON.stringify(INFINITY), '1e999')
    .replaceAll(JSON.stringify(NAN), rawNan ? 'NaN' : 'null');
  return { raw, commands: out };
}
