import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerHit, CustomerSearch } from '../../../../../domain/berths/customer-contract.ts';
import { EmptyState, ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { useWorkspaceKeys } from '../../../components/useWorkspaceKeys.ts';
import { formatInteger } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch, useAppSelector } from '../../../store/store.ts';
import { openCustomer } from '../../../store/ui-slice.ts';
import { Customer360Panel } from './Customer360Panel.tsx';
import { MatchedFields } from './MatchedFields.tsx';
import { useCustomerSearch } from './use-customer-calls.ts';
import './customers.css';

const hitId = (id: string) => `customer-hit-${id}`;

function HitRow({ hit, active, open, onOpen }: { hit: CustomerHit; active: boolean; open: boolean; onOpen: () => void }) {
  const { t } = useTranslation();
  const person = `${hit.lastName} ${hit.firstName}`.trim();
  const company = hit.kind !== 'private' && hit.companyName ? hit.companyName : null;
  return (
    // The input keeps focus and points here (aria-activedescendant): a click is the mouse's way in.
    <li
      id={hitId(hit.id)}
      role="option"
      aria-selected={active}
      data-testid="customer-hit"
      data-customer-id={hit.id}
      className={`customer-hit${active ? ' customer-hit--active' : ''}${open ? ' customer-hit--open' : ''}`}
      onClick={onOpen}
    >
      <span className="customer-hit__name">{company ?? person}</span>
      {hit.kind !== 'private' ? <span className="customer-hit__kind">{t(`customerKinds.${hit.kind}`)}</span> : null}
      <span className="customer-hit__meta">{[company ? person : null, hit.email, hit.municipality].filter(Boolean).join(' · ')}</span>
      <MatchedFields matched={hit.matched} />
    </li>
  );
}

/**
 * Customers: a search that answers as the handler types (local, from the cache's index), the
 * hits navigable with the arrow keys from the search field, and the chosen customer's 360° view.
 */
export function CustomersWorkspace() {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const openId = useAppSelector((s) => s.ui.selectedCustomerId);
  const [text, setText] = useState('');
  // The hit under Enter, for the answer it was chosen in: a new answer puts the first hit there.
  const [cursor, setCursor] = useState<{ of: CustomerSearch | null; index: number }>({ of: null, index: 0 });
  const searchRef = useRef<HTMLInputElement | null>(null);
  const { answer, searched } = useCustomerSearch(text);
  const result = answer.state === 'ready' ? answer.value : answer.state === 'loading' ? answer.last : null;
  const rows = useMemo(() => result?.rows ?? [], [result]);
  const active = cursor.of === result ? cursor.index : 0;
  const close = useCallback(() => {
    dispatch(openCustomer(null));
    searchRef.current?.focus();
  }, [dispatch]);
  useWorkspaceKeys(searchRef, Boolean(openId), close);

  useEffect(() => {
    const row = rows[active];
    if (row) document.getElementById(hitId(row.id))?.scrollIntoView({ block: 'nearest' });
  }, [active, rows]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (rows.length === 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setCursor({ of: result, index: Math.max(0, Math.min(rows.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1))) });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const row = rows[active];
      if (row) dispatch(openCustomer(row.id));
    }
  };

  const listed = rows.length > 0;
  const body =
    answer.state === 'idle' ? (
      <EmptyState title={t('berthCustomers.startTitle')} text={t('berthCustomers.startText')} icon="search" testId="customers-start" />
    ) : answer.state === 'error' ? (
      <ErrorState error={answer.error} />
    ) : !result ? (
      <LoadingState text={t('berthCustomers.searching')} small />
    ) : listed ? null : (
      <EmptyState title={t('berthCustomers.noMatchTitle')} text={t('berthCustomers.noMatchText', { text: searched })} icon="search" testId="customers-no-match" />
    );

  return (
    <div className="workspace workspace--customers">
      <div className="workspace__head">
        <h1 className="workspace__title">{t('berthCustomers.title')}</h1>
        <span className="workspace__count" aria-live="polite" data-testid="customers-count">
          {result ? (result.more ? t('berthCustomers.more', { count: rows.length }) : t('berthCustomers.count', { count: rows.length, formatted: formatInteger(rows.length, lang) })) : ''}
        </span>
      </div>
      <div className="customers">
        <div className="customers__search">
          <form role="search" className="customers__form" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor="customer-search">{t('berthCustomers.searchLabel')}</label>
            <input
              id="customer-search"
              data-testid="customer-search"
              ref={searchRef}
              className="native-input"
              type="search"
              role="combobox"
              autoComplete="off"
              spellCheck={false}
              aria-keyshortcuts="/"
              aria-autocomplete="list"
              aria-expanded={listed}
              aria-controls="customer-results"
              aria-describedby="customer-search-hint"
              aria-activedescendant={listed && rows[active] ? hitId(rows[active].id) : undefined}
              maxLength={200}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onKeyDown}
            />
            <p id="customer-search-hint" className="customers__hint">
              {t('berthCustomers.searchHint')}
            </p>
          </form>
          <ul id="customer-results" role="listbox" aria-label={t('berthCustomers.results')} className="customers__results" data-testid="customer-results" aria-busy={answer.state === 'loading'} hidden={!listed}>
            {rows.map((hit, i) => (
              <HitRow key={hit.id} hit={hit} active={i === active} open={hit.id === openId} onOpen={() => dispatch(openCustomer(hit.id))} />
            ))}
          </ul>
          {body}
        </div>
        <Customer360Panel id={openId} onClose={close} />
      </div>
    </div>
  );
}
