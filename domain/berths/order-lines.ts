import type { Localized } from '../languages.ts';
import type { Berth, Harbour, Lease } from './entities.ts';
import type { OrderStatus } from './order-machine.ts';
import type { BerthOrder, OrderLine } from './order-entity.ts';
import type { Price } from './pricing.ts';
import { pretaxCents } from './pricing.ts';
import type { ADDITIONAL_SERVICES } from './price-list.ts';
import type { ServiceLinePrice } from './order-commands.ts';

type Service = (typeof ADDITIONAL_SERVICES)[number];

/** The additional services' names as an invoice line shows them. */
export const SERVICE_TITLES: Readonly<Record<Service, Localized>> = {
  electricity: { fi: 'Sähkö', sv: 'El', en: 'Electricity' },
  water: { fi: 'Vesi', sv: 'Vatten', en: 'Water' },
  gate: { fi: 'Portti', sv: 'Grind', en: 'Gate' },
  mooring: { fi: 'Kiinnitys', sv: 'Förtöjning', en: 'Mooring' },
  waste_collection: { fi: 'Jätehuolto', sv: 'Avfallshantering', en: 'Waste collection' },
  lighting: { fi: 'Valaistus', sv: 'Belysning', en: 'Lighting' },
  summer_storage_for_docking_equipment: { fi: 'Kiinnitysvälineiden kesäsäilytys', sv: 'Sommarförvaring av förtöjningsutrustning', en: 'Summer storage for docking equipment' },
  summer_storage_for_trailers: { fi: 'Trailerin kesäsäilytys', sv: 'Sommarförvaring av trailer', en: 'Summer storage for trailers' },
  storage_on_ice: { fi: 'Jäätalvisäilytys', sv: 'Förvaring på isen', en: 'Storage on ice' },
  parking_permit: { fi: 'Pysäköintilupa', sv: 'Parkeringstillstånd', en: 'Parking permit' },
  dinghy_place: { fi: 'Jollapaikka', sv: 'Jollplats', en: 'Dinghy place' },
};

/** The berth's own line: where it is, at the price the customer's group pays. */
export function berthLine(berth: Pick<Berth, 'number'>, harbour: Pick<Harbour, 'name'>, price: Price): OrderLine {
  return {
    product: 'berth',
    title: {
      fi: `Venepaikka ${harbour.name.fi} ${berth.number}`,
      sv: `Båtplats ${harbour.name.sv} ${berth.number}`,
      en: `Berth ${harbour.name.en} ${berth.number}`,
    },
    pretaxCents: price.pretaxCents,
    vatPercent: price.vatPercent,
    totalCents: price.cents,
  };
}

/** A service line the handler priced (total incl. VAT), with the amount before VAT the invoice shows. */
export function serviceLine(service: Service, totalCents: number, vatPercent: number): OrderLine {
  return { product: service, title: SERVICE_TITLES[service], pretaxCents: pretaxCents(totalCents, vatPercent), vatPercent, totalCents };
}

/** The lease order's fixed price total, which a percentage line is a share of: its berth line(s). */
export function fixedPriceCents(lines: readonly Pick<OrderLine, 'product' | 'totalCents'>[]): number {
  return lines.reduce((sum, l) => (l.product === 'berth' ? sum + l.totalCents : sum), 0);
}

/** `percent` % of `cents`, to the cent; in hundredths of a percent so 12.35 % is counted exactly. */
export function percentOfCents(percent: number, cents: number): number {
  return Math.round((cents * Math.round(percent * 100)) / 10_000);
}

/** A service line as berths.editOrderLines prices it: an amount as it is, a percentage of the fixed price total. */
export function pricedServiceLine(s: ServiceLinePrice, fixedCents: number): OrderLine {
  if (!('percent' in s)) return serviceLine(s.service, s.totalCents, s.vatPercent);
  return { ...serviceLine(s.service, percentOfCents(s.percent, fixedCents), s.vatPercent), percent: s.percent };
}

/**
 * The lines with every percentage line priced again from the berth line as it now is (decision
 * 48); amount lines and the berth line as they are. Whatever changes the berth line's price runs
 * its lines through this, so a percentage never drifts from what it is a share of.
 */
export function withPercentLinesPriced(lines: readonly OrderLine[]): OrderLine[] {
  const fixed = fixedPriceCents(lines);
  return lines.map((l) => {
    if (l.percent === undefined) return l;
    const totalCents = percentOfCents(l.percent, fixed);
    return { ...l, totalCents, pretaxCents: pretaxCents(totalCents, l.vatPercent) };
  });
}

/** The order's totals from its lines: VAT is what the total holds above the amounts before VAT. */
export function orderTotals(lines: readonly OrderLine[]): Pick<BerthOrder, 'pretaxCents' | 'vatCents' | 'totalCents'> {
  const totalCents = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const pretax = lines.reduce((sum, l) => sum + l.pretaxCents, 0);
  return { pretaxCents: pretax, vatCents: totalCents - pretax, totalCents };
}

/**
 * A new lease's order, made with the lease (an offer, a renewal): one berth line and its totals.
 * An offered order is sent now; a non-billable customer's (paid_man) is paid now and has no due
 * date; a drafted one (a paper invoice) and one in error keep the due date for when it is sent.
 */
export function newLeaseOrder(o: {
  id: string;
  lease: Pick<Lease, 'id' | 'applicationId' | 'customerId' | 'season'>;
  status: OrderStatus;
  line: OrderLine;
  dueDate: string;
  now: string;
  invoicingType: BerthOrder['invoicingType'];
  language: BerthOrder['language'];
  problem?: BerthOrder['problem'];
}): BerthOrder {
  const paidAtOnce = o.status === 'paid_man';
  const lines = [o.line];
  return {
    id: o.id,
    leaseId: o.lease.id,
    applicationId: o.lease.applicationId,
    customerId: o.lease.customerId,
    season: o.lease.season,
    status: o.status,
    lines,
    ...orderTotals(lines),
    dueDate: paidAtOnce ? null : o.dueDate,
    sentAt: o.status === 'offered' ? o.now : null,
    paidAt: paidAtOnce ? o.now : null,
    paidVia: paidAtOnce ? 'free' : null,
    invoicingType: o.invoicingType,
    language: o.language,
    refund: null,
    ...(o.problem !== undefined ? { problem: o.problem } : {}),
  };
}
