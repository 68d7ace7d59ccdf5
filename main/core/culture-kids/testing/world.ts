import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Change, StaffUser } from '../../../../domain/sync/protocol.ts';
import { formatTicket, ticketSignedBytes, type Ticket } from '../../../../domain/culture-kids/check-in.ts';
import { child, cohort, enrolment, event, guardian, occurrence } from '../../../../domain/culture-kids/fixtures.test-support.ts';
import type { SqliteDatabase } from '../../db/open-database.ts';

/** Two cohorts as the cache would hold them for the registry administrator. */
export const C23 = 'c-2023';
export const C24 = 'c-2024';
/** During the occurrence's ticket window (occ-1 starts 2027-03-10 10:00Z, 60 minutes long). */
export const AT_DOOR = new Date('2027-03-10T09:30:00.000Z');

export const LOTTA: StaffUser = {
  id: 'u-lotta',
  name: 'Lotta Rantanen',
  roles: ['culture_kids_admin', 'culture_kids_publisher', 'culture_kids_group_manager', 'culture_kids_messenger', 'culture_kids_family_viewer'],
  grants: ['culture_kids_admin', 'culture_kids_publisher', 'culture_kids_group_manager', 'culture_kids_messenger', 'culture_kids_family_viewer'].map((role) => ({ role: role as StaffUser['roles'][number] })),
};
/** Admin of 2023 only, without "view families". */
export const JUSSI: StaffUser = { id: 'u-jussi', name: 'Jussi Aalto', roles: ['culture_kids_admin'], grants: [{ role: 'culture_kids_admin', cohortId: C23 }] };

const put = (entity: Change['entity'], data: { id: string }): Change => ({ entity, id: data.id, op: 'put', version: 1, data });

export function cultureKidsWorld(): Change[] {
  return [
    put('ck_cohort', cohort()),
    put('ck_cohort', cohort({ id: C24, year: 2024 })),
    put('ck_venue', { id: 'venue-1', cohortId: C23, name: { fi: 'Kansallismuseo', sv: '', en: '' }, address: { fi: '', sv: '', en: '' }, description: { fi: '', sv: '', en: '' }, accessibilityInfo: { fi: '', sv: '', en: '' }, arrivalInstructions: { fi: '', sv: '', en: '' }, additionalInfo: { fi: '', sv: '', en: '' }, wcAndFacilities: { fi: '', sv: '', en: '' }, wwwUrl: null, copiedFromVenueId: null } as { id: string }),
    put('ck_event', event()),
    put('ck_occurrence', occurrence()),
    put('ck_child', child()),
    put('ck_child', child({ id: 'child-2', familyId: 'fam-2', firstName: 'Eemil', lastName: 'Ähtiäinen', postalCode: '00100' })),
    put('ck_child', child({ id: 'child-3', cohortId: C24, familyId: 'fam-3', firstName: 'Aino', lastName: 'Korhonen', birthYear: 2024, postalCode: '00940' })),
    put('ck_guardian', guardian()),
    put('ck_guardian', guardian({ id: `g-2@${C23}`, guardianId: 'g-2', firstName: 'Lars', lastName: 'Nyström', language: 'sv', homeLanguages: ['swe'] })),
    put('ck_guardian', guardian({ id: `g-3@${C24}`, guardianId: 'g-3', cohortId: C24, firstName: 'Mervi', lastName: 'Korhonen' })),
    put('ck_guardianship', { id: 'gs-1', childId: 'child-1', guardianId: 'g-1', cohortId: C23, relationship: 'parent' } as { id: string }),
    put('ck_guardianship', { id: 'gs-2', childId: 'child-2', guardianId: 'g-2', cohortId: C23, relationship: 'parent' } as { id: string }),
    put('ck_guardianship', { id: 'gs-3', childId: 'child-3', guardianId: 'g-3', cohortId: C24, relationship: 'parent' } as { id: string }),
    put('ck_guardian_contact', { id: 'gc-1', guardianId: 'g-1', cohortId: C23, email: 'sari@example.org', phone: '+358401234567' } as { id: string }),
    put('ck_child_notes', { id: 'n-1', childId: 'child-1', cohortId: C23, notes: 'Pelkää pimeää' } as { id: string }),
    put('ck_enrolment', enrolment()),
    put('ck_enrolment', enrolment({ id: 'enr-x', childId: 'child-2', familyId: 'fam-2', status: 'cancelled', cancelKind: 'family', cancelledAt: '2027-02-03T08:00:00.000Z' })),
  ];
}

/** A cohort's ticket key pair; the public half goes into the cache as ck_ticket_key. */
export function ticketKeyPair(): { privateKey: KeyObject; publicKeyText: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { privateKey, publicKeyText: jwk.x! };
}

export function storeTicketKey(db: SqliteDatabase, cohortId: string, publicKeyText: string): void {
  const data = { id: `key-${cohortId}`, cohortId, publicKey: publicKeyText, createdAt: '2027-01-01T00:00:00.000Z' };
  db.prepare('INSERT OR REPLACE INTO ck_ticket_key (id, version, data, pending, cohort_id) VALUES (?, 1, ?, 0, ?)').run(data.id, JSON.stringify(data), cohortId);
}

export function signedTicket(privateKey: KeyObject, t: Partial<Ticket> = {}): string {
  const ticket: Ticket = { enrolmentId: 'enr-1', occurrenceId: 'occ-1', cohortId: C23, issuedAt: '2027-02-02T08:00:00.000Z', ...t };
  return formatTicket(ticket, new Uint8Array(sign(null, ticketSignedBytes(ticket), privateKey)));
}
