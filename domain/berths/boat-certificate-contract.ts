import type { BoatCertificate, BoatCertificateType } from './boat-certificate-entity.ts';
import { AddBoatCertificatePayload, EditBoatCertificatePayload, RemoveBoatCertificatePayload } from './boat-certificate-commands.ts';
import type { CertificateStatus } from './boat-certificate-status.ts';
import type { Boat } from './entities.ts';

/**
 * Boat certificates in the renderer contract (domain/contract.ts names each method): the customer
 * 360° view gives each boat its two certificate slots; the commands add, edit and remove one. A new
 * certificate's id is chosen in the core.
 */

/** One of a boat's two certificates (inspection, insurance): the live one, or none. */
export interface BoatCertificateSlot {
  certificateType: BoatCertificateType;
  /** Its validity today in Helsinki; `missing` when there is none. */
  status: CertificateStatus;
  certificate: BoatCertificate | null;
  /** The version an edit or removal is based on; null with no certificate. */
  version: number | null;
}

/** A customer's boat with its certificates, inspection first. */
export type CustomerBoat = Boat & { certificates: BoatCertificateSlot[] };

export const AddBoatCertificateInput = AddBoatCertificatePayload.omit({ certificateId: true }).strict();

export const BOAT_CERTIFICATE_CONTRACT_INPUTS = {
  'berths.addBoatCertificate': AddBoatCertificateInput,
  'berths.editBoatCertificate': EditBoatCertificatePayload,
  'berths.removeBoatCertificate': RemoveBoatCertificatePayload,
} as const;
