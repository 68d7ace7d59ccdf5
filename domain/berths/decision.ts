import type { ErrorCode } from '../errors.ts';
import type { Application, ApplicationEvent, BerthEntityName, BerthEntityRecord, BerthProduct, Berth, Boat, Customer, Harbour, Lease, Pier } from './entities.ts';
import type { BerthOrder } from './order-entity.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';

/**
 * Everything a berth command may need, loaded by the caller (central: under row locks). This file
 * holds what every berth decider shares (the state, the answer, a refusal, a moved record, an
 * audit event), apart from decide.ts so the order deciders use it without an import cycle.
 */
export interface BerthCommandState {
  application: Versioned<Application> | null;
  /** Leases that belong to the application (its offers). */
  applicationLeases: Versioned<Lease>[];
  berth?: Versioned<Berth> | null;
  pier?: Pier | null;
  harbour?: Harbour | null;
  /** Leases on the berth in the offered season and the one before. */
  berthLeases?: Lease[];
  products?: BerthProduct[];
  customer?: Customer | null;
  /** Orders of the application's leases. */
  applicationOrders?: Versioned<BerthOrder>[];
  /** Order commands: the order (or, terminating, none), its lease and the lease's orders. */
  order?: Versioned<BerthOrder> | null;
  lease?: Versioned<Lease> | null;
  leaseOrders?: Versioned<BerthOrder>[];
  /** Editing an application's harbour choices: the harbours that exist. */
  harbourIds?: ReadonlySet<string>;
  /** A lease made without an application: the customer's boat named in the command. */
  boat?: Boat | null;
  /** Linking an application to another customer: the customer named with its boats, or null when there is none. */
  linkTarget?: { customer: Customer; boats: Boat[] } | null;
  /** Linking: the application's boat as stored, and whether another application or lease also names it. */
  applicationBoat?: Versioned<Boat> | null;
  boatShared?: boolean;
}

export type Put = { [E in BerthEntityName]: { entity: E; record: BerthEntityRecord[E]; version: number } }[BerthEntityName];

export type Decision =
  | { ok: true; puts: Put[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

export const reject = (code: ErrorCode, message: string): Decision => ({ ok: false, status: 'rejected', code, message });

/** A berth whose width has no product in its pricing category is refused: it is never priced from another list. */
export const berthNotPriced = (berth: Pick<Berth, 'number' | 'width'>, category: BerthProduct['pricingCategory']): Decision =>
  reject('berth_not_priced', `Berth ${berth.number} (${berth.width} m, ${category}) has no product in its price list; it is not priced from another.`);
/**
 * A customer whose personal data was erased (decision 51) is no longer anyone's to write to or to
 * lease to: no new lease, renewal or contact is made for them. Null for every other customer.
 */
export const customerErased = (customer: Pick<Customer, 'erasedAt'>): Decision | null =>
  customer.erasedAt ? reject('customer_already_erased', `The customer's personal data was erased at ${customer.erasedAt}; nothing new is made for them.`) : null;
export const conflict = (code: ErrorCode, message: string, current: unknown): Decision => ({
  ok: false,
  status: 'conflict',
  code,
  message,
  current,
});

/** The application moved on since the handler saw it (a versioned command's base version is behind). */
export function staleApplication(app: Versioned<Application>, ctx: CommandContext): Decision | null {
  if (ctx.baseVersion === null || ctx.baseVersion === app.version) return null;
  return conflict(
    'stale_version',
    `The application ${app.record.reference} was changed by someone else (version ${app.version}, you saw ${ctx.baseVersion}).`,
    { application: app.record, version: app.version },
  );
}

/** The application a versioned command rests on, or its refusal: none exists, or it moved on since the handler saw it. */
export function currentApplication(state: BerthCommandState, ctx: CommandContext): { current: Versioned<Application> } | { refused: Decision } {
  const current = state.application;
  if (!current) return { refused: reject('not_found', 'The application does not exist.') };
  const stale = staleApplication(current, ctx);
  return stale ? { refused: stale } : { current };
}

export function event(
  ctx: CommandContext,
  application: Application,
  kind: ApplicationEvent['kind'],
  extra: Partial<Pick<ApplicationEvent, 'fromStatus' | 'toStatus' | 'berthId' | 'leaseId' | 'note' | 'lineChanges'>>,
): Put {
  return {
    entity: 'application_event',
    version: 1,
    record: {
      id: ctx.commandId,
      applicationId: application.id,
      at: ctx.now,
      recordedAt: ctx.recordedAt,
      kind,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      fromStatus: extra.fromStatus ?? null,
      toStatus: extra.toStatus ?? null,
      berthId: extra.berthId ?? null,
      leaseId: extra.leaseId ?? null,
      note: extra.note ?? null,
      commandId: ctx.commandId,
      ...(extra.lineChanges ? { lineChanges: extra.lineChanges } : {}),
    },
  };
}

export function moved(app: Versioned<Application>, patch: Partial<Application>): Put {
  return { entity: 'application', version: app.version + 1, record: { ...app.record, ...patch } };
}
