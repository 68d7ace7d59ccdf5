import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { BoatCertificateSlot, CustomerBoat } from '../../../domain/berths/boat-certificate-contract.ts';
import type { BoatCertificateCommandType, BoatCertificatePayload } from '../../../domain/berths/boat-certificate-commands.ts';
import { BOAT_CERTIFICATE_DECIDERS, boatCertificateAggregate, newCertificateDocument, type BoatCertificateState } from '../../../domain/berths/boat-certificate-deciders.ts';
import { BOAT_CERTIFICATE_TYPES, type BoatCertificate } from '../../../domain/berths/boat-certificate-entity.ts';
import { certificateStatus } from '../../../domain/berths/boat-certificate-status.ts';
import type { Decision } from '../../../domain/berths/decision.ts';
import type { Boat } from '../../../domain/berths/entities.ts';
import type { EntityTableSpec, Sidecar } from '../cache/entity-table.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { CacheWorkspace, CommandSpec, DecisionContext } from '../cache/workspace.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { forgetDocument, localDocumentStored } from '../documents/local-documents.ts';

const boatCertificate: EntityTableSpec<BoatCertificate> = {
  entity: 'boat_certificate',
  table: 'boat_certificate',
  columns: ['boat_id', 'customer_id'],
  values: (c) => [c.boatId, c.customerId],
  // A scan the certificate no longer names (replaced, taken off, erased) leaves this desk too.
  sidecar: (db): Sidecar<BoatCertificate> => ({
    write(_rowid, _id, c, previous) {
      const was = previous?.document;
      if (was && was.id !== c.document?.id) forgetDocument(db, was.id);
    },
    remove: () => {},
    clear: () => {},
  }),
};

const statements = preparedFor((db: SqliteDatabase) => ({
  boat: db.prepare<[string], { data: string }>('SELECT data FROM boat WHERE id = ?'),
  ofBoat: db.prepare<[string], VersionedData>('SELECT version, data FROM boat_certificate WHERE boat_id = ? ORDER BY id'),
  one: db.prepare<[string], VersionedData>('SELECT version, data FROM boat_certificate WHERE id = ?'),
  ofCustomer: db.prepare<[string], VersionedData>('SELECT version, data FROM boat_certificate WHERE customer_id = ? ORDER BY rowid'),
}));

const versioned = (r: VersionedData) => ({ record: JSON.parse(r.data) as BoatCertificate, version: r.version });

/** A scan the handler attached here waits in the cache for its upload: it is stored when it is there. */
function scanStored(db: SqliteDatabase, payload: unknown): Pick<BoatCertificateState, 'documentStored'> {
  const wanted = newCertificateDocument(payload);
  return wanted ? { documentStored: localDocumentStored(db, wanted) } : {};
}

function loadState(db: SqliteDatabase, type: BoatCertificateCommandType, payload: unknown): BoatCertificateState {
  const s = statements(db);
  if (type === 'berths.addBoatCertificate') {
    const boatId = (payload as BoatCertificatePayload<typeof type>).boatId;
    const boat = s.boat.get(boatId);
    return { boat: boat ? (JSON.parse(boat.data) as Boat) : null, boatCertificates: s.ofBoat.all(boatId).map(versioned), ...scanStored(db, payload) };
  }
  const row = s.one.get((payload as { certificateId: string }).certificateId);
  return { certificate: row ? versioned(row) : null, ...scanStored(db, payload) };
}

/**
 * The customer's boats, each with its two certificate slots (inspection, insurance) and their
 * validity on `today`: the live certificate of each type, or none (`missing`).
 */
export function boatsWithCertificates(db: SqliteDatabase, customerId: string, boats: readonly Boat[], today: string): CustomerBoat[] {
  const live = statements(db)
    .ofCustomer.all(customerId)
    .map(versioned)
    .filter((c) => !c.record.removed);
  return boats.map((boat) => ({
    ...boat,
    certificates: BOAT_CERTIFICATE_TYPES.map((type): BoatCertificateSlot => {
      const c = live.find((x) => x.record.boatId === boat.id && x.record.certificateType === type);
      return { certificateType: type, status: certificateStatus(c?.record, today), certificate: c?.record ?? null, version: c?.version ?? null };
    }),
  }));
}

type AnyDecider = (state: BoatCertificateState, payload: unknown, ctx: DecisionContext) => Decision;
const same = (type: BoatCertificateCommandType): CommandSpec => ({ type, payload: (input) => input });

/**
 * Boat certificates in the cache: their table, and the add, edit and remove commands decided on
 * local rows by the deciders the central runs. The customer's 360° view reads them.
 */
export const BOAT_CERTIFICATE_CACHE: CacheWorkspace = {
  tables: [boatCertificate],
  documentHolders: [{ entity: 'boat_certificate', table: 'boat_certificate', idPath: '$.document.id' }],
  queries: {},
  commands: {
    'berths.addBoatCertificate': {
      type: 'berths.addBoatCertificate',
      payload: (input, _today, newId): BoatCertificatePayload<'berths.addBoatCertificate'> => ({ certificateId: newId(), ...(input as ParsedInput<'berths.addBoatCertificate'>) }),
    },
    'berths.editBoatCertificate': same('berths.editBoatCertificate'),
    'berths.removeBoatCertificate': same('berths.removeBoatCertificate'),
  } satisfies Partial<Record<Method, CommandSpec>>,
  aggregateOf: (type, payload) => boatCertificateAggregate(type as BoatCertificateCommandType, payload),
  decide: ({ db }, type, payload, ctx) => {
    const t = type as BoatCertificateCommandType;
    return (BOAT_CERTIFICATE_DECIDERS[t] as AnyDecider)(loadState(db, t, payload), payload, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const s = statements(db);
    const cert = s.one.get(id);
    const boatId = cert ? (JSON.parse(cert.data) as BoatCertificate).boatId : id;
    const boat = s.boat.get(boatId);
    if (!boat) return null;
    const b = JSON.parse(boat.data) as Boat;
    return [b.registrationNumber, b.name].filter(Boolean).join(' · ') || null;
  },
};
