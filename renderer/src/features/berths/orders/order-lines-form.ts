import type { ServiceLinePrice } from '../../../../../domain/berths/order-commands.ts';
import type { BerthOrder, OrderLine } from '../../../../../domain/berths/order-entity.ts';
import { fixedPriceCents, orderTotals, pricedServiceLine } from '../../../../../domain/berths/order-lines.ts';
import { ADDITIONAL_SERVICES, ADDITIONAL_VAT_PERCENTS, FIXED_SERVICES } from '../../../../../domain/berths/price-list.ts';
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

const decimalMark = (text: string, lang: Language) => (lang === 'en' ? text : text.replace('.', ','));

/** Cents as the field shows them: "12,50" in Finnish and Swedish, "12.50" in English. */
export function eurosText(cents: number, lang: Language): string {
  return decimalMark((cents / 100).toFixed(2), lang);
}

/** A non-negative number typed with at most two decimals ("12,50", "12.5 €", "10 %"), else null. */
export function parseTwoDecimals(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0€%]/g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : null;
}

/** The order's own service lines as rows: a percentage line as its percent (decision 48), any other as its amount. */
export function rowsOf(order: BerthOrder, lang: Language): LineRow[] {
  return order.lines.flatMap((l, i) => {
    if (!isService(l.product)) return [];
    const priced = l.percent === undefined ? { unit: 'amount' as const, value: eurosText(l.totalCents, lang) } : { unit: 'percentage' as const, value: decimalMark(String(l.percent), lang) };
    return [{ key: `line-${i}`, service: l.product, ...priced, vatPercent: l.vatPercent }];
  });
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
  /** What berths.editOrderLines takes, when nothing is wrong: a percentage as its percent, never turned into euros. */
  services: ServiceLinePrice[] | null;
  /** The services differ from the order's. */
  changed: boolean;
}

/** A row as the command's line (an amount in cents, or a percent), or what is wrong with its value. */
function priced(row: LineRow, fixedCents: number): { line: ServiceLinePrice } | { problem: Problem } {
  if (row.value.trim() === '') return { problem: { key: 'berthOrders.lines.problems.required' } };
  const n = parseTwoDecimals(row.value);
  if (n === null) {
    return { problem: { key: row.unit === 'amount' ? 'berthOrders.lines.problems.amountFormat' : 'berthOrders.lines.problems.percentFormat' } };
  }
  if (row.unit === 'percentage' && n === 0) return { problem: { key: 'berthOrders.lines.problems.percentZero' } };
  if (row.unit === 'percentage' && n > MAX_LINE_PERCENT) return { problem: { key: 'berthOrders.lines.problems.percentTooLarge', params: { max: MAX_LINE_PERCENT } } };
  const line: ServiceLinePrice = row.unit === 'amount' ? { service: row.service, totalCents: Math.round(n * 100), vatPercent: row.vatPercent } : { service: row.service, percent: n, vatPercent: row.vatPercent };
  if (pricedServiceLine(line, fixedCents).totalCents > MAX_LINE_CENTS) return { problem: { key: 'berthOrders.lines.problems.tooLarge', params: { max: '100 000' } } };
  return { line };
}

/** How a line is priced, to tell an edit from none: 10 % and the same euros as an amount differ. */
const pricing = (service: string, l: { totalCents?: number; percent?: number; vatPercent: number }) =>
  [service, l.percent === undefined ? `${l.totalCents} c` : `${l.percent} %`, l.vatPercent].join('|');

/**
 * The rows checked and priced by the domain's rules (order-lines.ts): each service at most once, a
 * price typed in the user's format, within the command's bounds, a percentage priced from the
 * berth line as the central will; the totals of every line that prices, so the handler sees them
 * while typing.
 */
export function checkLines(order: BerthOrder, rows: readonly LineRow[]): CheckedLines {
  const berthLines = order.lines.filter((l) => !isService(l.product));
  const fixed = fixedPriceCents(berthLines);
  const problems: CheckedLines['problems'] = {};
  const services: ServiceLinePrice[] = [];
  rows.forEach((row, i) => {
    const mine: Partial<Record<LineField, Problem>> = {};
    if (rows.findIndex((r) => r.service === row.service) < i) mine.service = { key: 'berthOrders.lines.problems.duplicate' };
    const p = priced(row, fixed);
    if ('problem' in p) mine.value = p.problem;
    else if (!mine.service) services.push(p.line);
    if (mine.service || mine.value) problems[row.key] = mine;
  });
  const lines = [...berthLines, ...services.map((s) => pricedServiceLine(s, fixed))];
  const before = order.lines.filter((l) => isService(l.product)).map((l) => pricing(l.product, l));
  const after = services.map((s) => pricing(s.service, s));
  const ok = Object.keys(problems).length === 0;
  return { problems, lines, totals: orderTotals(lines), services: ok ? services : null, changed: !ok || before.join() !== after.join() };
}
