import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { useOffline } from '../../api/use-sync-status-part.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import type { AsContext } from './as-context.ts';
import { useAsServicePointsQuery } from './assist-api.ts';
import { useAssistSession } from './assist-session.ts';
import { SessionDialog } from './SessionDialog.tsx';
import { TimerBar } from './TimerBar.tsx';

/**
 * The frame every Assistance view shares: its heading, the service point chooser (only the points
 * the user works at, kept for the session), the help timer, the offline notice and the session
 * form the timer opens.
 */
export function AssistFrame({
  user,
  title,
  testId,
  tools,
  desk = true,
  children,
}: {
  user: StaffUser;
  title: string;
  testId: string;
  tools?: (ctx: AsContext) => ReactNode;
  /** False: a view over service points (the dashboard) with its own chooser and no help timer. */
  desk?: boolean;
  children: (ctx: AsContext) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const session = useAssistSession(user.id);
  const points = useAsServicePointsQuery({});
  const offline = useOffline();
  const list = points.data ?? [];
  const servicePoint = list.find((p) => p.id === session.servicePointId) ?? list[0];
  const { chooseServicePoint } = session;
  useEffect(() => {
    if (servicePoint && session.servicePointId !== servicePoint.id) chooseServicePoint(servicePoint.id);
  }, [servicePoint, session.servicePointId, chooseServicePoint]);

  const ctx: AsContext | null = servicePoint ? { user, servicePoint, servicePoints: list, offline } : null;
  return (
    <div className="workspace workspace--assist" data-testid={testId}>
      <div className="workspace__head">
        <h1 className="workspace__title">{title}</h1>
        {!desk ? null : list.length > 1 ? (
          <SelectField
            id={`${testId}-service-point`}
            className="as-service-point"
            label={t('assist.servicePoint.label')}
            value={servicePoint?.id ?? ''}
            onChange={chooseServicePoint}
            options={list.map((p) => ({ value: p.id, label: localized(p.name, lang) }))}
          />
        ) : servicePoint ? (
          <p className="as-service-point-name" data-testid="as-service-point-name">
            {localized(servicePoint.name, lang)}
          </p>
        ) : null}
        {ctx && tools ? <div className="workspace__tools">{tools(ctx)}</div> : null}
      </div>
      {ctx && desk ? <TimerBar ctx={ctx} /> : null}
      {/* The window's banner says the central is out of reach; this says what the desk keeps doing. */}
      {offline ? (
        <p className="as-offline" data-testid="as-offline">
          {t('assist.states.offline')}
        </p>
      ) : null}
      <div className="as-body">
        {points.isLoading ? (
          <LoadingState text={t('assist.states.loading')} />
        ) : points.isError && !points.data ? (
          <ErrorState error={asAppError(points.error)} onRetry={() => void points.refetch()} />
        ) : !ctx ? (
          <EmptyState title={t('assist.servicePoint.noneTitle')} text={t('assist.servicePoint.none')} testId="as-no-service-points" />
        ) : (
          children(ctx)
        )}
      </div>
      {ctx && session.draft ? <SessionDialog ctx={ctx} draft={session.draft} onClose={() => session.openDraft(null)} /> : null}
    </div>
  );
}
