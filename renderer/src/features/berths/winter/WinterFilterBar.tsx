import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchField } from '../../../components/SearchField.tsx';
import { SelectField, type SelectOption } from '../../../components/SelectField.tsx';
import { WINTER_STATUSES, type WinterFilter, type WinterType } from './winter-filter.ts';

const TEXT_DEBOUNCE_MS = 250;

/** Type, status, first-choice area and search; the search asks once the user pauses typing. */
export function WinterFilterBar({
  filter,
  onChange,
  areas,
  searchRef,
}: {
  filter: WinterFilter;
  onChange: (f: WinterFilter) => void;
  areas: SelectOption[];
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(filter.search);

  useEffect(() => {
    if (filter.search === text) return;
    const id = setTimeout(() => onChange({ ...filter, search: text }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text, filter, onChange]);

  // A chosen area the rows no longer name stays in the list, so the select still says what filters.
  const areaOptions = filter.area && !areas.some((a) => a.value === filter.area) ? [...areas, { value: filter.area, label: filter.area }] : areas;

  return (
    <form className="filter-bar" role="search" aria-label={t('winter.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        id="winter-filter-type"
        label={t('winter.filters.type')}
        value={filter.type}
        onChange={(v) => onChange({ ...filter, type: v as WinterType, area: '' })}
        options={[
          { value: 'all', label: t('winter.filters.allTypes') },
          { value: 'marked', label: t('winter.filters.marked') },
          { value: 'unmarked', label: t('winter.filters.unmarked') },
        ]}
      />
      <SelectField
        id="winter-filter-status"
        label={t('winter.filters.status')}
        value={filter.status}
        onChange={(v) => onChange({ ...filter, status: v })}
        options={[
          { value: '', label: t('winter.filters.allStatuses') },
          { value: 'open', label: t('winter.filters.open') },
          ...WINTER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
        ]}
      />
      <SelectField
        id="winter-filter-area"
        className="field--harbour"
        label={t('winter.filters.area')}
        value={filter.area}
        onChange={(v) => onChange({ ...filter, area: v })}
        options={[{ value: '', label: t('winter.filters.allAreas') }, ...areaOptions]}
      />
      <SearchField id="winter-filter-search" label={t('winter.filters.search')} value={text} onChange={setText} inputRef={searchRef} />
    </form>
  );
}
