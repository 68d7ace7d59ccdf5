import { Checkbox } from 'hds-react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../domain/berths/entities.ts';
import type { ApplicationFilter } from '../../../../domain/contract.ts';
import { useListHarboursQuery } from '../../api/kuva-api.ts';
import { SearchField } from '../../components/SearchField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';

const TEXT_DEBOUNCE_MS = 250;

/** "open" is the working set of a handler: waiting in the queue or waiting for the customer. */
const STATUS_GROUPS: Record<string, ApplicationStatus[]> = { open: ['pending', 'offer_sent'] };

function statusValue(statuses: ApplicationStatus[] | undefined): string {
  if (!statuses || statuses.length === 0) return '';
  for (const [k, v] of Object.entries(STATUS_GROUPS)) if (v.length === statuses.length && v.every((s) => statuses.includes(s))) return k;
  return statuses[0] ?? '';
}

/** True when any filter narrows the list. */
export function hasActiveFilter(filter: ApplicationFilter): boolean {
  return Boolean(filter.statuses?.length || filter.kind || filter.harbourId || filter.text?.trim() || filter.season !== undefined || filter.overdue);
}

/** The season select's value: '' = the season offers are made for now (the default). */
function seasonValue(season: ApplicationFilter['season']): string {
  return season === undefined || season === 'current' ? '' : String(season);
}

export function FilterBar({
  filter,
  onChange,
  searchRef,
  offerSeason,
}: {
  filter: ApplicationFilter;
  onChange: (f: ApplicationFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  /** The season offers are made for now, once the core has said it. */
  offerSeason: number | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const { data: harbours } = useListHarboursQuery();
  const [text, setText] = useState(filter.text ?? '');

  // Typing is debounced so the grid asks once the user pauses, not per key press.
  useEffect(() => {
    if ((filter.text ?? '') === text) return;
    const id = setTimeout(() => onChange({ ...filter, text }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text, filter, onChange]);

  const harbourOptions = [...(harbours ?? [])]
    .map((h) => ({ value: h.id, label: localized(h.name, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  return (
    <form className="filter-bar" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="filter-status"
        label={t('filters.status')}
        value={statusValue(filter.statuses)}
        onChange={(v) => onChange({ ...filter, statuses: v === '' ? undefined : (STATUS_GROUPS[v] ?? [v as ApplicationStatus]) })}
        options={[
          { value: '', label: t('filters.allStatuses') },
          { value: 'open', label: `${t('statuses.pending')} + ${t('statuses.offer_sent')}` },
          ...APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        ]}
      />
      <SelectField
        id="filter-kind"
        label={t('filters.kind')}
        value={filter.kind ?? ''}
        onChange={(v) => onChange({ ...filter, kind: v === '' ? undefined : (v as 'new' | 'switch') })}
        options={[
          { value: '', label: t('filters.allKinds') },
          { value: 'new', label: t('kinds.new') },
          { value: 'switch', label: t('kinds.switch') },
        ]}
      />
      <SelectField
        id="filter-harbour"
        className="field--harbour"
        label={t('filters.harbour')}
        value={filter.harbourId ?? ''}
        onChange={(v) => onChange({ ...filter, harbourId: v === '' ? undefined : v })}
        options={[{ value: '', label: t('filters.allHarbours') }, ...harbourOptions]}
      />
      <SelectField
        id="filter-season"
        label={t('filters.season')}
        value={seasonValue(filter.season)}
        onChange={(v) => onChange({ ...filter, season: v === '' ? undefined : v === 'all' ? 'all' : Number(v) })}
        options={[
          { value: '', label: t('filters.currentSeason', { season: offerSeason ?? '…' }) },
          ...(offerSeason ? [offerSeason + 1, offerSeason - 1].map((s) => ({ value: String(s), label: String(s) })) : []),
          ...(typeof filter.season === 'number' && offerSeason && Math.abs(filter.season - offerSeason) > 1 ? [{ value: String(filter.season), label: String(filter.season) }] : []),
          { value: 'all', label: t('filters.allSeasons') },
        ]}
      />
      <div className="field field--check">
        <Checkbox
          id="filter-overdue"
          data-testid="filter-overdue"
          label={t('filters.overdue')}
          checked={Boolean(filter.overdue)}
          onChange={(e) => onChange({ ...filter, overdue: e.target.checked ? true : undefined })}
        />
      </div>
      <SearchField id="filter-text" label={t('filters.text')} value={text} onChange={setText} inputRef={searchRef} />
    </form>
  );
}
