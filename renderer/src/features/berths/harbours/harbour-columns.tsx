import type { ColDef, ColGroupDef, ICellRendererParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../domain/languages.ts';
import type { HarbourOverviewRow } from '../../../../../domain/contract.ts';
import { formatInteger, formatNumber2, localized } from '../../../format/format.ts';
import { INTL_LOCALE } from '../../../format/locale.ts';
import { WRAPPED_CELL } from '../../../grid-views/grid-theme.ts';

type Col = ColDef<HarbourOverviewRow>;

/** The free count stands out: it is what a handler looks for before offering. */
function FreeCell(p: ICellRendererParams<HarbourOverviewRow, number | null>) {
  const lang = (p.context as { lang: Language } | undefined)?.lang ?? 'fi';
  if (p.value == null) return null;
  return <span className={`free-count${p.value === 0 ? ' free-count--none' : ''}`}>{formatInteger(p.value, lang)}</span>;
}

/** "3,50 × 12,00 m" in Finnish; the largest berth in use. */
export function formatSize(width: number | null, length: number | null, lang: Language): string {
  if (width == null || length == null) return '–';
  return `${formatNumber2(width, lang)} × ${formatNumber2(length, lang)}\u00a0m`;
}

export function harbourColumns(t: TFunction, lang: Language, season: number | null, includesOccupancy: boolean): (Col | ColGroupDef<HarbourOverviewRow>)[] {
  const collator = new Intl.Collator(INTL_LOCALE[lang]);
  const count = (colId: string, headerName: string, value: (r: HarbourOverviewRow) => number | null, extra: Col = {}): Col => ({
    colId,
    headerName,
    // Flex with a floor: the columns fill a wide screen and scroll past the pinned name on a narrow one.
    flex: 1,
    minWidth: 108,
    type: 'numericColumn',
    valueGetter: (p) => (p.data ? value(p.data) : null),
    valueFormatter: (p) => formatInteger(p.value as number | null, lang),
    ...extra,
  });
  const columns: (Col | ColGroupDef<HarbourOverviewRow>)[] = [
    {
      colId: 'name',
      headerName: t('harbours.name'),
      pinned: 'left',
      lockPinned: true,
      lockVisible: true,
      width: 300,
      // Long names ("… venesatama (Pitkänsillanranta)") wrap onto a second line rather than being cut.
      ...WRAPPED_CELL,
      valueGetter: (p) => (p.data ? localized(p.data.name, lang) : ''),
      comparator: (a: string, b: string) => collator.compare(a, b),
      initialSort: 'asc',
    },
    {
      colId: 'region',
      headerName: t('harbours.region'),
      flex: 1,
      minWidth: 96,
      valueGetter: (p) => (p.data ? t(`regions.${p.data.region}`) : ''),
    },
    count('piers', t('harbours.piers'), (r) => r.pierCount),
    count('berths', t('harbours.berths'), (r) => r.berthCount),
    count('active', t('harbours.active'), (r) => r.activeBerths),
    count('inactive', t('harbours.inactive'), (r) => r.inactiveBerths, { minWidth: 128 }),
    {
      colId: 'maxSize',
      headerName: t('harbours.maxSize'),
      flex: 1.6,
      minWidth: 184,
      type: 'numericColumn',
      // Sorted by width, the measure a boat is matched on first.
      valueGetter: (p) => p.data?.maxWidth ?? null,
      valueFormatter: (p) => (p.data ? formatSize(p.data.maxWidth, p.data.maxLength, lang) : ''),
    },
  ];
  if (includesOccupancy) {
    // Next to the name and region: the free count is what a handler comes here for.
    columns.splice(2, 0, {
      groupId: 'occupancy',
      headerName: season == null ? '' : t('harbours.occupancyGroup', { season }),
      children: [
        count('free', t('harbours.free'), (r) => r.occupancy?.free ?? null, {
          cellRenderer: FreeCell,
          // Our classes replace the numeric type's: keep its right alignment.
          cellClass: ['ag-right-aligned-cell', 'cell--free'],
          headerClass: ['ag-right-aligned-header', 'header--free'],
        }),
        count('offered', t('harbours.offered'), (r) => r.occupancy?.offered ?? null),
        count('leased', t('harbours.leased'), (r) => r.occupancy?.leased ?? null),
        count('renewal', t('harbours.renewal'), (r) => r.occupancy?.renewal ?? null, { minWidth: 128 }),
      ],
    });
  }
  return columns;
}
