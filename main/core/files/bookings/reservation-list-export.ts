import { ListReservationsInput, type ReservationRow } from '../../../../domain/bookings/contract.ts';
import type { Language, TableColumn } from '../table-model.ts';
import { mustRead, type XlsxExportSpec } from '../registry.ts';
import { PAYMENT_WORDS, RESERVEE_KIND_WORDS, STATE_WORDS, TYPE_WORDS } from './booking-texts.ts';

/** Read in pages this big: the list query's own paging, so the file holds exactly what the grid shows. */
const PAGE = 1000;

/** The grid's own list input; its paging (offset, limit) is dropped, the file holds every row. */
const Params = ListReservationsInput.pick({ filter: true, sort: true });

type Column = { header: Record<Language, string>; kind: TableColumn['kind']; width?: number; value: (row: ReservationRow, language: Language) => string | number | boolean | null };

const COLUMNS: Column[] = [
  { header: { fi: 'Varaus', sv: 'Bokning', en: 'Booking' }, kind: 'text', width: 14, value: (r) => r.id },
  { header: { fi: 'Nimi', sv: 'Namn', en: 'Name' }, kind: 'text', width: 24, value: (r) => r.name },
  { header: { fi: 'Alkaa', sv: 'Börjar', en: 'Begins' }, kind: 'datetime', value: (r) => r.beginsAt },
  { header: { fi: 'Päättyy', sv: 'Slutar', en: 'Ends' }, kind: 'datetime', value: (r) => r.endsAt },
  { header: { fi: 'Toimipiste', sv: 'Verksamhetsställe', en: 'Unit' }, kind: 'text', width: 22, value: (r, l) => r.unitName[l] },
  { header: { fi: 'Varausyksikkö', sv: 'Bokningsenhet', en: 'Reservation unit' }, kind: 'text', width: 22, value: (r, l) => r.reservationUnitName[l] },
  { header: { fi: 'Varaaja', sv: 'Bokare', en: 'Reservee' }, kind: 'text', width: 28, value: (r) => r.reserveeName },
  { header: { fi: 'Varaajan tyyppi', sv: 'Bokarens typ', en: 'Reservee type' }, kind: 'text', width: 14, value: (r, l) => RESERVEE_KIND_WORDS[r.reserveeKind][l] },
  { header: { fi: 'Tila', sv: 'Status', en: 'State' }, kind: 'text', width: 18, value: (r, l) => STATE_WORDS[r.state][l] },
  { header: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' }, kind: 'text', width: 18, value: (r, l) => TYPE_WORDS[r.type][l] },
  { header: { fi: 'Hinta', sv: 'Pris', en: 'Price' }, kind: 'euro', value: (r) => r.priceCents },
  { header: { fi: 'Hinta ilman alennusta', sv: 'Pris utan rabatt', en: 'Undiscounted price' }, kind: 'euro', value: (r) => r.undiscountedPriceCents },
  { header: { fi: 'Maksu', sv: 'Betalning', en: 'Payment' }, kind: 'text', width: 18, value: (r, l) => PAYMENT_WORDS[r.paymentStatus ?? 'FREE'][l] },
  { header: { fi: 'Toistuva', sv: 'Återkommande', en: 'Recurring' }, kind: 'boolean', value: (r) => r.seriesId !== null },
  { header: { fi: 'Luotu', sv: 'Skapad', en: 'Created' }, kind: 'datetime', value: (r) => r.createdAt },
  { header: { fi: 'Odottaa lähetystä', sv: 'Väntar på sändning', en: 'Waiting to send' }, kind: 'boolean', value: (r) => r.pending },
];

/** The reservation list, as filtered and sorted on screen. */
export const RESERVATION_LIST_EXPORT: XlsxExportSpec<ReturnType<typeof Params.parse>> = {
  id: 'bookings.reservations',
  permission: 'bookings.reservations.read',
  params: Params,
  fileStem: { fi: 'varaukset', sv: 'bokningar', en: 'reservations' },
  sheetName: { fi: 'Varaukset', sv: 'Bokningar', en: 'Reservations' },
  columns: (language) => COLUMNS.map((c) => ({ header: c.header[language], kind: c.kind, ...(c.width ? { width: c.width } : {}) })),
  *rows({ cache, actor, now }, params, language) {
    for (let offset = 0; ; offset += PAGE) {
      const page = mustRead(cache.handle('bookings.listReservations', { ...params, offset, limit: PAGE }, actor, now));
      for (const row of page.rows) yield COLUMNS.map((c) => c.value(row, language));
      if (page.rows.length < PAGE) return;
    }
  },
};
