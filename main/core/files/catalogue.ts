import { APPLICATION_LIST_EXPORT } from './berths/application-list-export.ts';
import { HARBOUR_BERTHS_PRINT } from './berths/harbour-berths-print.ts';
import { STICKER_LETTERS_PRINT } from './berths/sticker-letters-print.ts';
import { RESERVATION_LIST_EXPORT } from './bookings/reservation-list-export.ts';
import { DAY_LIST_PRINT } from './bookings/day-list-print.ts';
import { WEEK_LIST_PRINT } from './bookings/week-list-print.ts';
import { REGISTRY_EXPORT } from './culture-kids/registry-export.ts';
import { ATTENDEE_LIST_PRINT } from './culture-kids/attendee-list-print.ts';
import { ASSIST_REPORT_XLSX } from './assist/report-export.ts';
import { registry, type PdfDocumentSpec, type XlsxExportSpec } from './registry.ts';

/** Every named export and printout; a workspace adds its own here. */
export const XLSX_EXPORTS = registry<XlsxExportSpec<never>>([APPLICATION_LIST_EXPORT as XlsxExportSpec<never>, RESERVATION_LIST_EXPORT as XlsxExportSpec<never>, REGISTRY_EXPORT as XlsxExportSpec<never>, ASSIST_REPORT_XLSX as XlsxExportSpec<never>]);
export const PDF_DOCUMENTS = registry<PdfDocumentSpec<never>>([
  HARBOUR_BERTHS_PRINT as PdfDocumentSpec<never>,
  STICKER_LETTERS_PRINT as PdfDocumentSpec<never>,
  DAY_LIST_PRINT as PdfDocumentSpec<never>,
  WEEK_LIST_PRINT as PdfDocumentSpec<never>,
  ATTENDEE_LIST_PRINT as PdfDocumentSpec<never>,
]);
