import type { z } from 'zod';
import { AttendeesInput } from '../../../../domain/culture-kids/contract.ts';
import { ok } from '../../../../domain/result.ts';
import { formatHelsinki } from '../helsinki-time.ts';
import { mustRead, type PdfDocumentSpec } from '../registry.ts';
import { ENROLMENT_STATUS_WORDS } from './culture-kids-texts.ts';

const T = {
  title: { fi: 'Osallistujalista', sv: 'Deltagarlista', en: 'Attendee list' },
  printed: { fi: 'Tulostettu', sv: 'Utskriven', en: 'Printed' },
  present: { fi: 'Paikalla', sv: 'Närvaro', en: 'Present' },
  child: { fi: 'Lapsi', sv: 'Barn', en: 'Child' },
  guardians: { fi: 'Huoltajat', sv: 'Vårdnadshavare', en: 'Guardians' },
  status: { fi: 'Tila', sv: 'Status', en: 'Status' },
  children: { fi: 'lasta', sv: 'barn', en: 'children' },
  child1: { fi: 'lapsi', sv: 'barn', en: 'child' },
  page: { fi: 'sivu', sv: 'sida', en: 'page' },
  empty: { fi: 'Ei ilmoittautuneita', sv: 'Inga anmälda', en: 'No enrolments' },
} as const;

/**
 * An occurrence's children for the door: each seat holder by name with their guardians and an
 * empty box to tick. Read through the attendee query, which records the read (check-in list) with
 * the purpose given; cancelled enrolments hold no seat and are left out.
 */
export const ATTENDEE_LIST_PRINT: PdfDocumentSpec<z.output<typeof AttendeesInput>> = {
  id: 'cultureKids.attendees',
  permission: 'culture-kids.admin',
  params: AttendeesInput,
  fileStem: { fi: 'osallistujat', sv: 'deltagare', en: 'attendees' },
  document: (source, params, language) => {
    const list = mustRead(source.cache.handle('cultureKids.attendees', params, source.actor, source.now));
    const seated = list.rows.filter((r) => r.status !== 'cancelled');
    return ok({
      title: `${T.title[language]}: ${list.eventName[language]}`,
      subtitle: `${formatHelsinki(new Date(list.occurrence.startsAt), language)}, ${list.venueName[language]}`,
      generatedAt: `${T.printed[language]} ${formatHelsinki(source.now, language)}`,
      orientation: 'portrait',
      emptyText: T.empty[language],
      pageLabel: (page, pages) => `${T.page[language]} ${page} / ${pages}`,
      sections: [
        {
          heading: list.venueName[language],
          note: `${seated.length} ${(seated.length === 1 ? T.child1 : T.children)[language]}`,
          table: {
            columns: [
              { header: T.present[language], width: 0.9 },
              { header: T.child[language], width: 2.4 },
              { header: T.guardians[language], width: 3.2 },
              { header: T.status[language], width: 1.4 },
            ],
            // An attended child is ticked already (scanned at the door before the list was printed).
            rows: seated.map((r) => [r.status === 'attended' ? '[ x ]' : '[   ]', `${r.lastName} ${r.firstName}`, r.guardianNames.join(', '), ENROLMENT_STATUS_WORDS[r.status][language]]),
          },
        },
      ],
    });
  },
};
