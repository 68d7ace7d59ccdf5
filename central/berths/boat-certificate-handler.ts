import type { BoatCertificateCommandType, BoatCertificatePayload } from '../../domain/berths/boat-certificate-commands.ts';
import { BOAT_CERTIFICATE_DECIDERS, newCertificateDocument, type BoatCertificateState } from '../../domain/berths/boat-certificate-deciders.ts';
import type { BoatCertificate } from '../../domain/berths/boat-certificate-entity.ts';
import type { Decision } from '../../domain/berths/decision.ts';
import type { Boat } from '../../domain/berths/entities.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { DocumentRef } from '../../domain/documents/document.ts';
import type { Queryable } from '../db/db.ts';
import { attachDocument, deleteDocuments, storedDocument } from '../documents/document-store.ts';
import type { CommandHandler } from '../sync/handler.ts';

type Row<T> = { data: T; version: number };
const scanBefore = (commandId: string) => `berths.certificate-scan:${commandId}`;
/** The scan a decided command found on the certificate, and the decision's time. */
interface ScanChange {
  before: DocumentRef | null;
  at: string;
}

/**
 * Loads a certificate command's state under row locks. Every command locks the boat first (the
 * certificate's boat for an edit or removal), then reads its certificates: two handlers adding
 * the same type to one boat run one after the other, and the second is refused.
 */
export async function loadBoatCertificateState(tx: Queryable, type: BoatCertificateCommandType, payload: unknown): Promise<BoatCertificateState> {
  let boatId: string;
  if (type === 'berths.addBoatCertificate') boatId = (payload as BoatCertificatePayload<typeof type>).boatId;
  else {
    const certificateId = (payload as { certificateId: string }).certificateId;
    const of = await tx.query<{ boat_id: string }>('SELECT boat_id::text AS boat_id FROM boat_certificate WHERE id = $1', [certificateId], 'certificate_boat');
    if (!of.rows[0]) return { certificate: null };
    boatId = of.rows[0].boat_id;
  }
  const boat = (await tx.query<{ data: Boat }>('SELECT data FROM boat WHERE id = $1 FOR UPDATE', [boatId], 'certificate_lock_boat')).rows[0]?.data ?? null;
  if (!boat) return { boat: null, certificate: null };
  const rows = (await tx.query<Row<BoatCertificate>>('SELECT data, version FROM boat_certificate WHERE boat_id = $1 ORDER BY id FOR UPDATE', [boatId], 'certificate_lock_of_boat')).rows;
  const boatCertificates = rows.map((r) => ({ record: r.data, version: r.version }));
  const wanted = type === 'berths.addBoatCertificate' ? null : (payload as { certificateId: string }).certificateId;
  return { boat, boatCertificates, certificate: wanted ? (boatCertificates.find((c) => c.record.id === wanted) ?? null) : null };
}

/**
 * Boat certificates on the central: the deciders the desk runs offline, fed with the boat's
 * certificates loaded under its row lock. The unique index on a boat's live certificate per type
 * stands behind the lock.
 */
export const boatCertificateCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const type = command.type as BoatCertificateCommandType;
    const state = await loadBoatCertificateState(tx, type, command.payload);
    const wanted = newCertificateDocument(command.payload);
    if (wanted) state.documentStored = await storedDocument(tx, wanted, 'boat_certificate');
    const decide = BOAT_CERTIFICATE_DECIDERS[type] as (s: BoatCertificateState, p: unknown, c: CommandContext) => Decision;
    const decision = decide(state, command.payload, ctx);
    if (decision.ok) cache.set(scanBefore(command.id), { before: state.certificate?.record.document ?? null, at: ctx.now } satisfies ScanChange);
    return decision;
  },

  /**
   * The scan the certificate now points at is attached (the sweep of unattached uploads leaves it
   * be); one it no longer points at is deleted with the change: nobody can reach it any more.
   */
  async written(tx, command, puts, cache) {
    const noted = cache.get(scanBefore(command.id)) as ScanChange | undefined;
    cache.delete(scanBefore(command.id));
    if (!noted) return;
    const { before } = noted;
    const after = (puts.find((p) => p.entity === 'boat_certificate')?.data as BoatCertificate | undefined)?.document ?? null;
    if (after && after.id !== before?.id) await attachDocument(tx, after.id, new Date(noted.at));
    if (before && before.id !== after?.id) await deleteDocuments(tx, [before.id]);
  },

  async explainViolation(_tx, _command, constraint) {
    if (constraint === 'boat_certificate_one_per_type') {
      return { ok: false, status: 'rejected', code: 'boat_certificate_exists', message: 'The boat got a certificate of this type meanwhile: edit it instead.' };
    }
    return null;
  },
};
