import type { Lease } from '../../../../../domain/berths/entities.ts';
import type { BerthOrder, OrderLine } from '../../../../../domain/berths/order-entity.ts';
import { orderTotals, serviceLine } from '../../../../../domain/berths/order-lines.ts';
import { ADDITIONAL_SERVICES, ADDITIONAL_VAT_PERCENTS, FIXED_SERVICES } from '../../../../../domain/berths/price-list.ts';
import { additionalProductPrice } from '../../../../../domain/berths/pricing.ts';
import type { Language } from '../../../../../domain/languages.ts';
import type { Problem } from '../harbours/master-data-form.ts';

export type Service = (typeof ADDITIONAL_SERVICES)[number];
/** How the handler prices a service (price-list.ts): euros incl. VAT, or a percentage of the berth's price. */
export type LineUnit = 'amount' | 'percentage';
export type LineField = 'service' | 'value';

/** One additional service line as the handler edits it. */
export interface LineRow {
  key: string;
  service: Service;
  unit: LineUnit;
  /** As typed: euros ("12,50") or percent ("10"). */
  value: string;
  vatPercent: number;
}

/** EditOrderLinesPayload's bound: 100,000 € incl. VAT per line. */
export const MAX_LINE_CENTS = 10_000_000;
/** A percentage above the berth's whole price is a slip. */
export const MAX_LINE_PERCENT = 100;
/** The general rate, which the fixed harbour services always carry (brief 4.5). */
export const DEFAULT_VAT = ADDITIONAL_VAT_PERCENTS[0];

const isService = (p: string): p is Service => (ADDITIONAL_SERVICES as readonly string[]).includes(p);
export const isFixedService = (s: Service) => FIXED_SERVICES.includes(s);

/** Cents as the field shows them: "12,50" in Finnish and Swedish, "12.50" in English. */
export function eurosText(cents: number, lang: Language): string {
  const text = (cents / 100).toFixed(2);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** A non-negative number typed with at most two decimals ("12,50", "12.5 €", "10 %"), else null. */
export function parseTwoDecimals(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€%]/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : null;
}

/** The order's own service lines as rows: each as the amount it is (a percentage was turned into one when saved). */
export function rowsOf(order: BerthOrder, lang: Language): LineRow[] {
  return order.lines.flatMap((l, i) => (isService(l.product) ? [{ key: `line-${i}`, service: l.product, unit: 'amount' as const, value: eurosText(l.totalCents, lang), vatPercent: l.vatPercent }] : []));
}

/** A new row: the first service not on the invoice yet, at the general VAT; null when every one is. */
export function newRow(rows: readonly LineRow[], key: string): LineRow | null {
  const service = ADDITIONAL_SERVICES.find((s) => !rows.some((r) => r.service === s));
  return service ? { key, service, unit: 'amount', value: '', vatPercent: DEFAULT_VAT } : null;
}

/** A row with another service: a fixed harbour service takes the general VAT. */
export function withService(row: LineRow, service: Service): LineRow {
  return { ...row, service, vatPercent: isFixedService(service) ? DEFAULT_VAT : row.vatPercent };
}

export interface CheckedLines {
  /** By row key: what is wrong with its fields. */
  problems: Record<string, Partial<Record<LineField, Problem>>>;
  /** The berth line(s) and every row that prices, as the invoice will show them. */
  lines: OrderLine[];
  totals: Pick<BerthOrder, 'pretaxCents' | 'vatCents' | 'totalCents'>;
  /** What berths.editOrderLines takes, when nothing is wrong. */
  services: { service: Service; totalCents: number; vatPercent: number }[] | null;
  /** The services differ from the order's. */
  changed: boolean;
}

function priced(row: LineRow, lease: Pick<Lease, 'startDate' | 'endDate'>, berthCents: number): { cents: number } | { problem: Problem } {
  if (row.value.trim() === '') return { problem: { key: 'berthOrders.lines.problems.required' } };
  const n = parseTwoDecimals(row.value);
  if (n === null) {
    return { problem: { key: row.unit === 'amount' ? 'berthOrders.lines.problems.amountFormat' : 'berthOrders.lines.problems.percentFormat' } };
  }
  if (row.unit === 'percentage' && n > MAX_LINE_PERCENT) return { problem: { key: 'berthOrders.lines.problems.percentTooLarge', params: { max: MAX_LINE_PERCENT } } };
  // The domain's own pricing: an amount as it is, a percentage of the berth's price, rounded to cents.
  const value = row.unit === 'amount' ? Math.round(n * 100) : n;
  const price = additionalProductPrice({ id: row.key, service: row.service, period: 'season', unit: row.unit, value, vatPercent: row.vatPercent }, lease, berthCents);
  if (price.cents > MAX_LINE_CENTS) return { problem: { key: 'berthOrders.lines.problems.tooLarge', params: { max: '100 000' } } };
  return { cents: price.cents };
}

/**
 * The rows checked and priced by the domain's rules (pricing.ts, order-lines.ts): each service at
 * most once, a price typed in the user's format, within the command's bounds; the totals of every
 * line that prices, so the handler sees them while typing.
 */
export function checkLines(order: BerthOrder, lease: Pick<Lease, 'startDate' | 'endDate'>, rows: readonly LineRow[]): CheckedLines {
  const berthLines = order.lines.filter((l) => !isService(l.product));
  const berthCents = berthLines.reduce((sum, l) => sum + l.totalCents, 0);
  const problems: CheckedLines['problems'] = {};
  const services: NonNullable<CheckedLines['services']> = [];
  rows.forEach((row, i) => {
    const mine: Partial<Record<LineField, Problem>> = {};
    if (rows.findIndex((r) => r.service === row.service) < i) mine.service = { key: 'berthOrders.lines.problems.duplicate' };
    const p = priced(row, lease, berthCents);
    if ('problem' in p) mine.value = p.problem;
    else if (!mine.service) services.push({ service: row.service, totalCents: p.cents, vatPercent: row.vatPercent });
    if (mine.service || mine.value) problems[row.key] = mine;
  });
  const lines = [...berthLines, ...services.map((s) => serviceLine(s.service, s.totalCents, s.vatPercent))];
  const before = order.lines.filter((l) => isService(l.product)).map((l) => [l.product, l.totalCents, l.vatPercent].join('|'));
  const after = services.map((s) => [s.service, s.totalCents, s.vatPercent].join('|'));
  const ok = Object.keys(problems).length === 0;
  return { problems, lines, totals: orderTotals(lines), services: ok ? services : null, changed: !ok || before.join() !== after.join() };
}
