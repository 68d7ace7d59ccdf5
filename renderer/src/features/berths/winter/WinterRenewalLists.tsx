import type { RenewalCandidate, RenewalFailure } from '../../../../../domain/berths/renewal-contract.ts';
import type { WinterRenewalCandidate, WinterRenewalFailure } from '../../../../../domain/berths/winter-contract.ts';
import { localized } from '../../../format/format.ts';
import type { asLanguage } from '../../../format/locale.ts';

type Lang = ReturnType<typeof asLanguage>;

/**
 * The winter renewal in the berth renewal's shapes, so its preview and failure list are the berth
 * renewal's own components (renewal/): the place, "Rajasaari C-7", stands where a berth's name
 * does, and a failed invoice is named by its lease (a winter lease carries its invoice).
 */
const asBerth = (placeLabel: WinterRenewalCandidate['placeLabel'], lang: Lang) => ({ harbourId: '', harbourName: { fi: localized(placeLabel, lang), sv: localized(placeLabel, lang), en: localized(placeLabel, lang) }, pier: null, number: '' });

export function asRenewalCandidate(c: WinterRenewalCandidate, lang: Lang): RenewalCandidate {
  return { previousLeaseId: c.previousLeaseId, customerId: c.customerId, customerName: c.customerName, berth: asBerth(c.placeLabel, lang), invoicing: c.invoicing, problem: c.problem, contact: c.contact, priceCents: c.priceCents };
}

export function asRenewalFailure(f: WinterRenewalFailure, lang: Lang): RenewalFailure {
  return {
    orderId: f.leaseId,
    leaseId: f.leaseId,
    customerId: f.customerId,
    customerVersion: f.customerVersion,
    customerName: f.customerName,
    customer: f.customer,
    berth: asBerth(f.placeLabel, lang),
    problem: f.problem,
    contactFixed: f.contactFixed,
  };
}
