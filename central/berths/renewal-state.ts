import type { Customer, Lease } from '../../domain/berths/entities.ts';
import type { RenewalCommandType, RenewalPayload } from '../../domain/berths/renewal-commands.ts';
import type { RenewalState } from '../../domain/berths/renewal-deciders.ts';
import { offerSeason } from '../../domain/berths/seasons.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import type { ChunkCache } from '../sync/handler.ts';
import { berthLeases, lockBerth, products } from './command-state.ts';

type Row<T> = { data: T; version: number };
const versioned = <T>(r: Row<T> | undefined): Versioned<T> | null => (r ? { record: r.data, version: r.version } : null);

/**
 * A renewal's state under the lock every offer takes: the berth's row, then its leases read after
 * the lock (so a renewal and an offer of the same berth run one after the other and the second
 * sees the first's lease). A contact edit locks the customer's row.
 */
export async function loadRenewalState(tx: Queryable, type: RenewalCommandType, payload: unknown, today: string, cache: ChunkCache): Promise<RenewalState> {
  if (type === 'berths.editCustomerContact') {
    const id = (payload as RenewalPayload<typeof type>).customerId;
    const res = await tx.query<Row<Customer>>('SELECT data, version FROM customer WHERE id = $1 FOR UPDATE', [id], 'renewal_lock_customer');
    return { customer: versioned(res.rows[0]) };
  }
  const p = payload as RenewalPayload<'berths.renewLease'>;
  const prev = await tx.query<Row<Lease>>('SELECT data, version FROM lease WHERE id = $1', [p.previousLeaseId], 'renewal_previous_lease');
  const previous = versioned(prev.rows[0]);
  if (!previous) return { previous };
  const locked = await lockBerth(tx, previous.record.berthId);
  if (!locked) return { previous, berth: null };
  const customer = await tx.query<Row<Customer>>('SELECT data, version FROM customer WHERE id = $1', [previous.record.customerId], 'renewal_customer');
  return {
    previous,
    berth: locked.berth,
    pier: locked.pier,
    harbour: locked.harbour,
    berthLeases: await berthLeases(tx, previous.record.berthId, offerSeason(today)),
    customer: versioned(customer.rows[0]),
    products: await products(tx, cache),
  };
}
