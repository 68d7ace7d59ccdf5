import type { z } from 'zod';
import { ASSIST_REPORT_EXPORT, AssistReportParams, type ServicePointOption } from '../../../../domain/assist/contract.ts';
import { ASSIST_PERMISSIONS, SUPPRESSION_THRESHOLD } from '../../../../domain/assist/vocabulary.ts';
import type { Result } from '../../../../domain/result.ts';
import { REPORT_TABLES_READ, ROW_KEY_SEPARATOR, type ReportTable } from '../../assist/report.ts';
import type { CellValue, Language, TableColumn, Texts } from '../table-model.ts';
import { mustRead, type XlsxExportSpec } from '../registry.ts';

type Params = z.output<typeof AssistReportParams>;

const HEADERS: { text: Texts; kind: TableColumn['kind']; width: number }[] = [
  { text: { fi: 'Taulukko', sv: 'Tabell', en: 'Table' }, kind: 'text', width: 18 },
  { text: { fi: 'Luokka', sv: 'Kategori', en: 'Category' }, kind: 'text', width: 28 },
  { text: { fi: 'Palvelupiste', sv: 'Serviceställe', en: 'Service point' }, kind: 'text', width: 26 },
  { text: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' }, kind: 'text', width: 10 },
  { text: { fi: 'Käyntejä', sv: 'Besök', en: 'Sessions' }, kind: 'integer', width: 10 },
  { text: { fi: 'Huomautus', sv: 'Anmärkning', en: 'Note' }, kind: 'text', width: 44 },
];

const DIMENSIONS: Record<ReportTable['dimension'], Texts> = {
  month: { fi: 'Kuukausi', sv: 'Månad', en: 'Month' },
  topic: { fi: 'Aihe', sv: 'Ämne', en: 'Topic' },
  channel: { fi: 'Kanava', sv: 'Kanal', en: 'Channel' },
  language: { fi: 'Asiointikieli', sv: 'Servicespråk', en: 'Service language' },
  hour: { fi: 'Tunti', sv: 'Timme', en: 'Hour' },
  outcome: { fi: 'Lopputulos', sv: 'Resultat', en: 'Outcome' },
  referral: { fi: 'Ohjaus', sv: 'Hänvisning', en: 'Referral' },
  ageBand: { fi: 'Ikäryhmä', sv: 'Åldersgrupp', en: 'Age band' },
};

const TOTAL: Texts = { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' };
const ALL: Texts = { fi: 'Kaikki', sv: 'Alla', en: 'All' };
const HIDDEN: Texts = {
  fi: `Piilotettu: alle ${SUPPRESSION_THRESHOLD}, tai siitä voisi päätellä piilotetun`,
  sv: `Dold: under ${SUPPRESSION_THRESHOLD}, eller en dold kunde räknas ut`,
  en: `Hidden: under ${SUPPRESSION_THRESHOLD}, or would reveal a hidden one`,
};

/** One line per cell of each table, then its row totals, column totals and grand total; a hidden count is empty with the note. */
function* lines(report: ReportTable, pointName: (id: string) => string, language: Language): Iterable<readonly CellValue[]> {
  const { dimension, table } = report;
  const name = DIMENSIONS[dimension][language];
  /** A dimension's rows are point|month; the month table's rows are points and its columns months. */
  const split = (row: string): [string, string] => {
    if (dimension === 'month') return [pointName(row), ''];
    const [point = '', month = ''] = row.split(ROW_KEY_SEPARATOR);
    return [pointName(point), month];
  };
  const line = (category: string, point: string, month: string, count: number | null): CellValue[] => [name, category, point, month, count, count === null ? HIDDEN[language] : null];
  for (const [r, row] of table.rows.entries()) {
    const [point, month] = split(row);
    for (const [c, column] of table.columns.entries()) yield line(column, point, dimension === 'month' ? column : month, table.cells[r]?.[c] ?? null);
    yield line(TOTAL[language], point, month, table.rowTotals[r] ?? null);
  }
  for (const [c, column] of table.columns.entries()) yield line(column, ALL[language], dimension === 'month' ? column : ALL[language], table.columnTotals[c] ?? null);
  yield line(TOTAL[language], ALL[language], ALL[language], table.total);
}

/**
 * Help sessions of the dashboard's points and period by month and by topic, channel, language,
 * hour, outcome, referral and age band, per point and month. Every count under the threshold is
 * hidden in the core (domain/assist/suppression.ts), with enough else that none can be worked out.
 * Codes are the vocabulary's (the city's categories map to them one to one). Refused to volunteers.
 */
export const ASSIST_REPORT_XLSX: XlsxExportSpec<Params> = {
  id: ASSIST_REPORT_EXPORT,
  permission: ASSIST_PERMISSIONS.reports,
  params: AssistReportParams,
  fileStem: { fi: 'digituki-raportti', sv: 'digistod-rapport', en: 'digital-help-report' },
  sheetName: { fi: 'Digituki', sv: 'Digistöd', en: 'Digital help' },
  columns: (language) => HEADERS.map((h) => ({ header: h.text[language], kind: h.kind, width: h.width })),
  *rows({ cache, actor, now }, params, language) {
    const tables = mustRead(cache.handle(REPORT_TABLES_READ, params as never, actor, now) as Result<ReportTable[]>);
    const points = new Map(mustRead(cache.handle('assist.listServicePoints', {}, actor, now)).map((p: ServicePointOption) => [p.id, p.name[language] || p.name.fi]));
    const pointName = (id: string) => points.get(id) ?? id;
    for (const report of tables) yield* lines(report, pointName, language);
  },
};
