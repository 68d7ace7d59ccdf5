import type { CommandContext } from '../sync/command-context.ts';
import type { Customer } from './entities.ts';
import type { WinterArea, WinterLease, WinterPlace, WinterSection } from './winter-entities.ts';
import type { WinterCommandState } from './winter-lease-parts.ts';

/** A marked place in Rajasaari, its lease of a winter and the customer: what the termination and renewal tests decide on. */
const id = (group: string, n: number) => `00000000-0000-4000-${group}-${String(n).padStart(12, '0')}`;

export const W = {
  area: { id: id('8000', 1), name: { fi: 'Rajasaari', sv: 'Råholmen', en: 'Rajasaari' }, streetAddress: 'Rajasaarentie 1', zipCode: '00250', region: 'west', location: null, estimatedUnmarkedSpaces: null, price: { centsPerM2: 1000, vatPercent: 25.5 } } satisfies WinterArea,
  section: { id: id('8000', 2), areaId: id('8000', 1), identifier: 'C', services: [] } satisfies WinterSection,
  place: { id: id('8000', 3), areaId: id('8000', 1), sectionId: id('8000', 2), number: 7, width: 2.5, length: 8, isActive: true, isInvoiceable: true, comment: '' } satisfies WinterPlace,
  customerId: id('b000', 1),
  otherCustomerId: id('b000', 2),
  leaseId: id('9000', 1),
  newLeaseId: id('9000', 2),
};

export function wCustomer(extra: Partial<Customer> = {}): Customer {
  return { id: W.customerId, kind: 'private', firstName: 'Ville', lastName: 'Virta', companyName: null, businessId: null, email: 'ville.virta@example.fi', phone: '', address: 'Rantakatu 3', zipCode: '00200', municipality: 'Helsinki', language: 'sv', invoicingType: 'online_payment', ...extra };
}

/** A paid marked lease of the winter 2025–2026 on place C-7, unless told otherwise. */
export function wLease(extra: Partial<WinterLease> = {}): WinterLease {
  const line = { product: 'winter_storage_marked', title: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 15936, vatPercent: 25.5, totalCents: 20000 };
  return {
    id: W.leaseId, areaType: 'marked', areaId: W.area.id, sectionId: W.section.id, placeId: W.place.id, customerId: W.customerId, boatId: null, applicationId: null, winter: 2025, status: 'paid',
    startDate: '2025-09-15', endDate: '2026-06-10',
    invoice: { number: 'TS25-000042', status: 'paid_man', lines: [line], pretaxCents: 15936, vatCents: 4064, totalCents: 20000, dueDate: '2025-09-01', sentAt: '2025-08-20T09:00:00+03:00', paidAt: '2025-08-25T09:00:00+03:00', paidVia: 'elsewhere', invoicingType: 'online_payment', language: 'sv' },
    stickerNumber: null, stickerPostedOn: null, createdAt: '2025-08-20T09:00:00+03:00', createdBy: 'Aino', ...extra,
  };
}

export function wState(lease: WinterLease | null, extra: Partial<WinterCommandState> = {}): WinterCommandState {
  return { application: null, applicationLeases: [], lease: lease ? { record: lease, version: 3 } : null, customer: wCustomer(), area: W.area, section: W.section, place: W.place, placeLeases: lease ? [lease] : [], stickerNumbers: [], ...extra };
}

export function wCtx(today: string): CommandContext {
  return { commandId: id('a000', 9), actor: { id: 'sanna', name: 'Sanna Nieminen' }, now: `${today}T12:00:00+03:00`, recordedAt: null, today, baseVersion: null };
}
