import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortOption, CohortRights } from '../../../../domain/culture-kids/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { useOffline } from '../../api/use-sync-status-part.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useCkCohortsQuery } from './ck-api.ts';
import { useCkSession } from './ck-session.ts';

/** What a Culture Kids view works on: the chosen cohort and whether the central is reachable. */
export interface CkContext {
  cohort: CohortOption;
  rights: CohortRights;
  offline: boolean;
}

const RIGHT_KEYS = ['admin', 'publish', 'manageGroups', 'messageAll', 'viewFamilies'] as const;

/**
 * The frame every Culture Kids view shares: its heading, the cohort chooser (newest cohort first,
 * kept for the session), the user's rights on it, and whether the central is reachable (the window's
 * own banner says so; a view turns off what needs the central). The body renders only once a cohort
 * is chosen.
 */
export function CkFrame({
  user,
  title,
  testId,
  tools,
  chooser = true,
  children,
}: {
  user: StaffUser;
  /** False: the view spans every cohort the user may see (the registry filters by birth year instead). */
  chooser?: boolean;
  title: string;
  testId: string;
  tools?: (ctx: CkContext) => ReactNode;
  children: (ctx: CkContext) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const session = useCkSession(user.id);
  const cohorts = useCkCohortsQuery({});
  const offline = useOffline();
  const list = [...(cohorts.data ?? [])].sort((a, b) => b.year - a.year);
  const cohort = list.find((c) => c.id === session.cohortId) ?? list[0];
  const { chooseCohort } = session;
  useEffect(() => {
    if (cohort && session.cohortId !== cohort.id) chooseCohort(cohort.id);
  }, [cohort, session.cohortId, chooseCohort]);

  const ctx = cohort ? { cohort, rights: cohort.rights, offline } : null;
  return (
    <div className="workspace" data-testid={testId}>
      <div className="workspace__head">
        <h1 className="workspace__title">{title}</h1>
        {chooser && list.length > 0 ? (
          <SelectField
            id={`${testId}-cohort`}
            className="ck-cohort"
            label={t('cultureKids.cohort.label')}
            value={cohort?.id ?? ''}
            onChange={chooseCohort}
            options={list.map((c) => ({ value: c.id, label: String(c.year) }))}
          />
        ) : null}
        {ctx && tools ? <div className="workspace__tools">{tools(ctx)}</div> : null}
      </div>
      {ctx && chooser ? (
        // The cohort is named for its sponsors, often a long list of institutions: in the chooser
        // it was cut off at any width, so the chooser shows the year and the sponsors read here.
        <div className="ck-cohort-about muted">
          <p data-testid="ck-sponsors">
            {t('cultureKids.cohort.sponsors')}: {localized(ctx.cohort.name, lang)}
          </p>
          <p data-testid="ck-rights">
            {t('cultureKids.cohort.permissions')}: {RIGHT_KEYS.filter((k) => ctx.rights[k]).map((k) => t(`cultureKids.permissions.${k}`)).join(', ')}
          </p>
        </div>
      ) : null}
      <div className="ck-body">
        {cohorts.isLoading ? (
          <LoadingState text={t('cultureKids.states.loading')} />
        ) : cohorts.isError && !cohorts.data ? (
          <ErrorState error={asAppError(cohorts.error)} onRetry={() => void cohorts.refetch()} />
        ) : !ctx ? (
          <EmptyState title={t('cultureKids.cohort.noneTitle')} text={t('cultureKids.cohort.none')} testId="ck-no-cohorts" />
        ) : (
          children(ctx)
        )}
      </div>
    </div>
  );
}
