import type { BerthProduct } from '../../../../../domain/berths/entities.ts';
import type { SavePriceListInput } from '../../../../../domain/berths/master-data-contract.ts';
import { addDays } from '../../../../../domain/berths/seasons.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { parseDay } from '../../../format/dates.ts';
import { parseDecimal, type Problem } from './master-data-form.ts';

/** A price list being made: its days and each band's three prices in euros, as typed. */
export interface PriceListForm {
  validFrom: string;
  validUntil: string;
  /** Band id (kept only when an upcoming list is edited) -> euros per tier as typed. */
  prices: { band: BerthProduct; euros: [string, string, string] }[];
}

const euros = (cents: number) => (cents / 100).toFixed(2);

/** A form from a list's bands: a copy of the list in force (new ids), or an upcoming list itself. */
export function priceListForm(bands: readonly BerthProduct[], validFrom: string, validUntil: string, lang: Language): PriceListForm {
  const text = (s: string) => (lang === 'en' ? s : s.replace('.', ','));
  return { validFrom, validUntil, prices: bands.map((band) => ({ band, euros: band.tierPricesCents.map((c) => text(euros(c))) as [string, string, string] })) };
}

export type PriceListProblems = { validFrom?: Problem; validUntil?: Problem; prices?: Record<string, Problem> };

/** The input to save, or what to correct. `keepIds`: an upcoming list edited keeps its bands' ids. */
export function checkPriceListForm(
  f: PriceListForm,
  today: string,
  lang: Language,
  keepIds: boolean,
): { ok: true; input: SavePriceListInput } | { ok: false; problems: PriceListProblems } {
  const problems: PriceListProblems = {};
  const from = parseDay(f.validFrom, lang);
  const until = f.validUntil.trim() === '' ? null : parseDay(f.validUntil, lang);
  const tomorrow = addDays(today, 1);
  if (!from.ok) problems.validFrom = { key: from.reason === 'empty' ? 'berthsMaster.validation.required' : 'berthsMaster.validation.date' };
  else if (from.iso < tomorrow) problems.validFrom = { key: 'berthsMaster.validation.notFuture', params: { day: tomorrow } };
  if (until && !until.ok) problems.validUntil = { key: 'berthsMaster.validation.date' };
  else if (until?.ok && from.ok && until.iso < from.iso) problems.validUntil = { key: 'berthsMaster.validation.untilBeforeFrom' };
  const prices: Record<string, Problem> = {};
  const products = f.prices.map(({ band, euros: typed }, row) => {
    const cents = typed.map((e, tier) => {
      const n = parseDecimal(e);
      if (n === null || n < 0 || n > 100_000) prices[`${row}-${tier}`] = { key: 'berthsMaster.validation.price' };
      return n === null ? 0 : Math.round(n * 100);
    }) as [number, number, number];
    const { validFrom: _f, validUntil: _u, id, ...rest } = band;
    return { ...rest, ...(keepIds ? { id } : {}), tierPricesCents: cents };
  });
  if (Object.keys(prices).length > 0) problems.prices = prices;
  if (Object.keys(problems).length > 0 || !from.ok || (until && !until.ok)) return { ok: false, problems };
  return { ok: true, input: { validFrom: from.iso, validUntil: until?.ok ? until.iso : null, products } };
}
