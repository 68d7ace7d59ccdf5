import { Button, ButtonSize, ButtonVariant, IconCross } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChildDetail as ChildDetailModel, ParticipationRow } from '../../../../domain/culture-kids/contract.ts';
import { asAppError } from '../../api/base-query.ts';
import { Pending } from './Pending.tsx';
import { ErrorState, LoadingState } from '../../components/StateViews.tsx';
import { formatDateTime, formatInstantDate, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useCkChildQuery } from './ck-api.ts';
import type { PurposeChoice } from './ck-session.ts';
import { EnrolmentDialog, type EnrolmentAction } from './EnrolmentDialog.tsx';
import { EraseChildDialog } from './EraseChildDialog.tsx';
import { GdprExportButton } from './GdprExportButton.tsx';
import { FreeSpotSection } from './FreeSpotSection.tsx';
import { GuardianCard } from './GuardianCard.tsx';

/** A child's page beside the registry grid: facts, guardians, participation and what staff may do for the family. */
export function ChildDetail({ id, purpose, onClose }: { id: string; purpose: PurposeChoice; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const q = useCkChildQuery({ id, purpose: purpose.purpose, ...(purpose.purposeText ? { purposeText: purpose.purposeText } : {}) });
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const [action, setAction] = useState<EnrolmentAction | null>(null);
  const [erasing, setErasing] = useState(false);
  const loaded = Boolean(q.data);
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);
  const detail = q.data;
  const child = detail?.child;
  const erased = Boolean(child?.erasedAt);

  return (
    <aside className="detail-panel" aria-label={t('cultureKids.child.label')} data-testid="ck-child-detail" data-child-id={id}>
      <div className="detail-panel__bar">
        <Button variant={ButtonVariant.Supplementary} size={ButtonSize.Small} iconStart={<IconCross />} onClick={onClose} data-testid="detail-close">
          {t('cultureKids.child.close')}
        </Button>
      </div>
      {q.isLoading ? (
        <LoadingState text={t('cultureKids.child.loading')} />
      ) : q.isError || !detail || !child ? (
        <ErrorState error={asAppError(q.error)} onRetry={() => void q.refetch()} />
      ) : (
        <div className="detail-panel__body">
          <header className="detail-head">
            <div className="detail-head__title">
              <h2 ref={headingRef} tabIndex={-1} data-testid="ck-child-name">
                {erased ? t('cultureKids.child.erased') : `${child.firstName} ${child.lastName}`}
              </h2>
              {detail.pending ? <Pending /> : null}
            </div>
            <p className="detail-head__meta">
              {t('cultureKids.child.birthYear')} {child.birthYear} · {t('cultureKids.child.postalCode')} {child.postalCode}
              {detail.postalArea ? ` ${detail.postalArea}` : ''} · {t('cultureKids.child.registeredAt')} {formatInstantDate(child.createdAt, lang)}
            </p>
          </header>
          {!erased && detail.rights.admin ? (
            <div className="detail-actions">
              <Button size={ButtonSize.Small} onClick={() => setAction({ kind: 'enrol' })} data-testid="ck-child-enrol">
                {t('cultureKids.child.enrol')}
              </Button>
              {detail.rights.viewFamilies ? <GdprExportButton childId={child.id} purpose={purpose} /> : null}
              {detail.rights.viewFamilies ? (
                <Button size={ButtonSize.Small} variant={ButtonVariant.Danger} onClick={() => setErasing(true)} data-testid="ck-child-erase">
                  {t('cultureKids.child.erase')}
                </Button>
              ) : null}
            </div>
          ) : null}
          <section className="detail-section" aria-labelledby="ck-guardians-h">
            <h3 id="ck-guardians-h">{t('cultureKids.child.guardians')}</h3>
            {!detail.rights.viewFamilies ? (
              <p className="muted" data-testid="ck-contacts-hidden">
                {t('cultureKids.child.contactsHidden')}
              </p>
            ) : null}
            {detail.guardians.map((g) => (
              <GuardianCard key={g.id} guardian={g} canUnsubscribe={detail.rights.viewFamilies && !erased && g.active} />
            ))}
          </section>
          {detail.notes !== null ? (
            <section className="detail-section" aria-labelledby="ck-notes-h">
              <h3 id="ck-notes-h">{t('cultureKids.child.notes')}</h3>
              <p data-testid="ck-child-notes">{detail.notes || t('cultureKids.child.noNotes')}</p>
            </section>
          ) : null}
          <ParticipationSection detail={detail} onAction={setAction} />
          <FreeSpotSection detail={detail} />
        </div>
      )}
      {action && detail ? <EnrolmentDialog detail={detail} action={action} onClose={() => setAction(null)} /> : null}
      {erasing && detail ? <EraseChildDialog detail={detail} onClose={() => setErasing(false)} /> : null}
    </aside>
  );
}

function ParticipationSection({ detail, onAction }: { detail: ChildDetailModel; onAction: (a: EnrolmentAction) => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const canAct = detail.rights.admin && !detail.child.erasedAt;
  return (
    <section className="detail-section" aria-labelledby="ck-history-h">
      <h3 id="ck-history-h">{t('cultureKids.child.history')}</h3>
      {detail.participation.length === 0 ? (
        <p className="muted" data-testid="ck-history-empty">
          {t('cultureKids.child.noHistory')}
        </p>
      ) : (
        <table className="ck-table" data-testid="ck-history">
          <thead>
            <tr>
              <th scope="col">{t('cultureKids.child.historyColumns.when')}</th>
              <th scope="col">{t('cultureKids.child.historyColumns.event')}</th>
              <th scope="col">{t('cultureKids.child.historyColumns.status')}</th>
              {canAct ? <th scope="col">{t('cultureKids.child.historyColumns.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {detail.participation.map((p) => (
              <tr key={p.enrolment.id} data-testid="ck-history-row" data-status={p.enrolment.status} data-enrolment-id={p.enrolment.id}>
                <td>{p.occurrenceStartsAt ? formatDateTime(p.occurrenceStartsAt, lang) : '–'}</td>
                <td>
                  {localized(p.eventName, lang)}
                  {p.venueName ? <span className="muted"> · {localized(p.venueName, lang)}</span> : null}
                  <br />
                  <span className="muted">{madeBy(p, t)}</span>
                </td>
                <td>
                  {t(`cultureKids.statuses.${p.enrolment.status}`)}
                  {p.enrolment.cancelKind ? <span className="muted"> ({t(`cultureKids.cancelKinds.${p.enrolment.cancelKind}`)})</span> : null}
                  {p.pending ? <Pending /> : null}
                </td>
                {canAct ? (
                  <td>
                    {p.enrolment.status === 'enrolled' && p.enrolment.occurrenceId ? (
                      <span className="ck-actions">
                        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onAction({ kind: 'move', row: p })} data-testid="ck-enrolment-move">
                          {t('cultureKids.child.move')}
                        </Button>
                        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => onAction({ kind: 'cancel', row: p })} data-testid="ck-enrolment-cancel">
                          {t('cultureKids.child.cancel')}
                        </Button>
                      </span>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function madeBy(p: ParticipationRow, t: TFunction): string {
  return p.enrolment.enrolledBy === 'staff' ? t('cultureKids.child.enrolledByStaff', { reason: p.enrolment.staffReason ?? '' }) : t('cultureKids.child.enrolledByFamily');
}
