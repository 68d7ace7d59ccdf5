import type { z } from 'zod';
import { ListBerthsInput, type HarbourBerthRow } from '../../../../domain/contract.ts';
import { fail, ok } from '../../../../domain/result.ts';
import type { PrintSection } from '../document-model.ts';
import { formatHelsinki } from '../helsinki-time.ts';
import { mustRead, type PdfDocumentSpec } from '../registry.ts';
import type { Language } from '../table-model.ts';
import { MOORING_WORDS, OCCUPANCY_WORDS, word } from './berth-texts.ts';

const T = {
  title: { fi: 'Venepaikat', sv: 'Båtplatser', en: 'Berths' },
  season: { fi: 'Kausi', sv: 'Säsong', en: 'Season' },
  printed: { fi: 'Tulostettu', sv: 'Utskriven', en: 'Printed' },
  pier: { fi: 'Laituri', sv: 'Brygga', en: 'Pier' },
  berth: { fi: 'Paikka', sv: 'Plats', en: 'Berth' },
  width: { fi: 'Leveys (m)', sv: 'Bredd (m)', en: 'Width (m)' },
  length: { fi: 'Pituus (m)', sv: 'Längd (m)', en: 'Length (m)' },
  mooring: { fi: 'Kiinnitys', sv: 'Förtöjning', en: 'Mooring' },
  occupancy: { fi: 'Tilanne', sv: 'Läge', en: 'Occupancy' },
  berths: { fi: 'paikkaa', sv: 'platser', en: 'berths' },
  page: { fi: 'sivu', sv: 'sida', en: 'page' },
  empty: { fi: 'Ei paikkoja', sv: 'Inga platser', en: 'No berths' },
} as const;

const LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A harbour's berths by pier, with how each stands this season (for roles that may see it). */
export const HARBOUR_BERTHS_PRINT: PdfDocumentSpec<z.output<typeof ListBerthsInput>> = {
  id: 'berths.harbourBerths',
  permission: 'berths.resources.read',
  params: ListBerthsInput,
  fileStem: { fi: 'venepaikat', sv: 'batplatser', en: 'berths' },
  document({ cache, actor, now }, params, language) {
    const harbour = mustRead(cache.handle('berths.listHarbours', {}, actor, now)).find((h) => h.id === params.harbourId);
    if (!harbour) return fail('not_found', 'The harbour does not exist.');
    const list = mustRead(cache.handle('berths.listBerths', params, actor, now));
    const metres = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const byPier = new Map<string, HarbourBerthRow[]>();
    for (const berth of list.berths) byPier.set(berth.pier, [...(byPier.get(berth.pier) ?? []), berth]);
    const columns = [
      { header: T.berth[language], width: 1 },
      { header: T.width[language], width: 1, align: 'right' as const },
      { header: T.length[language], width: 1, align: 'right' as const },
      { header: T.mooring[language], width: 2.2 },
      ...(list.includesOccupancy ? [{ header: T.occupancy[language], width: 1.6 }] : []),
    ];
    const sections = [...byPier].map(([pier, berths]): PrintSection => ({
      heading: `${T.pier[language]} ${pier}`,
      note: `${berths.length} ${T.berths[language]}${list.includesOccupancy ? `: ${tally(berths, language)}` : ''}`,
      table: {
        columns,
        rows: berths.map((b) => [
          b.number,
          metres.format(b.width),
          metres.format(b.length),
          word(MOORING_WORDS, b.mooringType, language),
          ...(list.includesOccupancy && b.occupancy ? [word(OCCUPANCY_WORDS, b.occupancy, language)] : []),
        ]),
      },
    }));
    return ok({
      title: `${T.title[language]}: ${harbour.name[language]}`,
      subtitle: `${T.season[language]} ${list.season}`,
      generatedAt: `${T.printed[language]} ${formatHelsinki(now, language)}`,
      orientation: 'portrait',
      emptyText: T.empty[language],
      pageLabel: (page, pages) => `${T.page[language]} ${page} / ${pages}`,
      sections,
    });
  },
};

/** "12 vapaa, 3 vuokrattu" in the order the occupancy words are listed. */
function tally(berths: readonly HarbourBerthRow[], language: Language): string {
  const counts = new Map<string, number>();
  for (const b of berths) if (b.occupancy) counts.set(b.occupancy, (counts.get(b.occupancy) ?? 0) + 1);
  return (Object.keys(OCCUPANCY_WORDS) as (keyof typeof OCCUPANCY_WORDS)[])
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${word(OCCUPANCY_WORDS, k, language).toLowerCase()}`)
    .join(', ');
}
