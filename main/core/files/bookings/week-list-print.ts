import { z } from 'zod';
import { Id, IsoDate } from '../../../../domain/bookings/entities.ts';
import { addDays, isoWeekday } from '../../../../domain/wall-clock.ts';
import type { PdfDocumentSpec } from '../registry.ts';
import { bookingListDocument } from './booking-list-print.ts';
import { dayWithWeekday } from './booking-texts.ts';

/** `weekOf`: any date of the week (Monday to Sunday). */
const WeekListInput = z.object({ unitId: Id, weekOf: IsoDate }).strict();

const WEEK: Record<'fi' | 'sv' | 'en', string> = { fi: 'Viikko', sv: 'Vecka', en: 'Week' };

/** The ISO week number of a Monday: the week holding its Thursday. */
function isoWeekNumber(monday: string): number {
  const thursday = new Date(`${addDays(monday, 3)}T00:00:00Z`);
  const firstJan = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - firstJan) / 86_400_000 / 7) + 1;
}

/** A unit's bookings of one week, per reservation unit, each row with its day. */
export const WEEK_LIST_PRINT: PdfDocumentSpec<z.output<typeof WeekListInput>> = {
  id: 'bookings.weekList',
  permission: 'bookings.reservations.read',
  params: WeekListInput,
  fileStem: { fi: 'viikon-varaukset', sv: 'veckans-bokningar', en: 'week-bookings' },
  document(source, { unitId, weekOf }, language) {
    const monday = addDays(weekOf, 1 - isoWeekday(weekOf));
    const sunday = addDays(monday, 6);
    return bookingListDocument(
      source,
      {
        unitId,
        from: monday,
        to: sunday,
        title: { fi: 'Viikon varaukset', sv: 'Veckans bokningar', en: 'Bookings of the week' },
        subtitle: `${WEEK[language]} ${isoWeekNumber(monday)}: ${dayWithWeekday(monday, language)} – ${dayWithWeekday(sunday, language)}`,
        withDay: true,
        orientation: 'landscape',
      },
      language,
    );
  },
};
