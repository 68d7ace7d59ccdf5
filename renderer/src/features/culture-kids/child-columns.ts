import type { ColDef } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { ChildRow } from '../../../../domain/culture-kids/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { formatInstantDate } from '../../format/format.ts';
import { WRAPPED_CELL } from '../../grid-views/grid-theme.ts';

/** The registry grid's columns: names and numbers only, never contact details. */
export function childColumns(t: TFunction, lang: Language): ColDef<ChildRow>[] {
  return [
    { colId: 'lastName', field: 'lastName', headerName: t('cultureKids.registry.columns.lastName'), sortable: true, width: 160, valueFormatter: (p) => (p.data?.erased ? t('cultureKids.child.erased') : (p.value ?? '')) },
    { colId: 'firstName', field: 'firstName', headerName: t('cultureKids.registry.columns.firstName'), sortable: true, width: 150 },
    { colId: 'birthYear', field: 'birthYear', headerName: t('cultureKids.registry.columns.birthYear'), sortable: true, width: 150 },
    { colId: 'postalCode', field: 'postalCode', headerName: t('cultureKids.registry.columns.postalCode'), sortable: true, width: 130 },
    { ...WRAPPED_CELL, colId: 'postalArea', field: 'postalArea', headerName: t('cultureKids.registry.columns.postalArea'), width: 220 },
    { ...WRAPPED_CELL, colId: 'guardianNames', headerName: t('cultureKids.registry.columns.guardian'), width: 240, valueGetter: (p) => p.data?.guardianNames.join(', ') ?? '' },
    {
      colId: 'enrolments',
      headerName: t('cultureKids.registry.columns.enrolments'),
      width: 160,
      valueGetter: (p) => (p.data ? t('cultureKids.registry.enrolmentSummary', { enrolled: p.data.enrolled + p.data.attended + p.data.noShow, attended: p.data.attended }) : ''),
    },
    { colId: 'createdAt', field: 'createdAt', headerName: t('cultureKids.registry.columns.registeredAt'), sortable: true, width: 150, valueFormatter: (p) => formatInstantDate(p.value, lang) },
  ];
}
