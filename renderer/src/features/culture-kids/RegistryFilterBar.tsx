import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTICIPATIONS, type CohortOption, type RegistryFilter } from '../../../../domain/culture-kids/contract.ts';
import { HELSINKI_POSTAL_AREAS } from '../../../../domain/culture-kids/postal-codes.ts';
import { ClearFiltersButton } from '../../components/ClearFiltersButton.tsx';
import { SearchField } from '../../components/SearchField.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { HOME_LANGUAGES, homeLanguageName } from './home-languages.ts';

const TEXT_DEBOUNCE_MS = 250;

/** One value per list filter: the registry's questions are "who in this area", not sets of areas. */
const first = (list: readonly (string | number)[] | undefined) => (list && list.length > 0 ? String(list[0]) : '');

/** Search and filters of the registry: name or guardian, birth year (cohort), postal area, home language, participation. */
export function RegistryFilterBar({
  filter,
  cohorts,
  onChange,
  searchRef,
}: {
  filter: RegistryFilter;
  cohorts: readonly CohortOption[];
  onChange: (f: RegistryFilter) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => {
    if ((filter.text ?? '') === text) return;
    const id = setTimeout(() => onChange({ ...filter, text: text || undefined }), TEXT_DEBOUNCE_MS);
    return () => clearTimeout(id);
  }, [text, filter, onChange]);
  const years = [...new Set(cohorts.map((c) => c.year))].sort((a, b) => b - a);
  const active = Boolean(filter.text || filter.birthYears?.length || filter.postalCodes?.length || filter.homeLanguages?.length || filter.participation?.length);

  return (
    <div className="filter-bar" role="search" data-testid="ck-registry-filters">
      <SearchField id="ck-registry-search" label={t('cultureKids.registry.search')} value={text} onChange={setText} inputRef={searchRef} />
      <SelectField
        id="ck-filter-birth-year"
        label={t('cultureKids.registry.birthYear')}
        value={first(filter.birthYears)}
        onChange={(v) => onChange({ ...filter, birthYears: v ? [Number(v)] : undefined })}
        options={[{ value: '', label: t('cultureKids.registry.allBirthYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
      />
      <SelectField
        id="ck-filter-postal-area"
        label={t('cultureKids.registry.postalArea')}
        value={first(filter.postalCodes)}
        onChange={(v) => onChange({ ...filter, postalCodes: v ? [v] : undefined })}
        options={[{ value: '', label: t('cultureKids.registry.allPostalAreas') }, ...HELSINKI_POSTAL_AREAS.map((a) => ({ value: a.code, label: `${a.code} ${a.area}` }))]}
      />
      <SelectField
        id="ck-filter-language"
        label={t('cultureKids.registry.language')}
        value={first(filter.homeLanguages)}
        onChange={(v) => onChange({ ...filter, homeLanguages: v ? [v] : undefined })}
        options={[
          { value: '', label: t('cultureKids.registry.allLanguages') },
          ...HOME_LANGUAGES.map((code) => ({ value: code, label: homeLanguageName(code, i18n.language, t('cultureKids.registry.otherLanguage')) })),
        ]}
      />
      <SelectField
        id="ck-filter-participation"
        label={t('cultureKids.registry.participation')}
        value={first(filter.participation)}
        onChange={(v) => onChange({ ...filter, participation: v ? [v as (typeof PARTICIPATIONS)[number]] : undefined })}
        options={[{ value: '', label: t('cultureKids.registry.participationAny') }, ...PARTICIPATIONS.map((p) => ({ value: p, label: t(`cultureKids.registry.participations.${p}`) }))]}
      />
      <ClearFiltersButton
        active={active}
        testId="ck-registry-clear"
        onClear={() => {
          setText('');
          onChange({});
        }}
      />
    </div>
  );
}
