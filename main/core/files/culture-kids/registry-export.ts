import type { z } from 'zod';
import { RegistryExportParams, type ChildRow, type CohortOption } from '../../../../domain/culture-kids/contract.ts';
import type { Result } from '../../../../domain/result.ts';
import { REGISTRY_EXPORT_READ } from '../../culture-kids/registry-export.ts';
import type { Language, TableColumn } from '../table-model.ts';
import { mustRead, type XlsxExportSpec } from '../registry.ts';

type Column = { header: Record<Language, string>; kind: TableColumn['kind']; width?: number; value: (row: ChildRow, year: number | null) => string | number | boolean | null };

/**
 * Names and participation only: what a list for planning or a family's request needs. Contact
 * details never go into this file, whatever the user may view on screen (a spreadsheet travels).
 */
const COLUMNS: Column[] = [
  { header: { fi: 'Sukunimi', sv: 'Efternamn', en: 'Last name' }, kind: 'text', width: 20, value: (r) => r.lastName },
  { header: { fi: 'Etunimi', sv: 'Förnamn', en: 'First name' }, kind: 'text', width: 18, value: (r) => r.firstName },
  { header: { fi: 'Syntymävuosi', sv: 'Födelseår', en: 'Birth year' }, kind: 'integer', width: 12, value: (r) => r.birthYear },
  { header: { fi: 'Ikäluokka', sv: 'Årskull', en: 'Cohort' }, kind: 'integer', width: 10, value: (_, year) => year },
  { header: { fi: 'Postinumero', sv: 'Postnummer', en: 'Postal code' }, kind: 'text', width: 12, value: (r) => r.postalCode },
  { header: { fi: 'Postitoimipaikka', sv: 'Postanstalt', en: 'Postal area' }, kind: 'text', width: 18, value: (r) => r.postalArea },
  { header: { fi: 'Huoltajat', sv: 'Vårdnadshavare', en: 'Guardians' }, kind: 'text', width: 36, value: (r) => r.guardianNames.join(', ') },
  { header: { fi: 'Ilmoittautumisia', sv: 'Anmälningar', en: 'Enrolments' }, kind: 'integer', value: (r) => r.enrolled },
  { header: { fi: 'Osallistunut', sv: 'Deltagit', en: 'Attended' }, kind: 'integer', value: (r) => r.attended },
  { header: { fi: 'Rekisteröitynyt', sv: 'Registrerad', en: 'Registered' }, kind: 'datetime', value: (r) => r.createdAt },
];

type Params = z.output<typeof RegistryExportParams>;

/**
 * The children's registry, as searched and sorted on screen, every matching row. The purpose of
 * the read is part of the params (refused without one); the core records the export as one audit
 * entry per cohort before a row is written.
 */
export const REGISTRY_EXPORT: XlsxExportSpec<Params> = {
  id: 'cultureKids.registry',
  permission: 'culture-kids.admin',
  params: RegistryExportParams,
  fileStem: { fi: 'kulttuurin-kummilapset', sv: 'kulturens-fadderbarn', en: 'culture-kids' },
  sheetName: { fi: 'Lapset', sv: 'Barn', en: 'Children' },
  columns: (language) => COLUMNS.map((c) => ({ header: c.header[language], kind: c.kind, ...(c.width ? { width: c.width } : {}) })),
  *rows({ cache, actor, now }, params) {
    const years = new Map(mustRead(cache.handle('cultureKids.listCohorts', {}, actor, now)).map((c: CohortOption) => [c.id, c.year]));
    const children = mustRead(cache.read(REGISTRY_EXPORT_READ, params, actor, now) as Result<ChildRow[]>);
    for (const row of children) yield COLUMNS.map((c) => c.value(row, years.get(row.cohortId) ?? null));
  },
};
