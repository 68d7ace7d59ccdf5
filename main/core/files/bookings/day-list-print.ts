import type { z } from 'zod';
import { DayCalendarInput } from '../../../../domain/bookings/contract.ts';
import type { PdfDocumentSpec } from '../registry.ts';
import { bookingListDocument } from './booking-list-print.ts';
import { dayWithWeekday } from './booking-texts.ts';

/** A unit's bookings of one day, per reservation unit: the front desk's list. */
export const DAY_LIST_PRINT: PdfDocumentSpec<z.output<typeof DayCalendarInput>> = {
  id: 'bookings.dayList',
  permission: 'bookings.reservations.read',
  params: DayCalendarInput,
  fileStem: { fi: 'paivan-varaukset', sv: 'dagens-bokningar', en: 'day-bookings' },
  document: (source, { unitId, date }, language) =>
    bookingListDocument(
      source,
      {
        unitId,
        from: date,
        to: date,
        title: { fi: 'Päivän varaukset', sv: 'Dagens bokningar', en: 'Bookings of the day' },
        subtitle: dayWithWeekday(date, language),
        withDay: false,
        orientation: 'portrait',
      },
      language,
    ),
};
