import { z } from 'zod';
import type { Language } from '../../../../domain/languages.ts';
import { Uuid } from '../../../../domain/berths/record-primitives.ts';
import { helsinkiDate } from '../../../../domain/berths/seasons.ts';
import { offerWinter, stickerSeason } from '../../../../domain/berths/winter-seasons.ts';
import { fail, ok, type Result } from '../../../../domain/result.ts';
import { STICKER_LETTER_PRINT_READ, type StickerLetterPrintRow } from '../../berths/winter-reads.ts';
import type { PrintSection } from '../document-model.ts';
import { formatHelsinki } from '../helsinki-time.ts';
import { mustRead, type PdfDocumentSpec } from '../registry.ts';

/** null winter: the one offers are made for now; null leaseIds: every letter not yet posted. */
export const StickerLetterParams = z
  .object({
    winter: z.number().int().min(2000).max(2100).nullable().default(null),
    leaseIds: z.array(Uuid).min(1).max(5000).nullable().default(null),
  })
  .strict();

const T = {
  title: { fi: 'Talvisäilytystarrat', sv: 'Vinterförvaringsdekaler', en: 'Winter storage stickers' },
  printed: { fi: 'Tulostettu', sv: 'Utskriven', en: 'Printed' },
} as const;

const SENDER = { fi: ['Helsingin kaupunki', 'Venepaikat'], sv: ['Helsingfors stad', 'Båtplatser'], en: ['City of Helsinki', 'Berth services'] } as const;
const CONTACT = 'venepaikat@hel.fi';

/** A letter's words in the customer's language. */
const LETTER: Record<Language, {
  heading: (area: string, season: string) => string;
  number: string;
  reference: string;
  paragraphs: (area: string, season: string, sticker: number) => string[];
  columns: [string, string, string, string];
}> = {
  fi: {
    heading: (area, season) => `Talvisäilytystarra ${area} ${season}`,
    number: 'Nro',
    reference: 'Tunnus',
    paragraphs: (area, season, n) => [
      `Veneenne talvisäilytys alueella ${area} on maksettu talvikaudelle ${season}. Tämän kirjeen mukana on veneenne talvisäilytystarra numero ${n}.`,
      'Kiinnittäkää tarra veneeseen niin, että se näkyy selvästi ulospäin koko talvisäilytyskauden ajan. Tarrasta näkee, että veneen talvisäilytys on maksettu.',
      'Jos tarra katoaa tai vahingoittuu, ottakaa yhteyttä venepaikkapalveluihin, niin saatte uuden tarran.',
      `Venepaikkapalvelut, ${CONTACT}`,
    ],
    columns: ['Tarran numero', 'Veneen rekisteritunnus', 'Talvisäilytysalue', 'Talvikausi'],
  },
  sv: {
    heading: (area, season) => `Vinterförvaringsdekal ${area} ${season}`,
    number: 'Nr',
    reference: 'Beteckning',
    paragraphs: (area, season, n) => [
      `Vinterförvaringen av er båt på området ${area} är betald för vintersäsongen ${season}. Med detta brev följer båtens vinterförvaringsdekal nummer ${n}.`,
      'Fäst dekalen på båten så att den syns tydligt utåt under hela vinterförvaringssäsongen. Av dekalen framgår att båtens vinterförvaring är betald.',
      'Om dekalen försvinner eller skadas, kontakta båtplatstjänsterna så får ni en ny dekal.',
      `Båtplatstjänsterna, ${CONTACT}`,
    ],
    columns: ['Dekalnummer', 'Båtens registernummer', 'Vinterförvaringsområde', 'Vintersäsong'],
  },
  en: {
    heading: (area, season) => `Winter storage sticker ${area} ${season}`,
    number: 'No.',
    reference: 'Reference',
    paragraphs: (area, season, n) => [
      `The winter storage of your boat at ${area} is paid for the winter season ${season}. Enclosed with this letter is your boat's winter storage sticker, number ${n}.`,
      "Please fix the sticker to the boat so that it is clearly visible from outside throughout the winter storage season. The sticker shows that the boat's winter storage is paid.",
      'If the sticker is lost or damaged, contact berth services and you will get a new one.',
      `Berth services, ${CONTACT}`,
    ],
    columns: ['Sticker number', 'Boat registration', 'Winter storage area', 'Winter season'],
  },
};

const LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const seasonLabel = (winter: number) => stickerSeason(winter).replace('_', '–');

function letterOf({ letter: r, language }: StickerLetterPrintRow, now: Date): PrintSection {
  const w = LETTER[language];
  const area = r.areaName[language];
  const season = r.stickerSeason.replace('_', '–');
  const date = new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'Europe/Helsinki' }).format(now);
  return {
    letter: { address: [r.customerName, r.address, `${r.zipCode} ${r.municipality}`.trim()], aside: [...SENDER[language], date, `${w.reference} ${r.reference}`] },
    heading: w.heading(area, season),
    emphasis: `${w.number} ${r.stickerNumber}`,
    paragraphs: w.paragraphs(area, season, r.stickerNumber),
    table: {
      columns: w.columns.map((header) => ({ header, width: 1 })),
      rows: [[String(r.stickerNumber), r.boatRegistration || '–', area, season]],
    },
  };
}

/**
 * The winter's sticker letters still to post, one per page, each addressed for a window envelope
 * and written in the language the customer is invoiced in. A sticker given on this desk and not
 * yet confirmed by the central is not printed: the central's number may differ from the one
 * decided here.
 */
export const STICKER_LETTERS_PRINT: PdfDocumentSpec<z.output<typeof StickerLetterParams>> = {
  id: 'berths.stickerLetters',
  permission: 'berths.cases.write',
  params: StickerLetterParams,
  fileStem: { fi: 'talvisailytystarrat', sv: 'vinterforvaringsdekaler', en: 'winter-storage-stickers' },
  document({ cache, actor, now }, params, language) {
    const winter = params.winter ?? offerWinter(helsinkiDate(now));
    const rows = mustRead(cache.read(STICKER_LETTER_PRINT_READ, { winter }, actor, now) as Result<StickerLetterPrintRow[]>);
    const chosen = params.leaseIds ? new Set(params.leaseIds) : null;
    const waiting = chosen ? rows.filter((r) => chosen.has(r.letter.leaseId)) : rows;
    const letters = waiting.filter((r) => !r.letter.pending);
    if (letters.length === 0) {
      const unconfirmed = waiting.length - letters.length;
      return fail(
        'not_found',
        unconfirmed > 0
          ? `The ${unconfirmed} sticker letter(s) of the winter ${seasonLabel(winter)} wait for the central to confirm their numbers: sync first.`
          : `No sticker letter of the winter ${seasonLabel(winter)} waits to be posted${chosen ? ' among the ones chosen' : ''}.`,
      );
    }
    return ok({
      title: `${T.title[language]} ${seasonLabel(winter)}`,
      showTitle: false,
      generatedAt: `${T.printed[language]} ${formatHelsinki(now, language)}`,
      orientation: 'portrait',
      emptyText: '',
      // A letter is one page to the customer: no running page numbers in the handler's language on it.
      pageLabel: () => '',
      sections: letters.map((r) => letterOf(r, now)),
    });
  },
};
