import { Button, ButtonSize, ButtonVariant, IconCross } from 'hds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { stickerSeason } from '../../../../../domain/berths/winter-seasons.ts';
import { asAppError } from '../../../api/base-query.ts';
import { PendingIcon } from '../../../components/PendingIcon.tsx';
import { ErrorState, LoadingState } from '../../../components/StateViews.tsx';
import { formatDateTime } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { StatusBadge } from '../StatusBadge.tsx';
import { UnmarkedInvoice } from './UnmarkedInvoice.tsx';
import { WinterEvents } from './WinterEvents.tsx';
import { WinterLeaseSection } from './WinterLeaseSection.tsx';
import { WinterRefusal } from './WinterRefusal.tsx';
import { WinterApplicantSection, WinterAreasSection, WinterBoatSection } from './WinterSections.tsx';
import { WinterStickerSection } from './WinterStickerSection.tsx';
import { WinterSuggestions } from './WinterSuggestions.tsx';
import { winterActions } from './winter-actions.ts';
import { useWinterApplicationQuery } from './winter-api.ts';

/**
 * One winter case: who and what boat, where, and the step it waits for. Actions show only to a
 * role that may write, and not while a change waits for the central (as in the berth offers).
 */
export function WinterDetail({ id, canWrite, onClose }: { id: string; canWrite: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useWinterApplicationQuery(id);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const loaded = Boolean(q.data);

  // Focus moves into the panel when it opens so a keyboard user continues there.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  const d = q.data;
  const pending = Boolean(d && (d.pending || d.lease?.pending));
  const actions = d ? winterActions(d) : null;
  const canAct = canWrite && !pending;
  return (
    <aside
      className="detail-panel winter-detail"
      aria-label={t('winter.detail.label')}
      data-testid="winter-detail"
      data-application-id={id}
      data-status={d?.application.status ?? ''}
      data-pending={d ? String(pending) : ''}
    >
      <div className="detail-panel__bar">
        <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconCross />} onClick={onClose} data-testid="winter-detail-close">
          {t('winter.detail.close')}
        </Button>
      </div>
      {q.isLoading ? (
        <LoadingState text={t('winter.detail.loading')} />
      ) : q.isError || !d || !actions ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <div className="detail-panel__body">
          <header className="detail-head">
            <div className="detail-head__title">
              <h2 ref={headingRef} tabIndex={-1}>
                {d.application.reference}
              </h2>
              <StatusBadge status={d.application.status} />
            </div>
            <p className="detail-head__meta">
              {t(`winter.types.${d.application.areaType}`)}
              {` · ${t('winter.season', { season: stickerSeason(d.application.winter).replace('_', '–') })}`}
              {` · ${t('winter.detail.received', { time: formatDateTime(d.application.receivedAt, lang) })}`}
            </p>
            {pending ? (
              <p className="pending-marker" data-testid="winter-detail-pending">
                <PendingIcon />
                {t('winter.detail.pending')}
              </p>
            ) : null}
          </header>
          {canWrite ? null : <p className="read-only-note">{t('winter.detail.readOnly')}</p>}
          <WinterRefusal applicationId={d.application.id} />
          {actions.allocate ? <WinterSuggestions detail={d} canAct={canAct} /> : null}
          {actions.createInvoice ? <UnmarkedInvoice detail={d} canAct={canAct} /> : null}
          {d.lease ? <WinterLeaseSection detail={d} lease={d.lease} actions={actions} canAct={canAct} /> : null}
          {d.lease && d.lease.areaType === 'unmarked' ? <WinterStickerSection detail={d} lease={d.lease} actions={actions} canAct={canAct} /> : null}
          <div className="detail-columns">
            <WinterApplicantSection detail={d} />
            <WinterBoatSection detail={d} />
          </div>
          <WinterAreasSection detail={d} />
          <WinterEvents events={d.events} />
        </div>
      )}
    </aside>
  );
}
