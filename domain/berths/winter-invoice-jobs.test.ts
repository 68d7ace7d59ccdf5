import { describe, expect, it } from 'vitest';
import { addDays } from '../wall-clock.ts';
import type { WinterApplication, WinterEvent, WinterLease, WinterPlace } from './winter-entities.ts';
import { decideWinterInvoiceExpiry, isWinterInvoiceExpired, winterRemindersDue } from './winter-invoice-jobs.ts';
import { placeFree, suggestWinterPlaces } from './winter-places.ts';
import { stickerProblem } from './winter-stickers.ts';

const DUE = '2026-10-15';
const SENT_AT = '2026-10-01T10:00:00+03:00';
const ACTOR = { id: 'job', name: 'Automaattinen vanhentuminen' };
const PLACE: WinterPlace = { id: '00000000-0000-4000-9000-000000000001', areaId: '00000000-0000-4000-8000-0000000000a0', sectionId: '00000000-0000-4000-8000-0000000000a1', number: 7, width: 3, length: 8, isActive: true, isInvoiceable: true, comment: '' };

const app = { id: '00000000-0000-4000-a000-000000000001', status: 'offer_sent', winter: 2026, areaChoices: [PLACE.areaId], storageMethod: 'on_trestles', boat: { boatType: 3, registrationNumber: 'A1', name: 'K', model: 'T', length: 5, width: 2 } } as unknown as WinterApplication;

function sentLease(extra: Partial<WinterLease> = {}, invoice: Partial<WinterLease['invoice']> = {}): WinterLease {
  return {
    id: '00000000-0000-4000-d000-000000000001', areaType: 'marked', areaId: PLACE.areaId, sectionId: PLACE.sectionId, placeId: PLACE.id, customerId: '00000000-0000-4000-b000-000000000001', boatId: null,
    applicationId: app.id, winter: 2026, status: 'offered', startDate: '2026-10-01', endDate: '2027-06-10', stickerNumber: null, stickerPostedOn: null, createdAt: SENT_AT, createdBy: 'Aino',
    invoice: { number: 'TS26-000001', status: 'offered', lines: [{ product: 'winter_storage_marked', title: { fi: 'x', sv: 'x', en: 'x' }, pretaxCents: 100, vatPercent: 25.5, totalCents: 126 }], pretaxCents: 100, vatCents: 26, totalCents: 126, dueDate: DUE, sentAt: SENT_AT, paidAt: null, paidVia: null, invoicingType: 'online_payment', language: 'sv', ...invoice },
    ...extra,
  };
}

const ctx = (today: string) => ({ actor: ACTOR, now: `${today}T03:00:00Z`, today, eventId: '00000000-0000-4000-e000-0000000000ee' });
const due = (lease: WinterLease, today: string, sent: number[] = []) => winterRemindersDue([{ lease, sent }], today);

describe('winter invoice reminders', () => {
  it('come 7, 3 and 1 days before the due date, each once, by the offer rules', () => {
    const lease = sentLease();
    expect(due(lease, addDays(DUE, -8))).toEqual([]);
    expect(due(lease, addDays(DUE, -7))).toEqual([{ leaseId: lease.id, daysBefore: 7 }]);
    expect(due(lease, addDays(DUE, -7), [7])).toEqual([]);
    expect(due(lease, addDays(DUE, -5), [7])).toEqual([]);
    expect(due(lease, addDays(DUE, -3), [7])).toEqual([{ leaseId: lease.id, daysBefore: 3 }]);
    expect(due(lease, addDays(DUE, -1), [7, 3])).toEqual([{ leaseId: lease.id, daysBefore: 1 }]);
    expect(due(lease, DUE, [7, 3, 1])).toEqual([]);
    expect(due(lease, DUE)).toEqual([]);
  });

  it('skip a threshold whose day came before the invoice was sent, and never remind a paper, paid or unsent invoice', () => {
    expect(due(sentLease({}, { sentAt: '2026-10-10T09:00:00+03:00' }), addDays(DUE, -4))).toEqual([]);
    expect(due(sentLease({}, { sentAt: '2026-10-10T09:00:00+03:00' }), addDays(DUE, -3))).toEqual([{ leaseId: sentLease().id, daysBefore: 3 }]);
    expect(due(sentLease({}, { invoicingType: 'paper_invoice' }), addDays(DUE, -1))).toEqual([]);
    expect(due(sentLease({ status: 'paid' }, { status: 'paid_man' }), addDays(DUE, -1))).toEqual([]);
    expect(due(sentLease({ status: 'drafted' }, { status: 'drafted', dueDate: null }), addDays(DUE, -1))).toEqual([]);
  });
});

describe('winter invoice expiry', () => {
  it('comes the day after the due date, for a sent, unpaid, digital invoice only', () => {
    expect(isWinterInvoiceExpired(sentLease(), DUE)).toBe(false);
    expect(isWinterInvoiceExpired(sentLease(), addDays(DUE, 1))).toBe(true);
    expect(isWinterInvoiceExpired(sentLease({ status: 'paid' }, { status: 'paid_man' }), addDays(DUE, 1))).toBe(false);
    expect(isWinterInvoiceExpired(sentLease({}, { invoicingType: 'paper_invoice' }), addDays(DUE, 1))).toBe(false);
  });

  it('expires the invoice, the lease and the application, and the history names the job', () => {
    const lease = sentLease();
    const decision = decideWinterInvoiceExpiry({ lease: { record: lease, version: 3 }, application: { record: app, version: 4 } }, ctx(addDays(DUE, 1)));
    if (!decision.ok) throw new Error(decision.message);
    const [leasePut, appPut, eventPut] = decision.puts;
    expect(leasePut).toMatchObject({ entity: 'winter_lease', version: 4, record: { status: 'expired', invoice: { status: 'expired', dueDate: DUE }, stickerNumber: null } });
    expect(appPut).toMatchObject({ entity: 'winter_application', version: 5, record: { status: 'expired' } });
    expect(eventPut?.entity).toBe('winter_event');
    expect(eventPut?.record as WinterEvent).toMatchObject({ kind: 'invoice_expired', leaseId: lease.id, applicationId: app.id, actorId: ACTOR.id, actorName: ACTOR.name, fromStatus: 'offered', toStatus: 'expired', commandId: null });
    expect(decision.puts).toHaveLength(3);
  });

  it('frees the marked place for the next applicant', () => {
    const lease = sentLease();
    expect(placeFree(PLACE, 2026, [lease])).toBe(false);
    const decision = decideWinterInvoiceExpiry({ lease: { record: lease, version: 1 }, application: null }, ctx(addDays(DUE, 1)));
    if (!decision.ok) throw new Error(decision.message);
    const after = decision.puts[0]!.record as WinterLease;
    expect(placeFree(PLACE, 2026, [after])).toBe(true);
    const next = { ...app, id: '00000000-0000-4000-a000-000000000002', status: 'pending' } as WinterApplication;
    expect(suggestWinterPlaces(next, [PLACE], new Map([[PLACE.id, [after]]])).map((s) => s.place.id)).toEqual([PLACE.id]);
  });

  it('gives an unmarked lease no sticker: none is given before the payment', () => {
    const lease = sentLease({ areaType: 'unmarked', placeId: null });
    const decision = decideWinterInvoiceExpiry({ lease: { record: lease, version: 1 }, application: { record: app, version: 1 } }, ctx(addDays(DUE, 3)));
    if (!decision.ok) throw new Error(decision.message);
    const after = decision.puts[0]!.record as WinterLease;
    expect(after.stickerNumber).toBeNull();
    expect(stickerProblem(after)).toBe('not_paid');
  });

  it('refuses a paid invoice, one not yet due, and one paid on paper', () => {
    const today = addDays(DUE, 1);
    for (const lease of [sentLease({ status: 'paid' }, { status: 'paid_man', paidAt: SENT_AT }), sentLease({}, { dueDate: today }), sentLease({}, { invoicingType: 'paper_invoice' })]) {
      expect(decideWinterInvoiceExpiry({ lease: { record: lease, version: 2 }, application: { record: app, version: 2 } }, ctx(today))).toMatchObject({ ok: false, code: 'invalid_transition' });
    }
  });
});
