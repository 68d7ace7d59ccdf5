import { ListApplicationsInput, type ApplicationRow } from '../../../../domain/contract.ts';
import type { Language, TableColumn } from '../table-model.ts';
import { mustRead, type XlsxExportSpec } from '../registry.ts';
import { KIND_WORDS, PRIORITY_WORDS, STATUS_WORDS, word } from './berth-texts.ts';

/** Read in pages this big: the list query's own paging, so the file holds exactly what the grid shows. */
const PAGE = 1000;

/** The grid's own list input; its paging (offset, limit) is dropped, the file holds every row. */
const Params = ListApplicationsInput.pick({ filter: true, sort: true });

const COLUMNS: { header: Record<Language, string>; kind: TableColumn['kind']; width?: number; value: (row: ApplicationRow, language: Language) => string | number | boolean | null }[] = [
  { header: { fi: 'Jono', sv: 'Kö', en: 'Queue' }, kind: 'integer', width: 8, value: (r) => r.queuePosition },
  { header: { fi: 'Tunnus', sv: 'Beteckning', en: 'Reference' }, kind: 'text', width: 14, value: (r) => r.reference },
  { header: { fi: 'Tyyppi', sv: 'Typ', en: 'Type' }, kind: 'text', width: 14, value: (r, l) => word(KIND_WORDS, r.kind, l) },
  { header: { fi: 'Tila', sv: 'Status', en: 'Status' }, kind: 'text', width: 18, value: (r, l) => word(STATUS_WORDS, r.status, l) },
  { header: { fi: 'Etusija', sv: 'Förtur', en: 'Priority' }, kind: 'text', width: 10, value: (r, l) => word(PRIORITY_WORDS, String(r.priority) as '0' | '1' | '2', l) },
  { header: { fi: 'Vastaanotettu', sv: 'Mottagen', en: 'Received' }, kind: 'datetime', value: (r) => r.receivedAt },
  { header: { fi: 'Hakija', sv: 'Sökande', en: 'Applicant' }, kind: 'text', value: (r) => r.applicantName },
  { header: { fi: 'Yritys', sv: 'Företag', en: 'Company' }, kind: 'text', value: (r) => r.companyName },
  { header: { fi: 'Kotikunta', sv: 'Hemkommun', en: 'Municipality' }, kind: 'text', width: 14, value: (r) => r.municipality },
  { header: { fi: 'Rekisterinumero', sv: 'Registernummer', en: 'Registration' }, kind: 'text', width: 14, value: (r) => r.boatRegistration },
  { header: { fi: 'Vene', sv: 'Båt', en: 'Boat' }, kind: 'text', width: 18, value: (r) => r.boatName },
  { header: { fi: 'Leveys (m)', sv: 'Bredd (m)', en: 'Width (m)' }, kind: 'decimal', value: (r) => r.boatWidth },
  { header: { fi: 'Pituus (m)', sv: 'Längd (m)', en: 'Length (m)' }, kind: 'decimal', value: (r) => r.boatLength },
  { header: { fi: 'Ensisijainen satama', sv: 'Första hamn', en: 'First choice' }, kind: 'text', value: (r, l) => r.firstChoice?.[l] ?? null },
  { header: { fi: 'Satamatoiveita', sv: 'Hamnönskemål', en: 'Harbour choices' }, kind: 'integer', value: (r) => r.choiceCount },
  { header: { fi: 'Odottaa lähetystä', sv: 'Väntar på sändning', en: 'Waiting to send' }, kind: 'boolean', value: (r) => r.pending },
  { header: { fi: 'Kausi', sv: 'Säsong', en: 'Season' }, kind: 'integer', width: 8, value: (r) => r.season },
  { header: { fi: 'Eräpäivä', sv: 'Förfallodag', en: 'Due date' }, kind: 'date', value: (r) => r.offerDueDate },
  { header: { fi: 'Myöhässä', sv: 'Försenat', en: 'Overdue' }, kind: 'boolean', value: (r) => r.overdue },
];

/** The berth applications list, as filtered and sorted on screen. */
export const APPLICATION_LIST_EXPORT: XlsxExportSpec<ReturnType<typeof Params.parse>> = {
  id: 'berths.applications',
  permission: 'berths.cases.read',
  params: Params,
  fileStem: { fi: 'venepaikkahakemukset', sv: 'batplatsansokningar', en: 'berth-applications' },
  sheetName: { fi: 'Hakemukset', sv: 'Ansökningar', en: 'Applications' },
  columns: (language) => COLUMNS.map((c) => ({ header: c.header[language], kind: c.kind, ...(c.width ? { width: c.width } : {}) })),
  *rows({ cache, actor, now }, params, language) {
    for (let offset = 0; ; offset += PAGE) {
      const page = mustRead(cache.handle('berths.listApplications', { ...params, offset, limit: PAGE }, actor, now));
      for (const row of page.rows) yield COLUMNS.map((c) => c.value(row, language));
      if (page.rows.length < PAGE) return;
    }
  },
};
