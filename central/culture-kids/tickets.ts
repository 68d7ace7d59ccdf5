import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { toBase64url } from '../../domain/culture-kids/base64url.ts';
import { formatTicket, ticketSignedBytes, type Ticket } from '../../domain/culture-kids/check-in.ts';
import type { TicketKey } from '../../domain/culture-kids/entities.ts';
import type { Queryable } from '../db/db.ts';
import { writePuts } from '../sync/feed.ts';

/**
 * One Ed25519 key pair per cohort. The private half stays in ck_ticket_private_key (no feed reads
 * it); the public half is the synced ck_ticket_key the desk verifies tickets against offline.
 */
const keyId = (cohortId: string) => `ticket-key:${cohortId}`;

/** The cohort's private key, made (with its synced public row) on first use. The caller commits. */
export async function cohortPrivateKey(tx: Queryable, cohortId: string, now: Date = new Date()): Promise<string> {
  const found = await tx.query<{ private_key: string }>('SELECT private_key FROM ck_ticket_private_key WHERE cohort_id = $1', [cohortId], 'ck_ticket_private_key');
  if (found.rows[0]) return found.rows[0].private_key;
  const pair = generateKeyPairSync('ed25519');
  const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  // The raw 32 bytes are the last 32 of the SPKI DER encoding of an Ed25519 key.
  const raw = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const record: TicketKey = { id: keyId(cohortId), cohortId, publicKey: toBase64url(raw), createdAt: now.toISOString() };
  await tx.query('INSERT INTO ck_ticket_private_key (cohort_id, key_id, private_key) VALUES ($1, $2, $3)', [cohortId, record.id, pem], 'ck_ticket_private_key_insert');
  const refused = await writePuts(tx, [{ entity: 'ck_ticket_key', id: record.id, version: 1, data: record }]);
  if (refused) throw new Error(refused.message);
  return pem;
}

/** The QR text of an enrolment's ticket (domain/culture-kids/check-in.ts format). */
export function signTicket(privateKeyPem: string, ticket: Ticket): string {
  return formatTicket(ticket, sign(null, ticketSignedBytes(ticket), createPrivateKey(privateKeyPem)));
}
