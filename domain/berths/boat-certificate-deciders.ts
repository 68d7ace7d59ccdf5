import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BoatCertificateCommandType, BoatCertificatePayload } from './boat-certificate-commands.ts';
import type { BoatCertificate, CertificateActorStamp } from './boat-certificate-entity.ts';
import { certificateDatesProblem, CERTIFICATE_MAX_YEARS_AHEAD } from './boat-certificate-status.ts';
import { conflict, reject, type Decision } from './decision.ts';
import type { Boat } from './entities.ts';
import type { DocumentRef } from '../documents/document.ts';

/**
 * What a boat certificate command needs, loaded by the caller (central: under the boat's and the
 * certificate's row locks). Adding needs the boat and its certificates (one of each type);
 * editing and removing need the certificate.
 */
export interface BoatCertificateState {
  boat?: Boat | null;
  /** Every certificate of the boat, removed ones included. */
  boatCertificates?: Versioned<BoatCertificate>[];
  certificate?: Versioned<BoatCertificate> | null;
  /**
   * Whether the scan the payload names is stored where the decision is made: on the central, in
   * its document store; on the desk, in the cache's documents waiting for upload.
   */
  documentStored?: boolean;
}

const stamp = (ctx: CommandContext): CertificateActorStamp => ({ actorId: ctx.actor.id, actorName: ctx.actor.name, at: ctx.now });

function datesRefusal(p: { validFrom: string | null; validUntil: string }, today: string): Decision | null {
  const problem = certificateDatesProblem(p, today);
  if (problem === 'until_before_from') return reject('boat_certificate_dates_invalid', `The certificate ends (${p.validUntil}) before it begins (${p.validFrom}).`);
  if (problem === 'too_far_ahead') return reject('boat_certificate_dates_invalid', `No certificate runs more than ${CERTIFICATE_MAX_YEARS_AHEAD} years ahead (${p.validUntil}).`);
  return null;
}

/** The certificate as the edit or removal found it: there, not removed, and at the version the handler saw. */
function editable(state: BoatCertificateState, ctx: CommandContext): Versioned<BoatCertificate> | Decision {
  const row = state.certificate;
  if (!row) return reject('not_found', 'The certificate does not exist.');
  if (ctx.baseVersion !== null && ctx.baseVersion !== row.version) {
    return conflict('stale_version', `The certificate was changed by someone else (version ${row.version}, you saw ${ctx.baseVersion}).`, { record: row.record, version: row.version });
  }
  if (row.record.removed) return reject('boat_certificate_removed', 'The certificate was removed.');
  return row;
}
const isDecision = (v: Versioned<BoatCertificate> | Decision): v is Decision => 'ok' in v;

type DocumentChoice = BoatCertificatePayload<'berths.addBoatCertificate'>['document'];

/**
 * The scan the certificate has after the command: the payload's, or (an edit leaving it out) the
 * one it had. A scan the certificate does not have yet must be stored already: a command never
 * points a record at bytes nobody can fetch.
 */
function documentAfter(state: BoatCertificateState, wanted: DocumentChoice, before: BoatCertificate | null): BoatCertificate['document'] | Decision {
  const had = before?.document ?? null;
  if (wanted === undefined) return had;
  if (wanted === null || wanted.id === had?.id) return wanted;
  if (!state.documentStored) return reject('boat_certificate_document_missing', `The scan ${wanted.fileName} has not reached the central: attach it again.`);
  return wanted;
}
const isRefusal = (v: BoatCertificate['document'] | Decision): v is Decision => v != null && 'ok' in v;

/** A new certificate for a boat that has none of its type; checked by the handler now. */
export function decideAddBoatCertificate(state: BoatCertificateState, p: BoatCertificatePayload<'berths.addBoatCertificate'>, ctx: CommandContext): Decision {
  const boat = state.boat;
  if (!boat) return reject('not_found', 'The boat does not exist.');
  const dates = datesRefusal(p, ctx.today);
  if (dates) return dates;
  const existing = (state.boatCertificates ?? []).find((c) => c.record.certificateType === p.certificateType && !c.record.removed);
  if (existing) return { ok: false, status: 'rejected', code: 'boat_certificate_exists', message: `The boat has an ${p.certificateType} certificate already: edit it instead.`, current: existing };
  const document = documentAfter(state, p.document, null);
  if (isRefusal(document)) return document;
  const record: BoatCertificate = {
    id: p.certificateId,
    boatId: boat.id,
    customerId: boat.customerId,
    certificateType: p.certificateType,
    number: p.number,
    issuer: p.issuer,
    validFrom: p.validFrom,
    validUntil: p.validUntil,
    checked: stamp(ctx),
    document,
    removed: null,
  };
  return { ok: true, puts: [{ entity: 'boat_certificate', record, version: 1 }] };
}

/** New number, issuer or days for a certificate; its type stays (a boat has one of each). */
export function decideEditBoatCertificate(state: BoatCertificateState, p: BoatCertificatePayload<'berths.editBoatCertificate'>, ctx: CommandContext): Decision {
  const row = editable(state, ctx);
  if (isDecision(row)) return row;
  const dates = datesRefusal(p, ctx.today);
  if (dates) return dates;
  const document = documentAfter(state, p.document, row.record);
  if (isRefusal(document)) return document;
  const record: BoatCertificate = { ...row.record, number: p.number, issuer: p.issuer, validFrom: p.validFrom, validUntil: p.validUntil, checked: stamp(ctx), document };
  return { ok: true, puts: [{ entity: 'boat_certificate', record, version: row.version + 1 }] };
}

/** The certificate no longer counts: kept with who removed it and when. */
export function decideRemoveBoatCertificate(state: BoatCertificateState, _p: BoatCertificatePayload<'berths.removeBoatCertificate'>, ctx: CommandContext): Decision {
  const row = editable(state, ctx);
  if (isDecision(row)) return row;
  return { ok: true, puts: [{ entity: 'boat_certificate', record: { ...row.record, removed: stamp(ctx) }, version: row.version + 1 }] };
}

type Decider<T extends BoatCertificateCommandType> = (state: BoatCertificateState, payload: BoatCertificatePayload<T>, ctx: CommandContext) => Decision;

export const BOAT_CERTIFICATE_DECIDERS: { [T in BoatCertificateCommandType]: Decider<T> } = {
  'berths.addBoatCertificate': decideAddBoatCertificate,
  'berths.editBoatCertificate': decideEditBoatCertificate,
  'berths.removeBoatCertificate': decideRemoveBoatCertificate,
};

/** The scan a command would newly point the certificate at: what its caller checks is stored. */
export function newCertificateDocument(payload: unknown): DocumentRef | null {
  return (payload as { document?: DocumentRef | null }).document ?? null;
}

/** The record a certificate command acts on: the boat a new one is for, else the certificate (whose version an edit is based on). */
export function boatCertificateAggregate(type: BoatCertificateCommandType, payload: unknown): { entity: 'boat' | 'boat_certificate'; id: string } {
  return type === 'berths.addBoatCertificate'
    ? { entity: 'boat', id: (payload as BoatCertificatePayload<typeof type>).boatId }
    : { entity: 'boat_certificate', id: (payload as { certificateId: string }).certificateId };
}
