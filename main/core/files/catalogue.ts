import { APPLICATION_LIST_EXPORT } from './berths/application-list-export.ts';
import { HARBOUR_BERTHS_PRINT } from './berths/harbour-berths-print.ts';
import { registry, type PdfDocumentSpec, type XlsxExportSpec } from './registry.ts';

/** Every named export and printout; a workspace adds its own here. */
export const XLSX_EXPORTS = registry<XlsxExportSpec<never>>([APPLICATION_LIST_EXPORT as XlsxExportSpec<never>]);
export const PDF_DOCUMENTS = registry<PdfDocumentSpec<never>>([HARBOUR_BERTHS_PRINT as PdfDocumentSpec<never>]);
