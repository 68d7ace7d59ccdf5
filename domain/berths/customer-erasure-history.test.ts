import { describe, expect, it } from 'vitest';
import {
  COMMAND_PAYLOAD_RULES,
  ERASED,
  ERASED_TEXT,
  erasedApplicationEvent,
  erasedCommandPayload,
  erasedCommandResult,
  erasedNote,
  erasedWinterEvent,
  namesPerson,
  personalValues,
} from './customer-erasure-history.ts';
import type { ApplicationEvent } from './entities.ts';
import type { WinterEvent } from './winter-entities.ts';

const C = '00000000-0000-4000-b000-000000000001';
const OTHER = '00000000-0000-4000-b000-000000000002';
const APP = '00000000-0000-4000-a000-000000000001';
const LEASE = '00000000-0000-4000-d000-000000000001';
const BERTH = '00000000-0000-4000-e000-000000000001';
const values = personalValues(['Aili', 'Mäkinen', 'Aili Mäkinen', 'aili@example.fi', '+358 40 123 4567', 'Rantatie 5', 'A12345', 'Kuutti', 'VK-1234567', '00100', null]);

function event(kind: ApplicationEvent['kind'], extra: Partial<ApplicationEvent> = {}): ApplicationEvent {
  return {
    id: '00000000-0000-4000-f000-000000000001',
    applicationId: APP,
    at: '2026-05-01T10:00:00+03:00',
    recordedAt: '2026-05-01T10:00:01+03:00',
    kind,
    actorId: 'u-aino',
    actorName: 'Aino Virtanen',
    fromStatus: 'pending',
    toStatus: 'offer_sent',
    berthId: BERTH,
    leaseId: LEASE,
    note: null,
    commandId: '00000000-0000-4000-f000-000000000001',
    ...extra,
  };
}

/** What an erasure must never touch on an event: kind, times, actor, statuses, ids. */
const kept = (e: ApplicationEvent | WinterEvent) => {
  const { note: _n, ...rest } = e as ApplicationEvent;
  const { changes: _c, customerLink: _l, ...bare } = rest;
  return bare;
};

describe('the customer personal values', () => {
  it('are folded, deduplicated and too short ones left to the fields', () => {
    expect(values).toContain('aili mäkinen');
    expect(values).not.toContain('00100');
    expect(namesPerson('Soitti: AILI  Mäkinen', values)).toBe(true);
    expect(namesPerson('Call +358-40-123-4567 please', values)).toBe(true);
    expect(namesPerson('Terhi 450', values)).toBe(false);
  });
});

describe('an application event of an erased customer', () => {
  it('loses a note whole, keeping that it existed, who wrote it and when', () => {
    const e = event('note', { note: 'Asiakas soitti, puoliso hoitaa asiat jatkossa', fromStatus: null, toStatus: null });
    const out = erasedApplicationEvent(e, C, values);
    expect(out.note).toBe(ERASED_TEXT);
    expect(kept(out)).toEqual(kept(e));
  });

  it('loses a withdrawal reason and an expiry sentence, keeps a termination date', () => {
    expect(erasedApplicationEvent(event('offer_withdrawn', { note: 'Aili ei halua paikkaa' }), C, values).note).toBe(ERASED_TEXT);
    expect(erasedApplicationEvent(event('offer_withdrawn', { note: 'The offer expired: it was not paid by the due date 2026-04-01.' }), C, values).note).toBe(ERASED_TEXT);
    expect(erasedApplicationEvent(event('lease_terminated', { note: '2026-09-14' }), C, values).note).toBe('2026-09-14');
    expect(erasedNote(null)).toBeNull();
  });

  it('an edit loses the contact and boat fields before and after, keeps the rest unless it names the person', () => {
    const e = event('edited', {
      changes: [
        { field: 'applicant.email', before: 'aili@example.fi', after: 'aili.new@example.fi' },
        { field: 'applicant.phone', before: '+358 40 123 4567', after: '+358 50 000 0000' },
        { field: 'applicant.firstName', before: 'Aili', after: 'Aili-Maria' },
        { field: 'applicant.lastName', before: 'Mäkinen', after: 'Virta' },
        { field: 'applicant.address', before: 'Rantatie 5', after: 'Kuja 1' },
        { field: 'applicant.zipCode', before: '00100', after: '00200' },
        { field: 'boat.registrationNumber', before: 'A12345', after: 'B999' },
        { field: 'boat.name', before: 'Kuutti', after: null },
        { field: 'applicant.municipality', before: 'Helsinki', after: 'Espoo' },
        { field: 'boat.width', before: 2.3, after: 2.5 },
        { field: 'boat.model', before: 'Terhi 450', after: 'Kuutti special' },
        { field: 'harbourChoices', before: [BERTH], after: [BERTH, LEASE] },
      ],
    });
    const out = erasedApplicationEvent(e, C, values);
    expect(out.changes).toEqual([
      { field: 'applicant.email', before: ERASED, after: ERASED },
      { field: 'applicant.phone', before: ERASED, after: ERASED },
      { field: 'applicant.firstName', before: ERASED, after: ERASED },
      { field: 'applicant.lastName', before: ERASED, after: ERASED },
      { field: 'applicant.address', before: ERASED, after: ERASED },
      { field: 'applicant.zipCode', before: ERASED, after: ERASED },
      { field: 'boat.registrationNumber', before: ERASED, after: ERASED },
      { field: 'boat.name', before: ERASED, after: null },
      { field: 'applicant.municipality', before: 'Helsinki', after: 'Espoo' },
      { field: 'boat.width', before: 2.3, after: 2.5 },
      { field: 'boat.model', before: 'Terhi 450', after: ERASED },
      { field: 'harbourChoices', before: [BERTH], after: [BERTH, LEASE] },
    ]);
    expect(kept(out)).toEqual(kept(e));
  });

  it("a link loses the erased customer's name, on either side, and keeps the other customer's", () => {
    const link = { fromCustomerId: C, fromName: 'Aili Mäkinen', toCustomerId: OTHER, toName: 'Veneseura ry', fromBoatId: BERTH, toBoatId: BERTH, boatMoved: true };
    expect(erasedApplicationEvent(event('customer_linked', { customerLink: link }), C, values).customerLink).toEqual({ ...link, fromName: ERASED });
    const back = { ...link, fromCustomerId: OTHER, fromName: 'Veneseura ry', toCustomerId: C, toName: 'Aili Mäkinen' };
    expect(erasedApplicationEvent(event('customer_linked', { customerLink: back }), C, values).customerLink).toEqual({ ...back, toName: ERASED });
    // A duplicate record of the same person names them too.
    const duplicate = { ...link, fromCustomerId: OTHER, fromName: 'A. Mäkinen', toCustomerId: C, toName: 'Aili Mäkinen' };
    expect(erasedApplicationEvent(event('customer_linked', { customerLink: duplicate }), C, values).customerLink).toEqual({ ...duplicate, fromName: ERASED, toName: ERASED });
  });

  it('an event with nothing personal comes back equal', () => {
    const lines = event('order_lines_edited', { lineChanges: [{ product: 'electricity', title: { fi: 'Sähkö', sv: 'El', en: 'Electricity' }, before: null, after: { totalCents: 5000 } }] as ApplicationEvent['lineChanges'] });
    expect(erasedApplicationEvent(lines, C, values)).toEqual(lines);
    expect(erasedApplicationEvent(event('offer_made'), C, values)).toEqual(event('offer_made'));
  });
});

describe('a winter event of an erased customer', () => {
  const w = (kind: WinterEvent['kind'], note: string | null): WinterEvent => ({
    id: '00000000-0000-4000-f100-000000000001',
    applicationId: APP,
    leaseId: LEASE,
    at: '2026-05-01T10:00:00+03:00',
    recordedAt: null,
    kind,
    actorId: null,
    actorName: null,
    fromStatus: 'offered',
    toStatus: 'expired',
    stickerNumber: 12,
    note,
    commandId: null,
  });
  it('loses a sentence, keeps a sticker number and a date, and everything else', () => {
    const expired = w('invoice_expired', 'The invoice was not paid by the due date 2026-04-01.');
    expect(erasedWinterEvent(expired)).toEqual({ ...expired, note: ERASED_TEXT });
    expect(erasedWinterEvent(w('sticker_reassigned', '#7'))).toEqual(w('sticker_reassigned', '#7'));
    expect(erasedWinterEvent(w('sticker_posted', '2026-09-01'))).toEqual(w('sticker_posted', '2026-09-01'));
    expect(erasedWinterEvent(w('lease_created', null))).toEqual(w('lease_created', null));
  });
});

describe("a stored command's payload", () => {
  it('loses a note, a withdrawal reason and a direct lease reason whole', () => {
    expect(erasedCommandPayload('berths.addNote', { applicationId: APP, note: 'Terveisiä' }, values)).toEqual({ applicationId: APP, note: ERASED_TEXT });
    expect(erasedCommandPayload('berths.withdrawOffer', { applicationId: APP, leaseId: LEASE, reason: 'x' }, values)).toEqual({ applicationId: APP, leaseId: LEASE, reason: ERASED_TEXT });
    const lease = { customerId: C, boatId: null, berthId: BERTH, season: 2026, startDate: '2026-05-01', endDate: '2026-09-14', reason: 'Iso alus', acceptShorter: false, leaseId: LEASE, orderId: LEASE };
    expect(erasedCommandPayload('berths.createLease', lease, values)).toEqual({ ...lease, reason: ERASED_TEXT });
  });

  it("an application edit loses the applicant's and the boat's personal fields, keeps the rest", () => {
    const edit = {
      applicationId: APP,
      applicant: { firstName: 'Aili', email: 'new@example.fi', phone: '040', address: 'Kuja 1', zipCode: '00200', lastName: 'V', municipality: 'Espoo', language: 'fi' },
      boat: { registrationNumber: 'B999', name: 'Uusi', model: 'Buster', width: 2.4 },
      harbourChoices: [BERTH],
    };
    expect(erasedCommandPayload('berths.editApplication', edit, values)).toEqual({
      applicationId: APP,
      applicant: { firstName: ERASED, email: ERASED, phone: ERASED, address: ERASED, zipCode: ERASED, lastName: ERASED, municipality: 'Espoo', language: 'fi' },
      boat: { registrationNumber: ERASED, name: ERASED, model: 'Buster', width: 2.4 },
      harbourChoices: [BERTH],
    });
  });

  it("a contact edit loses the email, phone and address, keeps municipality, language and invoicing", () => {
    const contact = { customerId: C, email: 'aili.new@example.fi', phone: '+358 50 1', address: 'Kuja 1', zipCode: '00200', municipality: 'Espoo', language: 'sv', invoicingType: 'paper_invoice' };
    expect(erasedCommandPayload('berths.editCustomerContact', contact, values)).toEqual({ ...contact, email: ERASED, phone: ERASED, address: ERASED, zipCode: ERASED });
  });

  it("a certificate's number goes, its issuer and dates stay", () => {
    const cert = { certificateId: LEASE, boatId: BERTH, certificateType: 'insurance', number: 'VK-1', issuer: 'LähiTapiola', validFrom: null, validUntil: '2027-05-31' };
    expect(erasedCommandPayload('berths.addBoatCertificate', cert, values)).toEqual({ ...cert, number: ERASED });
    const { boatId: _b, certificateType: _t, ...edit } = cert;
    expect(erasedCommandPayload('berths.editBoatCertificate', edit, values)).toEqual({ ...edit, number: ERASED });
  });

  it("a certificate's scan keeps its reference and loses its file name, which often names the owner", () => {
    const document = { id: LEASE, fileName: 'Virtanen_vakuutus.pdf', mediaType: 'application/pdf', size: 10, sha256: 'ab'.repeat(32) };
    const edit = { certificateId: LEASE, number: 'VK-1', issuer: 'If', validFrom: null, validUntil: '2027-05-31', document };
    expect(erasedCommandPayload('berths.editBoatCertificate', edit, values)).toEqual({ ...edit, number: ERASED, document: { ...document, fileName: ERASED } });
    expect(erasedCommandPayload('berths.addBoatCertificate', { ...edit, document: null }, values)).toEqual({ ...edit, number: ERASED, document: null });
  });

  it('every rule names a berth command, and a command of ids only is kept', () => {
    for (const type of Object.keys(COMMAND_PAYLOAD_RULES)) expect(type).toMatch(/^berths\./);
    const answer = { applicationId: APP, leaseId: LEASE, answer: 'accepted' };
    expect(erasedCommandPayload('berths.recordOfferAnswer', answer, values)).toEqual(answer);
    expect(erasedCommandPayload('berths.recordPayment', { orderId: LEASE, amountCents: 100, providerReference: 'tx-77' }, values)).toEqual({ orderId: LEASE, amountCents: 100, providerReference: 'tx-77' });
  });

  it('an unknown type keeps ids, dates, numbers and booleans, and drops every other string', () => {
    const odd = { customerId: C, when: '2026-05-01', at: '2026-05-01T10:00:00.000Z', count: 2, ok: true, label: 'Aili', nested: [{ id: APP, text: 'hello' }] };
    expect(erasedCommandPayload('berths.somethingNew', odd, values)).toEqual({ ...odd, label: ERASED, nested: [{ id: APP, text: ERASED }] });
  });

  it("a conflict's stored current record goes, the verdict stays", () => {
    const conflict = { id: APP, status: 'conflict', code: 'stale_version', message: 'changed', current: { customer: { firstName: 'Aili' } } };
    expect(erasedCommandResult(conflict)).toEqual({ ...conflict, current: null });
    expect(erasedCommandResult({ id: APP, status: 'applied', version: 3 })).toEqual({ id: APP, status: 'applied', version: 3 });
  });
});
