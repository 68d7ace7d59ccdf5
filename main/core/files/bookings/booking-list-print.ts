import type { ReservationRow } from '../../../../domain/bookings/contract.ts';
import { BLOCKING_STATES } from '../../../../domain/bookings/vocabulary.ts';
import { fail, ok, type Result } from '../../../../domain/result.ts';
import { helsinkiDateOf } from '../../../../domain/wall-clock.ts';
import type { PrintDocument, PrintSection } from '../document-model.ts';
import { formatHelsinki } from '../helsinki-time.ts';
import { mustRead, type FileSource } from '../registry.ts';
import type { Language, Texts } from '../table-model.ts';
import { clockTime, dayWithWeekday, STATE_WORDS, TYPE_WORDS } from './booking-texts.ts';

const T = {
  printed: { fi: 'Tulostettu', sv: 'Utskriven', en: 'Printed' },
  day: { fi: 'Päivä', sv: 'Dag', en: 'Day' },
  time: { fi: 'Aika', sv: 'Tid', en: 'Time' },
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  reservee: { fi: 'Varaaja', sv: 'Bokare', en: 'Reservee' },
  state: { fi: 'Tila', sv: 'Status', en: 'State' },
  type: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' },
  booking: { fi: 'varaus', sv: 'bokning', en: 'booking' },
  bookings: { fi: 'varausta', sv: 'bokningar', en: 'bookings' },
  page: { fi: 'sivu', sv: 'sida', en: 'page' },
  empty: { fi: 'Ei varauksia', sv: 'Inga bokningar', en: 'No bookings' },
} as const;

/** Read in pages this big (the list query's own limit). */
const PAGE = 1000;

export interface BookingListRequest {
  unitId: string;
  /** Helsinki dates, both included. */
  from: string;
  to: string;
  title: Texts;
  subtitle: string;
  /** A week's list says the day on each row. */
  withDay: boolean;
  orientation: PrintDocument['orientation'];
}

/** The bookings that hold time in the unit between the dates, read through the list query (rights apply). */
function bookingsOf(source: FileSource, r: BookingListRequest): ReservationRow[] {
  const rows: ReservationRow[] = [];
  const filter = { unitIds: [r.unitId], from: r.from, to: r.to, states: [...BLOCKING_STATES] };
  for (let offset = 0; ; offset += PAGE) {
    const page = mustRead(source.cache.handle('bookings.listReservations', { filter, sort: { column: 'beginsAt', direction: 'asc' }, offset, limit: PAGE }, source.actor, source.now));
    rows.push(...page.rows);
    if (page.rows.length < PAGE) return rows;
  }
}

function timeSpan(row: ReservationRow, language: Language): string {
  const endDay = helsinkiDateOf(Date.parse(row.endsAt));
  const sameDay = endDay === helsinkiDateOf(Date.parse(row.beginsAt));
  return `${clockTime(row.beginsAt, language)}–${sameDay ? '' : `${dayWithWeekday(endDay, language)} `}${clockTime(row.endsAt, language)}`;
}

/** A unit's bookings per reservation unit: each with its time, name, reservee, state and type. */
export function bookingListDocument(source: FileSource, r: BookingListRequest, language: Language): Result<PrintDocument> {
  const unit = mustRead(source.cache.handle('bookings.listUnits', {}, source.actor, source.now)).find((u) => u.id === r.unitId);
  if (!unit) return fail('not_found', `The unit ${r.unitId} does not exist or your roles do not cover it.`);
  const bookings = bookingsOf(source, r);
  const columns = [
    ...(r.withDay ? [{ header: T.day[language], width: 1.3 }] : []),
    { header: T.time[language], width: 1.3 },
    { header: T.name[language], width: 2.2 },
    { header: T.reservee[language], width: 2.4 },
    { header: T.state[language], width: 1.5 },
    { header: T.type[language], width: 1.5 },
  ];
  const sections = unit.reservationUnits.map((ru): PrintSection => {
    const own = bookings.filter((b) => b.reservationUnitId === ru.id);
    return {
      heading: ru.name[language],
      note: `${own.length} ${(own.length === 1 ? T.booking : T.bookings)[language]}`,
      table: {
        columns,
        rows: own.map((b) => [
          ...(r.withDay ? [dayWithWeekday(helsinkiDateOf(Date.parse(b.beginsAt)), language)] : []),
          timeSpan(b, language),
          b.name,
          b.reserveeName,
          STATE_WORDS[b.state][language],
          TYPE_WORDS[b.type][language],
        ]),
      },
    };
  });
  return ok({
    title: `${r.title[language]}: ${unit.name[language]}`,
    subtitle: r.subtitle,
    generatedAt: `${T.printed[language]} ${formatHelsinki(source.now, language)}`,
    orientation: r.orientation,
    emptyText: T.empty[language],
    pageLabel: (page, pages) => `${T.page[language]} ${page} / ${pages}`,
    sections,
  });
}
