import { Button, ButtonSize, ButtonVariant, IconCrossCircle } from 'hds-react';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../../domain/berths/entities.ts';
import type { ApplicationFilter } from '../../../../domain/contract.ts';
import { useListHarboursQuery } from '../../api/kuva-api.ts';
import { formatInteger, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';

const TEXT_DEBOUNCE_MS = 250;

/** "open" is the working set of a handler: waiting in the queue or waiting for the customer. */
const STATUS_GROUPS: Record<string, ApplicationStatus[]> = { open: ['pending', 'offer_sent'] };

function statusValue(statuses: ApplicationStatus[] | undefined): string {
  if (!statuses || statuses.length === 0) return '';
  for (const [k, v] of Object.entries(STATUS_GROUPS)) if (v.length === statuses.length && v.every((s) => statuses.includes(s))) return k;
  return statuses[0] ?? '';
}

export function FilterBar({
  filter,
  onChange,
  total,
  searchRef,
}: {
  filter: ApplicationFilter;
  onChange: (f: ApplicationFilter) => void;
  total: number | null;
  searchRef: RefObject<HTMLInputElement | null>;
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

  const sortedHarbours = [...(harbours ?? [])].sort((a, b) => localized(a.name, lang).localeCompare(localized(b.name, lang), lang));
  const active = Boolean(filter.statuses?.length || filter.kind || filter.harbourId || text.trim());

  return (
    <form className="filter-bar" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="filter-status">{t('filters.status')}</label>
        <select
          id="filter-status"
          data-testid="filter-status"
          className="native-select"
          value={statusValue(filter.statuses)}
          onChange={(e) => {
            const v = e.target.value;
            onChange({ ...filter, statuses: v === '' ? undefined : (STATUS_GROUPS[v] ?? [v as ApplicationStatus]) });
          }}
        >
          <option value="">{t('filters.allStatuses')}</option>
          <option value="open">
            {t('statuses.pending')} + {t('statuses.offer_sent')}
          </option>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">{t('filters.kind')}</label>
        <select
          id="filter-kind"
          data-testid="filter-kind"
          className="native-select"
          value={filter.kind ?? ''}
          onChange={(e) => onChange({ ...filter, kind: e.target.value === '' ? undefined : (e.target.value as 'new' | 'switch') })}
        >
          <option value="">{t('filters.allKinds')}</option>
          <option value="new">{t('kinds.new')}</option>
          <option value="switch">{t('kinds.switch')}</option>
        </select>
      </div>
      <div className="field field--harbour">
        <label htmlFor="filter-harbour">{t('filters.harbour')}</label>
        <select
          id="filter-harbour"
          data-testid="filter-harbour"
          className="native-select"
          value={filter.harbourId ?? ''}
          onChange={(e) => onChange({ ...filter, harbourId: e.target.value === '' ? undefined : e.target.value })}
        >
          <option value="">{t('filters.allHarbours')}</option>
          {sortedHarbours.map((h) => (
            <option key={h.id} value={h.id}>
              {localized(h.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--grow">
        <label htmlFor="filter-text">
          {t('filters.text')} <span className="field__hint">({t('filters.textHelp')})</span>
        </label>
        <input
          id="filter-text"
          data-testid="filter-text"
          ref={searchRef}
          className="native-input"
          type="search"
          autoComplete="off"
          value={text}
          maxLength={200}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="filter-bar__end">
        <span className="filter-bar__count" aria-live="polite">
          {total == null ? '' : t('filters.results', { count: total, formatted: formatInteger(total, lang) })}
        </span>
        <Button
          variant={ButtonVariant.Supplementary}
          size={ButtonSize.Small}
          iconStart={<IconCrossCircle aria-hidden />}
          disabled={!active}
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          {t('filters.clear')}
        </Button>
      </div>
    </form>
  );
}
