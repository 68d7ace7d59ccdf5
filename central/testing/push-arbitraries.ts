import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { addDays, offerSeason, seasonEnd, seasonStart } from '../../domain/berths/seasons.ts';
import { APPLICATION_STATUSES, type Application, type ApplicationStatus, type Berth, type Lease } from '../../domain/berths/entities.ts';
import { isStorableText } from '../../domain/text.ts';
import type { CommandType as AnyCommandType, EntityName } from '../../domain/workspaces.ts';
import { BERTH_ENTITIES } from '../../domain/berths/entities.ts';
import type { BerthCommandType } from '../../domain/berths/commands.ts';
import type { BERTH_ORDER_COMMANDS } from '../../domain/berths/order-commands.ts';
/** The application commands this model follows (the order commands are tested in central/berths). */
type CommandType = Exclude<BerthCommandType, keyof typeof BERTH_ORDER_COMMANDS>;

/** The berth push is what these arbitraries exercise: its entities only. */
const ENTITY_NAMES = Object.keys(BERTH_ENTITIES) as EntityName[];
import type { PushModel } from './push-model.ts';

/**
 * Generators for the push property test. What fast-check generates is abstract ("the 3rd
 * application waiting for an answer", "an existing lease", "a command id aino used before"); it
 * is resolved against the live model when the batch is sent, so hostile ids always name rows
 * that exist at that moment.
 */
export const USERS = ['aino', 'eero', 'sanna', 'olli', 'harri'] as const;
export type Username = (typeof USERS)[number];

type Existing = { kind: 'existing'; entity: EntityName; n: number };
type IdSpec = { kind: 'fresh' } | Existing | { kind: 'history'; n: number; exact: boolean } | { kind: 'batch'; back: number };
type AppSpec = { kind: 'pool'; n: number } | { kind: 'any'; n: number } | Existing | { kind: 'fresh' };
type BerthSpec = { kind: 'fitting'; n: number } | { kind: 'chosen'; n: number } | Existing | { kind: 'fresh' };
type LeaseSpec = { kind: 'fresh' } | { kind: 'active' } | { kind: 'ofApplication'; n: number } | { kind: 'batch'; n: number } | Existing;
type VersionSpec = { kind: 'tracked'; delta: number } | { kind: 'absent' } | { kind: 'null' } | { kind: 'value'; value: number };

export interface CommandSpec {
  type: CommandType;
  id: IdSpec;
  app: AppSpec;
  berth: BerthSpec;
  lease: LeaseSpec;
  baseVersion: VersionSpec;
  seq: { kind: 'next' } | { kind: 'repeat' } | { kind: 'value'; value: number };
  /** Minutes from now: negative for work done earlier (offline), positive for a clock running ahead. */
  issuedMinutes: number;
  offset: string;
  text: string;
  dueInDays: number;
  answer: 'accepted' | 'declined';
  acceptShorter: boolean;
  /** Keys no payload has: the central must drop them, whatever they hold. */
  extra: Record<string, unknown> | null;
}

/** Ways to make one command malformed; a batch with one must be refused whole with 400. */
export const MALFORMATIONS = [
  'note_nul',
  'note_lone_surrogate',
  'note_too_long',
  'note_blank',
  'reason_nul',
  'base_version_past_int',
  'base_version_huge',
  'base_version_negative',
  'base_version_fraction',
  'seq_negative',
  'seq_unsafe',
  'issued_before_2000',
  'issued_garbage',
  'id_capitals',
  'id_garbage',
  'type_unknown',
  'payload_missing',
  'application_id_capitals',
  'due_date_impossible',
  'answer_unknown',
  'id_reused_in_batch',
] as const;
export type Malformation = (typeof MALFORMATIONS)[number];

export interface BatchSpec {
  user: Username;
  otherClient: boolean;
  commands: CommandSpec[];
  malformed: { at: number; kind: Malformation }[];
}

const weighted = <T>(...options: [weight: number, value: T][]) =>
  fc.oneof(...options.map(([weight, value]) => ({ weight, arbitrary: fc.constant(value) })));
const n = fc.nat({ max: 1_000_000 });
// Every entity whose ids are UUIDs (a switch reason's id is text, which no id field accepts).
const existing = fc.record({ kind: fc.constant('existing' as const), entity: fc.constantFrom(...ENTITY_NAMES.filter((e) => e !== 'switch_reason')), n });
const fresh = fc.constant({ kind: 'fresh' as const });

/** Odd but storable texts: right-to-left, overrides, emoji, combining marks, noncharacters, long. */
export const ODD_TEXTS = [
  'שלום, נא להתקשר',
  'مرحبا بالعالم',
  '\u202eevil\u202c override',
  'Soitti 📞 ⛵️ 👩🏽‍🚀',
  'e\u0301 a\u0300 combining',
  'zero\u200bwidth',
  "Robert'); DROP TABLE application;--",
  '{"json": "inside"}',
  '\\u0000 only escaped',
  '\u0001\u0002 controls \u007f',
  '\uffff\ufffe noncharacters',
  'Ä'.repeat(2000),
  '𝔘'.repeat(1000),
  `${'x'.repeat(1999)} `,
];

/** Text a payload may carry: odd, but storable and within the limits of every text field. */
const text = fc
  .oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 30 }) },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  )
  .filter((s) => isStorableText(s) && s.trim().length > 0 && s.length <= 2000);

const appSpec = fc.oneof(
  { weight: 16, arbitrary: fc.record({ kind: fc.constant('pool' as const), n }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('any' as const), n }) },
  { weight: 1, arbitrary: existing },
  { weight: 1, arbitrary: fresh },
);

const command: fc.Arbitrary<CommandSpec> = fc.record({
  type: weighted<CommandType>(
    [30, 'berths.offerBerth'],
    [12, 'berths.withdrawOffer'],
    [12, 'berths.recordOfferAnswer'],
    [10, 'berths.markNoSuitableBerth'],
    [10, 'berths.extendApplication'],
    [6, 'berths.returnToQueue'],
    [26, 'berths.addNote'],
    [8, 'berths.editApplication'],
    [4, 'berths.createLease'],
    [3, 'berths.linkApplicationCustomer'],
  ),
  id: fc.oneof(
    { weight: 60, arbitrary: fresh as fc.Arbitrary<IdSpec> },
    { weight: 3, arbitrary: existing },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('history' as const), n, exact: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('batch' as const), back: fc.integer({ min: 1, max: 20 }) }) },
  ),
  app: appSpec,
  berth: fc.oneof(
    { weight: 12, arbitrary: fc.record({ kind: fc.constant('fitting' as const), n }) as fc.Arbitrary<BerthSpec> },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('chosen' as const), n }) },
    { weight: 1, arbitrary: existing },
    { weight: 1, arbitrary: fresh },
  ),
  lease: fc.oneof(
    { weight: 10, arbitrary: fresh as fc.Arbitrary<LeaseSpec> },
    { weight: 10, arbitrary: fc.constant({ kind: 'active' as const }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('ofApplication' as const), n }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('batch' as const), n }) },
    { weight: 4, arbitrary: existing },
  ),
  baseVersion: fc.oneof(
    { weight: 16, arbitrary: fc.record({ kind: fc.constant('tracked' as const), delta: fc.constant(0) }) as fc.Arbitrary<VersionSpec> },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('tracked' as const), delta: fc.integer({ min: -3, max: 3 }) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'absent' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'null' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('value' as const), value: fc.constantFrom(0, 1, 2 ** 31 - 1, 2 ** 31 - 2, 65_536) }) },
  ),
  seq: fc.oneof(
    { weight: 20, arbitrary: fc.constant({ kind: 'next' as const }) as fc.Arbitrary<CommandSpec['seq']> },
    { weight: 1, arbitrary: fc.constant({ kind: 'repeat' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('value' as const), value: fc.oneof(fc.nat({ max: 1000 }), fc.constant(Number.MAX_SAFE_INTEGER)) }) },
  ),
  issuedMinutes: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -30 * 24 * 60, max: 0 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 5 * 365 * 24 * 60 }) },
    // The end of time as ISO 8601 writes it (the last days of year 9999).
    { weight: 1, arbitrary: fc.constant(Math.floor((Date.parse('9999-12-30T00:00:00Z') - Date.now()) / 60_000)) },
  ),
  // Any offset ISO 8601 allows, also those beyond what PostgreSQL takes (±15:59).
  offset: fc.constantFrom('Z', '+02:00', '+03:00', '-05:00', '+14:00', '-12:00', '+23:59', '-23:59'),
  text,
  dueInDays: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 90 }) }, { weight: 1, arbitrary: fc.integer({ min: -30, max: -1 }) }),
  answer: fc.constantFrom('accepted' as const, 'declined' as const),
  acceptShorter: fc.boolean(),
  extra: fc.option(
    fc.record({ unexpected: fc.oneof(fc.constant('\u0000'), fc.constant(1e308), fc.constant(-(2 ** 63)), text) as fc.Arbitrary<unknown>, nested: fc.constant({ deep: ['\ud800'] }) }),
    { freq: 20 },
  ),
});

/** Batches of 100 to 160 commands; about one in ten carries a malformed command or two. */
export const batch: fc.Arbitrary<BatchSpec> = fc
  .record({
    user: weighted<Username>([35, 'aino'], [30, 'eero'], [25, 'sanna'], [5, 'olli'], [5, 'harri']),
    otherClient: fc.boolean(),
    commands: fc.array(command, { minLength: 100, maxLength: 160 }),
    malformedCount: fc.oneof({ weight: 9, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2 }) }),
    malformedAt: fc.array(fc.tuple(n, fc.constantFrom(...MALFORMATIONS)), { minLength: 2, maxLength: 2 }),
  })
  .map(({ malformedCount, malformedAt, ...rest }) => ({
    ...rest,
    malformed: malformedAt.slice(0, malformedCount).map(([at, kind]) => ({ at: at % rest.commands.length, kind })),
  }));

/** A command as sent before: what a replay of its id needs. */
export interface SentCommand {
  id: string;
  user: string;
  clientId: string;
  type: AnyCommandType;
  payload: unknown;
  baseVersion: number | null;
}

/** What the resolver knows of the world when it turns a batch spec into a push body. */
export interface ResolveContext {
  model: PushModel;
  history: readonly SentCommand[];
  today: string;
  now: number;
}

const ACTIVE: readonly Lease['status'][] = ['drafted', 'offered', 'awaiting_payment', 'paid'];
const POOL: Record<CommandType, readonly ApplicationStatus[]> = {
  'berths.offerBerth': ['pending'],
  'berths.withdrawOffer': ['offer_sent'],
  'berths.recordOfferAnswer': ['offer_sent'],
  'berths.markNoSuitableBerth': ['pending', 'offer_sent'],
  'berths.extendApplication': ['no_suitable_berths', 'rejected', 'expired'],
  'berths.returnToQueue': ['declined_by_customer', 'pending'],
  'berths.addNote': APPLICATION_STATUSES,
  'berths.editApplication': APPLICATION_STATUSES,
  'berths.createLease': APPLICATION_STATUSES,
  'berths.linkApplicationCustomer': ['pending', 'no_suitable_berths', 'declined_by_customer', 'offer_sent'],
};

function isoAt(ms: number, offset: string): string {
  if (offset === 'Z') return new Date(ms).toISOString();
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(ms + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000).toISOString();
  return `${shifted.slice(0, -1)}${offset}`;
}

/**
 * Turns a batch spec into the JSON of a push. Versions and offers are tracked through the batch
 * as if every command applied, so later commands mostly build on earlier ones (offer, then
 * withdraw or answer) and sometimes, by design, do not.
 */
export function resolveBatch(spec: BatchSpec, ctx: ResolveContext): { commands: Record<string, unknown>[] } {
  const { model } = ctx;
  const ids = new Map<EntityName, string[]>();
  for (const e of ENTITY_NAMES) ids.set(e, []);
  for (const k of model.rows.keys()) {
    const at = k.indexOf(':');
    // Rows of other workspaces (the bookings reference data) are not what berth commands name.
    ids.get(k.slice(0, at) as EntityName)?.push(k.slice(at + 1));
  }
  for (const list of ids.values()) list.sort();
  const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);
  const existingId = (e: Existing) => pick(ids.get(e.entity)!, e.n) ?? randomUUID();
  const customers = (ids.get('customer') ?? []) as readonly string[];
  const apps = model.all<Application>('application').sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
  const berthsByHarbour = new Map<string, Berth[]>();
  for (const { record } of model.all<Berth>('berth').sort((a, b) => (a.record.id < b.record.id ? -1 : 1))) {
    const list = berthsByHarbour.get(record.harbourId) ?? [];
    list.push(record);
    berthsByHarbour.set(record.harbourId, list);
  }
  // As if each command of the batch applied: the version and the live offer of each application.
  const tracked = new Map<string, { version: number; offer: string | null }>();
  const track = (appId: string) => {
    let t = tracked.get(appId);
    if (!t) {
      const app = model.get<Application>('application', appId);
      const offer = model.leasesOf(appId).find((l) => ACTIVE.includes(l.record.status));
      t = { version: app?.version ?? 1, offer: offer?.record.id ?? null };
      tracked.set(appId, t);
    }
    return t;
  };
  const batchLeases: string[] = [];
  const out: Record<string, unknown>[] = [];
  let seq = 0;

  spec.commands.forEach((c, i) => {
    const pool = apps.filter((a) => POOL[c.type].includes(a.record.status));
    const appId =
      c.app.kind === 'pool' ? (pick(pool, c.app.n) ?? pick(apps, c.app.n))!.record.id
        : c.app.kind === 'any' ? pick(apps, c.app.n)!.record.id
          : c.app.kind === 'existing' ? existingId(c.app)
            : randomUUID();
    const app = model.get<Application>('application', appId)?.record;
    const t = track(appId);
    const chosen = (app?.harbourChoices ?? []).flatMap((h) => berthsByHarbour.get(h) ?? []);
    const berthId =
      c.berth.kind === 'fitting' ? (pick(chosen.filter((b) => b.isActive && app && b.width >= app.boat.width), c.berth.n) ?? pick(chosen, c.berth.n))?.id ?? randomUUID()
        : c.berth.kind === 'chosen' ? pick(chosen, c.berth.n)?.id ?? randomUUID()
          : c.berth.kind === 'existing' ? existingId(c.berth)
            : randomUUID();
    const ownLeases = model.leasesOf(appId).map((l) => l.record.id);
    const leaseId =
      c.lease.kind === 'active' ? (t.offer ?? pick(ownLeases, 0) ?? randomUUID())
        : c.lease.kind === 'ofApplication' ? (pick(ownLeases, c.lease.n) ?? randomUUID())
          : c.lease.kind === 'batch' ? (pick(batchLeases, c.lease.n) ?? randomUUID())
            : c.lease.kind === 'existing' ? existingId(c.lease)
              : randomUUID();
    const payloads: Record<CommandType, Record<string, unknown>> = {
      'berths.offerBerth': { applicationId: appId, berthId, leaseId, orderId: randomUUID(), dueDate: addDays(ctx.today, c.dueInDays), acceptShorter: c.acceptShorter },
      'berths.withdrawOffer': { applicationId: appId, leaseId, reason: c.text.length % 3 === 0 ? '' : c.text },
      'berths.recordOfferAnswer': { applicationId: appId, leaseId, answer: c.answer },
      'berths.markNoSuitableBerth': { applicationId: appId },
      'berths.extendApplication': { applicationId: appId },
      'berths.returnToQueue': { applicationId: appId },
      'berths.addNote': { applicationId: appId, note: c.text },
      // A contact edit: the model loads no harbours, and a municipality needs none.
      'berths.editApplication': { applicationId: appId, applicant: { municipality: c.dueInDays % 2 === 0 ? 'Espoo' : 'Vantaa' } },
      // The model loads state by application, not by customer: a lease for a customer the central
      // does not have, refused alike by both with odd reasons and any berth (made ones: lease-create-handler.test.ts).
      // Mostly another existing customer (the model loads it and its boats as the central does), sometimes one that does not exist.
      'berths.linkApplicationCustomer': { applicationId: appId, customerId: c.dueInDays % 7 === 0 ? randomUUID() : (pick(customers, Math.abs(c.dueInDays) + c.text.length) ?? randomUUID()) },
      'berths.createLease': {
        customerId: randomUUID(),
        boatId: null,
        berthId,
        season: offerSeason(ctx.today),
        startDate: seasonStart(offerSeason(ctx.today)),
        endDate: seasonEnd(offerSeason(ctx.today)),
        // Within the reason's 500 characters, cut between code points.
        reason: Array.from(c.text).slice(0, 200).join(''),
        acceptShorter: c.acceptShorter,
        leaseId,
        orderId: randomUUID(),
      },
    };
    let type: AnyCommandType = c.type;
    // A lease's payload is strict (an unknown key is a 400, tested in central/berths): no extra keys.
    let payload: Record<string, unknown> = { ...payloads[c.type], ...(c.type === 'berths.createLease' ? {} : (c.extra ?? {})) };
    const v = c.baseVersion;
    let baseVersion: number | null | undefined =
      v.kind === 'tracked' ? Math.max(0, t.version + v.delta) : v.kind === 'absent' ? undefined : v.kind === 'null' ? null : v.value;
    let id: string;
    if (c.id.kind === 'history' && ctx.history.length > 0) {
      const old = ctx.history[c.id.n % ctx.history.length]!;
      id = old.id;
      if (c.id.exact) {
        type = old.type;
        payload = old.payload as Record<string, unknown>;
        baseVersion = old.baseVersion;
      }
    } else if (c.id.kind === 'batch' && i - c.id.back >= 0) {
      // The very same command again, later in the batch.
      const earlier = out[i - c.id.back]!;
      id = earlier.id as string;
      type = earlier.type as AnyCommandType;
      payload = earlier.payload as Record<string, unknown>;
      baseVersion = earlier.baseVersion as number | null | undefined;
    } else id = c.id.kind === 'existing' ? existingId(c.id) : randomUUID();

    if (c.seq.kind === 'next') seq++;
    const envelope: Record<string, unknown> = { id, seq: c.seq.kind === 'value' ? c.seq.value : seq, type, payload, issuedAt: isoAt(ctx.now + c.issuedMinutes * 60_000, c.offset) };
    if (baseVersion !== undefined) envelope.baseVersion = baseVersion;
    out.push(envelope);

    // Track as if applied.
    if (type === 'berths.offerBerth') {
      batchLeases.push(leaseId);
      t.offer = leaseId;
    }
    if (type === 'berths.withdrawOffer' || type === 'berths.recordOfferAnswer') t.offer = null;
    if (type !== 'berths.addNote') t.version++;
  });

  for (const { at, kind } of spec.malformed) out[at] = malform(out[at]!, kind, out, at);
  return { commands: out };
}

/** Makes one command certainly malformed, so the whole batch must be refused with 400. */
function malform(env: Record<string, unknown>, kind: Malformation, all: Record<string, unknown>[], at: number): Record<string, unknown> {
  const payload = env.payload as Record<string, unknown>;
  const applicationId = typeof payload.applicationId === 'string' ? payload.applicationId : randomUUID();
  const note = (text: string) => ({ ...env, type: 'berths.addNote', payload: { applicationId, note: text } });
  switch (kind) {
    case 'note_nul':
      return note('before\u0000after');
    case 'note_lone_surrogate':
      return note('half \ud83d of a pair');
    case 'note_too_long':
      return note('x'.repeat(10_000));
    case 'note_blank':
      return note(' \t\n ');
    case 'reason_nul':
      return { ...env, type: 'berths.withdrawOffer', payload: { applicationId, leaseId: randomUUID(), reason: '\u0000' } };
    case 'base_version_past_int':
      return { ...env, baseVersion: 2 ** 31 };
    case 'base_version_huge':
      return { ...env, baseVersion: 1e300 };
    case 'base_version_negative':
      return { ...env, baseVersion: -1 };
    case 'base_version_fraction':
      return { ...env, baseVersion: 1.5 };
    case 'seq_negative':
      return { ...env, seq: -1 };
    case 'seq_unsafe':
      return { ...env, seq: 2 ** 63 };
    case 'issued_before_2000':
      return { ...env, issuedAt: '1970-01-01T00:00:00Z' };
    case 'issued_garbage':
      return { ...env, issuedAt: 'yesterday at noon' };
    case 'id_capitals':
      return { ...env, id: randomUUID().toUpperCase().replace(/^[0-9]/, 'A') };
    case 'id_garbage':
      return { ...env, id: `${env.id as string}x` };
    case 'type_unknown':
      return { ...env, type: 'berths.sinkBoat' };
    case 'payload_missing':
      return { ...env, payload: {} };
    case 'application_id_capitals':
      return { ...env, type: 'berths.markNoSuitableBerth', payload: { applicationId: randomUUID().toUpperCase().replace(/^[0-9]/, 'B') } };
    case 'due_date_impossible':
      return { ...env, type: 'berths.offerBerth', payload: { applicationId, berthId: randomUUID(), leaseId: randomUUID(), dueDate: '2027-02-30', acceptShorter: false } };
    case 'answer_unknown':
      return { ...env, type: 'berths.recordOfferAnswer', payload: { applicationId, leaseId: randomUUID(), answer: 'maybe' } };
    case 'id_reused_in_batch': {
      // Another command under the id of one already in the batch.
      const other = all[(at + 1) % all.length]!;
      return { ...note(`reused ${at} ${randomUUID()}`), id: other.id };
    }
  }
}
