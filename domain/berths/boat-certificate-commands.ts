import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { StorableText } from '../text.ts';
import { DocumentRef } from '../documents/document.ts';
import { BoatCertificateType } from './boat-certificate-entity.ts';
import { IsoDate, Uuid } from './record-primitives.ts';

/**
 * Boat certificate commands (boat-certificate-deciders.ts). Adding creates the certificate under
 * an id the desk chooses; editing and removing are versioned on the certificate, so a change
 * decided on an old copy lands in the conflict inbox. The payload carries the whole new state.
 */
export const CERTIFICATE_NUMBER_MAX = 60;
export const CERTIFICATE_ISSUER_MAX = 120;

const Text = (max: number) => StorableText.trim().max(max);

const CertificateFields = {
  number: Text(CERTIFICATE_NUMBER_MAX),
  issuer: Text(CERTIFICATE_ISSUER_MAX),
  validFrom: IsoDate.nullable(),
  validUntil: IsoDate,
  /**
   * The scan: a reference to a document the desk keeps until it is uploaded, ahead of the
   * command. Null removes the scan; left out, an edit keeps the one the certificate has.
   */
  document: DocumentRef.nullable().optional(),
};

export const AddBoatCertificatePayload = z.object({ certificateId: Uuid, boatId: Uuid, certificateType: BoatCertificateType, ...CertificateFields }).strict();
export const EditBoatCertificatePayload = z.object({ certificateId: Uuid, ...CertificateFields }).strict();
export const RemoveBoatCertificatePayload = z.object({ certificateId: Uuid }).strict();

export const BOAT_CERTIFICATE_COMMANDS = {
  'berths.addBoatCertificate': { payload: AddBoatCertificatePayload, permission: 'berths.cases.write', versioned: false },
  'berths.editBoatCertificate': { payload: EditBoatCertificatePayload, permission: 'berths.cases.write', versioned: true },
  'berths.removeBoatCertificate': { payload: RemoveBoatCertificatePayload, permission: 'berths.cases.write', versioned: true },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type BoatCertificateCommandType = keyof typeof BOAT_CERTIFICATE_COMMANDS;
export type BoatCertificatePayload<T extends BoatCertificateCommandType> = z.infer<(typeof BOAT_CERTIFICATE_COMMANDS)[T]['payload']>;
