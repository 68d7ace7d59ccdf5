import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildPage, ChildRow, RegistryFilter } from '../../../../domain/culture-kids/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { SplitView } from '../../components/SplitView.tsx';
import { EmptyState } from '../../components/StateViews.tsx';
import { useDetailPane } from '../../components/useDetailPane.ts';
import { formatInteger } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { CacheGrid } from '../../grid-views/CacheGrid.tsx';
import { useAppSelector } from '../../store/store.ts';
import { useCkCohortsQuery } from './ck-api.ts';
import { useCkSession } from './ck-session.ts';
import { ChildDetail } from './ChildDetail.tsx';
import { childColumns } from './child-columns.ts';
import { CkExportButton } from './CkExportButton.tsx';
import { CkFrame } from './CkFrame.tsx';
import { PurposeDialog } from './PurposeDialog.tsx';
import { cleanRegistryFilter, queryChildrenPage, type RegistryQuery } from './registry-filter.ts';
import { RegistryFilterBar } from './RegistryFilterBar.tsx';


/**
 * The registry of children (issue 8, build 8): every cohort the user may see, searched and
 * filtered, a child's page beside the grid. Nothing personal is read before the purpose is given.
 */
export function RegistryWorkspace({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const session = useCkSession(user.id);
  const [asking, setAsking] = useState(session.purpose === null);
  return (
    <CkFrame
      user={user}
      title={t('cultureKids.registry.title')}
      testId="ck-registry"
      chooser={false}
      tools={() =>
        session.purpose ? (
          <>
            <span className="muted" data-testid="ck-purpose-current" data-purpose={session.purpose.purpose}>
              {t('cultureKids.purpose.current', { purpose: t(`cultureKids.purposes.${session.purpose.purpose}`) })}
            </span>
            <Button variant={ButtonVariant.Secondary} size={ButtonSize.Small} onClick={() => setAsking(true)} data-testid="ck-purpose-change">
              {t('cultureKids.purpose.change')}
            </Button>
          </>
        ) : null
      }
    >
      {() => (
        <>
          {session.purpose ? (
            <RegistryBody user={user} />
          ) : (
            <EmptyState title={t('cultureKids.purpose.neededTitle')} text={t('cultureKids.purpose.needed')} testId="ck-purpose-needed">
              <Button onClick={() => setAsking(true)} data-testid="ck-purpose-ask">
                {t('cultureKids.purpose.ask')}
              </Button>
            </EmptyState>
          )}
          {asking ? <PurposeDialog initial={session.purpose} onClose={() => setAsking(false)} onChoose={(choice) => session.givePurpose(choice)} /> : null}
        </>
      )}
    </CkFrame>
  );
}

/** Never used for a read: the body mounts only once a purpose is given. */
const FALLBACK_PURPOSE = { purpose: 'family_request', purposeText: '' } as const;

function RegistryBody({ user }: { user: StaffUser }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const session = useCkSession(user.id);
  const purpose = session.purpose ?? FALLBACK_PURPOSE;
  const cohorts = useCkCohortsQuery({});
  const [filter, setFilter] = useState<RegistryFilter>({});
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const revision = useAppSelector((s) => s.ui.cultureKidsRevision);
  const closePane = useCallback(() => setSelectedId(null), []);
  const { onApi, onClose } = useDetailPane<ChildRow>(searchRef, selectedId !== null, closePane);
  const query = useMemo<RegistryQuery>(() => ({ filter, purpose }), [filter, purpose]);
  const columnDefs = useMemo(() => childColumns(t, lang), [t, lang]);

  return (
    <>
      <div className="ck-registry-head">
        <span className="workspace__count" aria-live="polite" data-testid="ck-registry-count" data-total={total ?? ''}>
          {total == null ? '' : t('cultureKids.registry.count', { count: total, formatted: formatInteger(total, lang) })}
        </span>
        <CkExportButton exportId="cultureKids.registry" params={{ filter: cleanRegistryFilter(filter) }} initialPurpose={session.purpose} testId="ck-registry-export" />
      </div>
      <RegistryFilterBar filter={filter} cohorts={cohorts.data ?? []} onChange={setFilter} searchRef={searchRef} />
      <SplitView
        storageKey="kuva.ckChildWidth"
        handleLabel={t('detail.resize')}
        main={
          <CacheGrid<ChildRow, RegistryQuery, ChildPage>
            testId="ck-children-grid"
            title={t('cultureKids.registry.gridLabel')}
            help={t('cultureKids.registry.gridHelp')}
            loadingText={t('cultureKids.states.loading')}
            columnDefs={columnDefs}
            query={queryChildrenPage}
            filter={query}
            revision={revision}
            selectedId={selectedId}
            onOpen={setSelectedId}
            onTotal={setTotal}
            onApi={onApi}
            empty={<EmptyState icon="search" title={t('cultureKids.registry.emptyTitle')} text={t('cultureKids.registry.emptyText')} testId="ck-registry-empty" />}
          />
        }
        side={selectedId ? <ChildDetail key={selectedId} id={selectedId} purpose={purpose} onClose={onClose} /> : null}
      />
    </>
  );
}
