import { z } from 'zod';
import { Localized } from '../languages.ts';

/** A line's price as the history keeps it: the total incl. VAT and the rate, and the percent a percentage line is (decision 48). */
const LinePrice = z.object({ totalCents: z.number().int().nonnegative(), vatPercent: z.number().nonnegative(), percent: z.number().positive().optional() });

/**
 * One additional service line an invoice-line edit added, removed or repriced, with its title as
 * the invoice printed it, so the history tells which line changed and how, not only that lines did.
 */
export const OrderLineChange = z.object({
  product: z.string().min(1).max(60),
  title: Localized,
  /** null: the line was added. */
  before: LinePrice.nullable(),
  /** null: the line was removed. */
  after: LinePrice.nullable(),
});
export type OrderLineChange = z.infer<typeof OrderLineChange>;

/** An order line as far as a change is read from it (order-entity.ts's OrderLine, which holds this schema in its log). */
interface PricedLine {
  product: string;
  title: Localized;
  totalCents: number;
  vatPercent: number;
  percent?: number;
}

const price = (l: PricedLine) => ({ totalCents: l.totalCents, vatPercent: l.vatPercent, ...(l.percent !== undefined ? { percent: l.percent } : {}) });

/**
 * The service lines that differ between two versions of an order, in the new order's line order,
 * removed ones last. A line edit never touches the berth line; a resend that prices it again
 * (`withBerth`) names it too, so the history tells the berth's new price (brief 4.5).
 */
export function orderLineChanges(before: readonly PricedLine[], after: readonly PricedLine[], { withBerth = false } = {}): OrderLineChange[] {
  const compared = (lines: readonly PricedLine[]) => new Map(lines.filter((l) => withBerth || l.product !== 'berth').map((l) => [l.product, l]));
  const was = compared(before);
  const now = compared(after);
  const out: OrderLineChange[] = [];
  for (const [product, line] of now) {
    const old = was.get(product);
    // Turning 29 € into 10 % of a 290 € berth is a change too: the line now follows the berth.
    if (old && old.totalCents === line.totalCents && old.vatPercent === line.vatPercent && old.percent === line.percent) continue;
    out.push({ product, title: line.title, before: old ? price(old) : null, after: price(line) });
  }
  for (const [product, line] of was) if (!now.has(product)) out.push({ product, title: line.title, before: price(line), after: null });
  return out;
}
