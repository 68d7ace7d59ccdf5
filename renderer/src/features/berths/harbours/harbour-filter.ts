import type { HarbourBerthRow, HarbourOverviewRow } from '../../../../../domain/contract.ts';

export interface HarbourFilter {
  region: '' | 'east' | 'west';
  text: string;
}

export const NO_HARBOUR_FILTER: HarbourFilter = { region: '', text: '' };

/** Lower case without diacritics, so "sarkiniemi" finds Särkiniemi and "osterbotten" Österbotten. */
function fold(text: string): string {
  return text.toLocaleLowerCase('fi').normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim();
}

export function hasHarbourFilter(filter: HarbourFilter): boolean {
  return filter.region !== '' || filter.text.trim() !== '';
}

/**
 * The harbours a filter lets through, in their given order. The name matches in any of the three
 * languages: staff often know a harbour by its Finnish name while the UI speaks Swedish.
 */
export function filterHarbours(rows: readonly HarbourOverviewRow[], filter: HarbourFilter): HarbourOverviewRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((h) => {
    if (filter.region && h.region !== filter.region) return false;
    if (words.length === 0) return true;
    const names = fold(`${h.name.fi} ${h.name.sv} ${h.name.en}`);
    return words.every((w) => names.includes(w));
  });
}

export interface PierGroup {
  pierId: string;
  pier: string;
  berths: HarbourBerthRow[];
}

/** Berths (already in pier and number order) grouped by pier, piers in their first appearance. */
export function groupByPier(berths: readonly HarbourBerthRow[]): PierGroup[] {
  const groups = new Map<string, PierGroup>();
  for (const b of berths) {
    let g = groups.get(b.pierId);
    if (!g) {
      g = { pierId: b.pierId, pier: b.pier, berths: [] };
      groups.set(b.pierId, g);
    }
    g.berths.push(b);
  }
  return [...groups.values()];
}
