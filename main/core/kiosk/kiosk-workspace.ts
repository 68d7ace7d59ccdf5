import type { ParsedInput } from '../../../domain/contract.ts';
import { ok } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { CacheWorkspace } from '../cache/workspace.ts';
import { authorizeCustomerCommand, customerCommandSpecs, decideCustomerCommand, type KioskIdentityGetter } from './customer-commands.ts';
import { requestState, ticketState, wipeCustomer } from './customer-state.ts';
import { kioskHome } from './home.ts';
import { KIOSK_ENTITY_TABLES, KIOSK_PUBLIC_TABLES } from './tables.ts';

/** The service point a kiosk terminal's grant names (a terminal serves exactly one). */
export function kioskServicePointOf(user: Pick<StaffUser, 'grants'> | null | undefined): string | null {
  return user?.grants.find((g) => g.role === 'kiosk' && g.servicePointId !== undefined)?.servicePointId ?? null;
}

/**
 * A kiosk terminal's whole cache: its tables hold the projected public rows only (never the staff
 * tables), its queries read them with the kiosk's own readers, and its commands are the
 * customer's requests. Made per terminal, since the commands carry the terminal's identity.
 */
export function kioskCacheWorkspace(who: KioskIdentityGetter): CacheWorkspace {
  const identity = (actor: StaffUser) => ({ terminalId: actor.id, servicePointId: kioskServicePointOf(actor) });
  return {
    tables: [...KIOSK_ENTITY_TABLES, ...KIOSK_PUBLIC_TABLES],
    queries: {
      'kiosk.home': {
        permission: 'kiosk.terminal',
        run: ({ db, actor, now }, input) => {
          const lastSync = db.prepare<[], { last_sync_at: string | null }>('SELECT last_sync_at FROM sync_state').get()?.last_sync_at ?? null;
          return ok(kioskHome(db, identity(actor), (input as ParsedInput<'kiosk.home'>).days, now, lastSync));
        },
      },
      'kiosk.ticket': { permission: 'kiosk.terminal', run: ({ db, now, actor }, input) => ok(ticketState(db, identity(actor).terminalId, (input as ParsedInput<'kiosk.ticket'>).commandId, now)) },
      'kiosk.request': { permission: 'kiosk.terminal', run: ({ db }, input) => ok(requestState(db, (input as ParsedInput<'kiosk.request'>).commandId)) },
      'kiosk.wipeCustomer': { permission: 'kiosk.terminal', run: ({ db, now }) => ok(wipeCustomer(db, now)) },
    },
    commands: customerCommandSpecs(who),
    aggregateOf: () => null,
    authorize: (_access, actor, type, payload) => authorizeCustomerCommand(actor, who, type, payload),
    decide: ({ db }, type, payload, ctx) => decideCustomerCommand(db, type, payload, ctx),
  };
}
