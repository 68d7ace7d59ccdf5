import { z } from 'zod';
import { DocumentRef } from '../documents/document.ts';
import { IsoDate, IsoDateTime, Uuid } from './record-primitives.ts';

/**
 * A boat's certificate (brief 2.2 BoatCertificate): an inspection certificate (katsastustodistus)
 * or an insurance certificate (vakuutustodistus), one of each per boat, with its number, issuer
 * and validity, and who checked it and when. Removing one keeps the record with `removed` set, so
 * the feed and the audit never lose what a handler once saw.
 */
export const BOAT_CERTIFICATE_TYPES = ['inspection', 'insurance'] as const;
export const BoatCertificateType = z.enum(BOAT_CERTIFICATE_TYPES);
export type BoatCertificateType = z.infer<typeof BoatCertificateType>;

/** Who did something to a certificate, and when (the actor's own time, as everywhere). */
export const CertificateActorStamp = z.object({ actorId: z.string().nullable(), actorName: z.string().nullable(), at: IsoDateTime });
export type CertificateActorStamp = z.infer<typeof CertificateActorStamp>;

export const BoatCertificate = z.object({
  id: Uuid,
  boatId: Uuid,
  /** The boat's owner when the certificate was recorded: the customer's 360° view reads by it. */
  customerId: Uuid,
  certificateType: BoatCertificateType,
  /** The certificate's or policy's number as printed; may be empty. */
  number: z.string(),
  /** The inspector or the insurance company; may be empty. */
  issuer: z.string(),
  /** The first day it holds, when the document says; null when it does not. */
  validFrom: IsoDate.nullable(),
  /** The last day it holds, included. */
  validUntil: IsoDate,
  /** The handler who checked the document (the last add or edit), and when. */
  checked: CertificateActorStamp,
  /**
   * The scanned certificate, when the handler attached one; its bytes are on the central
   * (domain/documents). Absent on certificates recorded before scans could be attached.
   */
  document: DocumentRef.nullable().optional(),
  /** Set when a handler removed it; a removed certificate counts as none. */
  removed: CertificateActorStamp.nullable(),
});
export type BoatCertificate = z.infer<typeof BoatCertificate>;

export const BOAT_CERTIFICATE_ENTITIES = {
  boat_certificate: { schema: BoatCertificate, scope: 'berths.cases', downloadCost: 1.4 },
} as const;

export type BoatCertificateEntityRecord = { boat_certificate: BoatCertificate };
