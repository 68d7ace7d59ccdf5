import { Button, ButtonSize, ButtonVariant, IconCross } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../domain/roles.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { asAppError } from '../../api/base-query.ts';
import { useGetApplicationQuery } from '../../api/kuva-api.ts';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatDateTime } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppSelector } from '../../store/store.ts';
import { DetailActions } from './DetailActions.tsx';
import { ApplicationEditForm } from './edit/ApplicationEditForm.tsx';
import { ApplicantSection, BoatSection, ChoicesSection, HistorySection, NotesSection, SwitchSection } from './DetailSections.tsx';
import { OfferSection } from './OfferSection.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { SuggestBerths } from './SuggestBerths.tsx';

export function ApplicationDetail({ id, user, onClose }: { id: string; user: StaffUser; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useGetApplicationQuery(id);
  const suggestionsOpen = useAppSelector((s) => s.ui.suggestionsOpen);
  const canWrite = can(user.roles, 'berths.cases.write');
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const loaded = Boolean(q.data);
  // The application whose edit form is open: another application opens without one.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = editingId === id;
  const setEditing = (open: boolean) => setEditingId(open ? id : null);
  const editButton = useRef<HTMLButtonElement | null>(null);
  const returnFocus = useRef(false);
  // Closing the form gives the focus back to the button that opened it.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  // Focus moves into the panel when it opens so a keyboard user continues there.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  const detail = q.data;
  return (
    <aside
      className="detail-panel"
      aria-label={t('detail.label')}
      data-testid="application-detail"
      data-application-id={id}
      data-status={detail?.application.status ?? ''}
    >
      <div className="detail-panel__bar">
        <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconCross />} onClick={onClose} data-testid="detail-close">
          {t('detail.close')}
        </Button>
      </div>
      {q.isLoading ? (
        <LoadingState text={t('detail.loading')} />
      ) : q.isError || !detail ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <div className="detail-panel__body">
          <header className="detail-head">
            <div className="detail-head__title">
              <h2 ref={headingRef} tabIndex={-1}>
                {detail.application.reference}
              </h2>
              <StatusBadge status={detail.application.status} />
            </div>
            <p className="detail-head__meta">
              {t(`kinds.${detail.application.kind}`)}
              {detail.queuePosition != null ? ` · ${t('detail.queuePosition', { position: detail.queuePosition })}` : ''}
              {` · ${t('detail.season', { season: detail.application.season })}`}
              {` · ${t('detail.received', { time: formatDateTime(detail.application.receivedAt, lang) })}`}
            </p>
            {detail.pendingCommands.length > 0 ? (
              <p className="pending-marker" data-testid="detail-pending">
                {t('detail.pendingCommands', { count: detail.pendingCommands.length })}
              </p>
            ) : null}
          </header>
          <DetailActions
            detail={detail}
            canWrite={canWrite}
            onEdit={editing ? undefined : () => setEditing(true)}
            editRef={(el) => {
              editButton.current = el;
            }}
          />
          {suggestionsOpen && detail.application.status === 'pending' ? (
            <div id="suggestions-panel">
              <SuggestBerths applicationId={id} boatLength={detail.application.boat.length} canOffer={canWrite} />
            </div>
          ) : null}
          <OfferSection detail={detail} />
          {editing && canWrite ? (
            <ApplicationEditForm
              key={detail.application.id}
              detail={detail}
              onDone={() => {
                returnFocus.current = true;
                setEditing(false);
              }}
            />
          ) : (
            <>
              <div className="detail-columns">
                <ApplicantSection detail={detail} />
                <BoatSection detail={detail} />
              </div>
              <ChoicesSection detail={detail} />
            </>
          )}
          <SwitchSection detail={detail} />
          <HistorySection detail={detail} />
          <NotesSection detail={detail} canWrite={canWrite} />
        </div>
      )}
    </aside>
  );
}
