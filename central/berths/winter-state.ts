import type { Customer } from '../../domain/berths/entities.ts';
import type { WinterCommandType, WinterPayload } from '../../domain/berths/winter-commands.ts';
import type { WinterCommandState } from '../../domain/berths/winter-deciders.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from '../../domain/berths/winter-entities.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

type Row<T> = { data: T; version: number };
const versioned = <T>(r: Row<T> | undefined): Versioned<T> | null => (r ? { record: r.data, version: r.version } : null);

/** The advisory lock of a winter's sticker series, taken as (this key, winter); the feed's and the migrations' keys are 74_210_002 and 74_210_001. */
export const STICKER_LOCK_KEY = 74_210_003;

const EMPTY: WinterCommandState = {
  application: null,
  applicationLeases: [],
  lease: null,
  customer: null,
  area: null,
  place: null,
  section: null,
  placeLeases: [],
  stickerNumbers: [],
};

async function lockApplication(tx: Queryable, id: string): Promise<Versioned<WinterApplication> | null> {
  const res = await tx.query<Row<WinterApplication>>('SELECT data, version FROM winter_application WHERE id = $1 FOR UPDATE', [id], 'winter_lock_application');
  return versioned(res.rows[0]);
}

async function customerOf(tx: Queryable, id: string): Promise<Customer | null> {
  // Read, not locked: a contact edit racing an invoice is decided on one side of it or the other.
  const res = await tx.query<{ data: Customer }>('SELECT data FROM customer WHERE id = $1', [id], 'winter_customer');
  return res.rows[0]?.data ?? null;
}

/**
 * Every sticker number the winter has given, reassigned ones too (they live on in the events).
 * The series' lock is held to the end of the transaction and the numbers are read after it in a
 * statement of their own, so two payments of one winter take their numbers one after the other.
 */
export async function lockStickerSeries(tx: Queryable, winter: number): Promise<number[]> {
  await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [STICKER_LOCK_KEY, winter], 'winter_lock_sticker_series');
  const res = await tx.query<{ n: number }>(
    `SELECT sticker_number AS n FROM winter_lease WHERE winter = $1 AND sticker_number IS NOT NULL
     UNION
     SELECT e.sticker_number FROM winter_event e JOIN winter_lease l ON l.id = e.lease_id
     WHERE l.winter = $1 AND e.sticker_number IS NOT NULL`,
    [winter],
    'winter_sticker_series',
  );
  return res.rows.map((r) => r.n).sort((a, b) => a - b);
}

/** A marked place's row, locked, with its section and area: every new lease on a place is made under it. */
async function lockPlace(tx: Queryable, placeId: string): Promise<{ data: WinterPlace; section: WinterSection; area: WinterArea } | undefined> {
  const res = await tx.query<{ data: WinterPlace; section: WinterSection; area: WinterArea }>(
    `SELECT p.data, s.data AS section, ar.data AS area
     FROM winter_place p JOIN winter_section s ON s.id = p.section_id JOIN winter_area ar ON ar.id = p.area_id
     WHERE p.id = $1 FOR UPDATE OF p`,
    [placeId],
    'winter_lock_place',
  );
  return res.rows[0];
}

/**
 * A new lease's state: the application (row-locked) with its leases, then a marked place
 * (row-locked) with its section, area and leases of the winter and the one before, read after the
 * lock. An unmarked notice's lease goes on its one area's section (the unmarked areas have one).
 */
async function loadCreate(tx: Queryable, p: WinterPayload<'berths.createWinterLease'>): Promise<WinterCommandState> {
  const application = await lockApplication(tx, p.applicationId);
  if (!application) return EMPTY;
  const a = application.record;
  const leases = await tx.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE application_id = $1', [a.id], 'winter_application_leases');
  const customer = await customerOf(tx, a.customerId);
  const state: WinterCommandState = { ...EMPTY, application, applicationLeases: leases.rows.map((r) => r.data), customer };
  if (p.placeId !== null) {
    const row = await lockPlace(tx, p.placeId);
    if (!row) return state;
    const onPlace = await tx.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE place_id = $1 AND winter IN ($2::int - 1, $2::int)', [p.placeId, a.winter], 'winter_place_leases');
    return { ...state, place: row.data, section: row.section, area: row.area, placeLeases: onPlace.rows.map((r) => r.data) };
  }
  const areaId = a.areaChoices[0];
  const res = await tx.query<{ data: WinterArea; section: WinterSection | null }>(
    `SELECT ar.data, (SELECT s.data FROM winter_section s WHERE s.area_id = ar.id ORDER BY s.identifier, s.id LIMIT 1) AS section
     FROM winter_area ar WHERE ar.id = $1`,
    [areaId],
    'winter_unmarked_area',
  );
  const row = res.rows[0];
  if (!row) return state;
  // A non-billable customer's lease is paid at once, and an unmarked one takes its sticker then.
  const stickerNumbers = a.areaType === 'unmarked' && customer?.kind === 'non_billable' ? await lockStickerSeries(tx, a.winter) : [];
  return { ...state, area: row.data, section: row.section, stickerNumbers };
}

/** Whether the command on this lease may give it a sticker number (then the series is locked). */
function takesSticker(type: WinterCommandType, lease: WinterLease): boolean {
  if (lease.areaType !== 'unmarked') return false;
  if (type === 'berths.reassignWinterSticker') return true;
  return type === 'berths.markWinterInvoicePaid' && lease.stickerNumber === null;
}

/**
 * A lease command's state, locked in the order every winter command takes: the lease's
 * application first (its key read unlocked; a lease never changes its application), then the
 * lease, then the winter's sticker series when the command may give a number.
 */
async function loadByLease(tx: Queryable, type: WinterCommandType, leaseId: string): Promise<WinterCommandState> {
  const key = await tx.query<{ application_id: string | null }>('SELECT application_id::text AS application_id FROM winter_lease WHERE id = $1', [leaseId], 'winter_lease_key');
  if (key.rows.length === 0) return EMPTY;
  const applicationId = key.rows[0]!.application_id;
  const application = applicationId ? await lockApplication(tx, applicationId) : null;
  const lease = versioned((await tx.query<Row<WinterLease>>('SELECT data, version FROM winter_lease WHERE id = $1 FOR UPDATE', [leaseId], 'winter_lock_lease')).rows[0]);
  if (!lease) return { ...EMPTY, application };
  const customer = await customerOf(tx, lease.record.customerId);
  const stickerNumbers = takesSticker(type, lease.record) ? await lockStickerSeries(tx, lease.record.winter) : [];
  return { ...EMPTY, application, lease, customer, stickerNumbers };
}

/**
 * A renewal's state (decision 49): the lease it renews and its customer locked as any lease
 * command locks them, then its place's row, then the place's leases of the lease's winter and the
 * next read after that lock. A new lease on the place (a renewal, an allocation) is made under the
 * same place lock, so of two at once the second sees the first's lease; the unique index of one
 * active lease per place and winter stands behind it.
 */
async function loadRenewal(tx: Queryable, p: WinterPayload<'berths.renewWinterLease'>): Promise<WinterCommandState> {
  const state = await loadByLease(tx, 'berths.renewWinterLease', p.previousLeaseId);
  const l = state.lease?.record;
  if (!l?.placeId) return state;
  const row = await lockPlace(tx, l.placeId);
  if (!row) return state;
  const onPlace = await tx.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE place_id = $1 AND winter IN ($2::int, $2::int + 1)', [l.placeId, l.winter], 'winter_place_leases_renewal');
  return { ...state, place: row.data, section: row.section, area: row.area, placeLeases: onPlace.rows.map((r) => r.data) };
}

/** The state a winter storage command is decided on, under the locks above. */
export async function loadWinterState(tx: Queryable, type: WinterCommandType, payload: unknown): Promise<WinterCommandState> {
  if (type === 'berths.createWinterLease') return loadCreate(tx, payload as WinterPayload<'berths.createWinterLease'>);
  if (type === 'berths.renewWinterLease') return loadRenewal(tx, payload as WinterPayload<'berths.renewWinterLease'>);
  return loadByLease(tx, type, (payload as { leaseId: string }).leaseId);
}
