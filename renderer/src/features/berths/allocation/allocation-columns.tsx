import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Language, Localized } from '../../../../../domain/languages.ts';
import { formatInteger, localized } from '../../../format/format.ts';
import { formatSize } from '../harbours/harbour-columns.tsx';
import type { ReviewRow } from './adjusted-rows.ts';
import { WRAPPED_CELL } from '../../../grid-views/grid-theme.ts';

type Col = ColDef<ReviewRow>;

/** The row's flags as words, so they read the same to a screen reader as on screen. */
function FlagCell(p: ICellRendererParams<ReviewRow>) {
  const t = (p.context as { t: TFunction }).t;
  const r = p.data;
  if (!r) return null;
  const flags: { key: string; cls: string }[] = [];
  if (r.shorter) flags.push({ key: 'allocation.flag.shorter', cls: 'alloc-flag--warn' });
  if (r.adjusted === 'changed') flags.push({ key: 'allocation.flag.changed', cls: 'alloc-flag--info' });
  if (r.adjusted === 'dropped') flags.push({ key: 'allocation.flag.dropped', cls: 'alloc-flag--muted' });
  if (r.accessibilityRequired) flags.push({ key: 'allocation.flag.accessible', cls: 'alloc-flag--info' });
  if (r.kind === 'switch') flags.push({ key: 'allocation.flag.switch', cls: 'alloc-flag--muted' });
  return (
    <span className="alloc-flags">
      {flags.map((f) => (
        <span key={f.key} className={`alloc-flag ${f.cls}`}>
          {t(f.key)}
        </span>
      ))}
    </span>
  );
}

export function allocationColumns(t: TFunction, lang: Language, harbourName: (id: string) => Localized | null): Col[] {
  return [
    {
      colId: 'queue',
      headerName: t('allocation.col.queue'),
      width: 96,
      pinned: 'left',
      type: 'numericColumn',
      valueGetter: (p) => p.data?.queuePosition ?? null,
      valueFormatter: (p) => formatInteger(p.value as number | null, lang),
    },
    {
      colId: 'applicant',
      headerName: t('allocation.col.applicant'),
      minWidth: 200,
      flex: 2,
      ...WRAPPED_CELL,
      valueGetter: (p) => (p.data ? (p.data.companyName ? `${p.data.applicantName} (${p.data.companyName})` : p.data.applicantName) : ''),
    },
    { colId: 'reference', headerName: t('allocation.col.reference'), width: 130, valueGetter: (p) => p.data?.reference ?? '' },
    { colId: 'boat', headerName: t('allocation.col.boat'), width: 150, sortable: false, valueGetter: (p) => (p.data ? formatSize(p.data.boatWidth, p.data.boatLength, lang) : '') },
    {
      colId: 'choice',
      headerName: t('allocation.col.choice'),
      width: 120,
      type: 'numericColumn',
      valueGetter: (p) => p.data?.choiceRank ?? null,
      valueFormatter: (p) => (p.value == null ? t('allocation.noBerth') : t('allocation.choiceRank', { rank: p.value as number })),
    },
    {
      colId: 'harbour',
      headerName: t('allocation.col.harbour'),
      minWidth: 200,
      flex: 2,
      // At 1280×720 a long name ("Ruoholahden venesatama (Jaalaranta)") wraps rather than being cut.
      ...WRAPPED_CELL,
      valueGetter: (p) => (p.data?.berth ? localized(harbourName(p.data.berth.harbourId), lang) : '–'),
    },
    { colId: 'pier', headerName: t('allocation.col.pier'), width: 90, valueGetter: (p) => (p.data?.berth ? p.data.berth.pier || '–' : '–') },
    { colId: 'berth', headerName: t('allocation.col.berth'), width: 100, valueGetter: (p) => p.data?.berth?.number ?? '–' },
    { colId: 'berthSize', headerName: t('allocation.col.berthSize'), width: 150, sortable: false, valueGetter: (p) => (p.data?.berth ? formatSize(p.data.berth.width, p.data.berth.length, lang) : '–') },
    { colId: 'flags', headerName: t('allocation.col.flags'), minWidth: 220, flex: 2, sortable: false, cellRenderer: FlagCell },
  ];
}
