import type { ParsedInput } from '../../../domain/contract.ts';
import type { Berth, BerthProduct, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { RenewalCommandType, RenewalPayload } from '../../../domain/berths/renewal-commands.ts';
import { RENEWAL_DECIDERS, renewalAggregate, type RenewalState } from '../../../domain/berths/renewal-deciders.ts';
import type { Decision } from '../../../domain/berths/decide.ts';
import { offerSeason } from '../../../domain/berths/seasons.ts';
import type { CacheWorkspace, DecisionContext } from '../cache/workspace.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { renewalOverview } from './renewal-overview.ts';

type AnyDecider = (state: RenewalState, payload: unknown, ctx: DecisionContext) => Decision;

const statements = preparedFor((db: SqliteDatabase) => ({
  lease: db.prepare<[string], VersionedData>('SELECT version, data FROM lease WHERE id = ?'),
  berth: db.prepare<[string], VersionedData>('SELECT version, data FROM berth WHERE id = ?'),
  pier: db.prepare<[string], VersionedData>('SELECT version, data FROM pier WHERE id = ?'),
  harbour: db.prepare<[string], VersionedData>('SELECT version, data FROM harbour WHERE id = ?'),
  customer: db.prepare<[string], VersionedData>('SELECT version, data FROM customer WHERE id = ?'),
  leasesOnBerth: db.prepare<[string, number, number], { data: string }>('SELECT data FROM lease WHERE berth_id = ? AND season IN (?, ?)'),
  products: db.prepare<[], { data: string }>('SELECT data FROM berth_product'),
}));

/** A renewal's or a contact edit's state from the cache as it is now (optimistic rows included). */
function loadLocalRenewalState(db: SqliteDatabase, type: RenewalCommandType, payload: unknown, today: string): RenewalState {
  const s = statements(db);
  if (type === 'berths.editCustomerContact') return { customer: parseRow<Customer>(s.customer.get((payload as RenewalPayload<typeof type>).customerId)) };
  const previous = parseRow<Lease>(s.lease.get((payload as RenewalPayload<'berths.renewLease'>).previousLeaseId));
  if (!previous) return { previous };
  const berth = parseRow<Berth>(s.berth.get(previous.record.berthId));
  const season = offerSeason(today);
  return {
    previous,
    berth,
    pier: berth ? (parseRow<Pier>(s.pier.get(berth.record.pierId))?.record ?? null) : null,
    harbour: berth ? (parseRow<Harbour>(s.harbour.get(berth.record.harbourId))?.record ?? null) : null,
    berthLeases: s.leasesOnBerth.all(previous.record.berthId, season - 1, season).map((r) => JSON.parse(r.data) as Lease),
    customer: parseRow<Customer>(s.customer.get(previous.record.customerId)),
    products: s.products.all().map((r) => JSON.parse(r.data) as BerthProduct),
  };
}

/**
 * The season renewal in the cache: its tables are the berth workspace's; this part adds the
 * renewal preview, the renewal command (one per lease, sent by the renewal page's run) and the
 * customer contact edit that fixes a failed renewal.
 */
export const BERTH_RENEWAL_CACHE: CacheWorkspace = {
  tables: [],
  queries: {
    'berths.renewalOverview': { permission: 'berths.cases.read', run: ({ db, now }, input) => renewalOverview(db, input as ParsedInput<'berths.renewalOverview'>, now) },
  },
  commands: {
    'berths.renewLease': {
      type: 'berths.renewLease',
      payload: (input, _today, newId): RenewalPayload<'berths.renewLease'> => {
        const i = input as ParsedInput<'berths.renewLease'>;
        return { previousLeaseId: i.previousLeaseId, leaseId: newId(), orderId: newId(), dueDate: i.dueDate };
      },
    },
    'berths.editCustomerContact': {
      type: 'berths.editCustomerContact',
      payload: (input): RenewalPayload<'berths.editCustomerContact'> => input as ParsedInput<'berths.editCustomerContact'>,
    },
  },
  aggregateOf: (type, payload) => renewalAggregate(type as RenewalCommandType, payload),
  decide: ({ db }, type, payload, ctx) => (RENEWAL_DECIDERS[type as RenewalCommandType] as AnyDecider)(loadLocalRenewalState(db, type as RenewalCommandType, payload, ctx.today), payload, ctx),
  describeAggregate: ({ db }, id) => {
    const s = statements(db);
    const customer = parseRow<Customer>(s.customer.get(id))?.record;
    if (customer) return customer.companyName ?? `${customer.firstName} ${customer.lastName}`.trim();
    const lease = parseRow<Lease>(s.lease.get(id))?.record;
    const berth = lease ? parseRow<Berth>(s.berth.get(lease.berthId))?.record : undefined;
    const harbour = berth ? parseRow<Harbour>(s.harbour.get(berth.harbourId))?.record : undefined;
    return berth && harbour ? `${harbour.name.fi} ${berth.number}` : null;
  },
};
