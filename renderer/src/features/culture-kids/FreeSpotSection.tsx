import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, FreeSpotPlace } from '../../../../domain/culture-kids/contract.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatDateTime, formatInstantDate, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkUnsubscribeFreeSpotMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { Pending } from './Pending.tsx';

/**
 * The child's places on free-spot lists, and taking one off on the family's behalf. The central
 * removes the place; until the desk hears back, the place shows as being removed.
 */
export function FreeSpotSection({ detail }: { detail: ChildDetail }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [unsubscribe] = useCkUnsubscribeFreeSpotMutation();
  const [removing, setRemoving] = useState<FreeSpotPlace | null>(null);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const canAct = detail.rights.admin && !detail.child.erasedAt;
  if (detail.freeSpots.length === 0) return null;
  return (
    <section className="detail-section" aria-labelledby="ck-free-spots-h">
      <h3 id="ck-free-spots-h">{t('cultureKids.freeSpot.heading')}</h3>
      <table className="ck-table" data-testid="ck-free-spots">
        <thead>
          <tr>
            <th scope="col">{t('cultureKids.child.historyColumns.when')}</th>
            <th scope="col">{t('cultureKids.child.historyColumns.event')}</th>
            <th scope="col">{t('cultureKids.freeSpot.since')}</th>
            <th scope="col">{t('cultureKids.freeSpot.notice')}</th>
            {canAct ? <th scope="col">{t('cultureKids.child.historyColumns.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {detail.freeSpots.map((s) => {
            const gone = removed.has(s.occurrenceId);
            return (
              <tr key={s.occurrenceId} data-testid="ck-free-spot" data-occurrence-id={s.occurrenceId} data-notified={s.notifiedAt !== null} data-removing={gone}>
                <td>{s.occurrenceStartsAt ? formatDateTime(s.occurrenceStartsAt, lang) : '–'}</td>
                <td>
                  {localized(s.eventName, lang)}
                  {s.venueName ? <span className="muted"> · {localized(s.venueName, lang)}</span> : null}
                  {s.pending ? <Pending /> : null}
                </td>
                <td>{formatInstantDate(s.since, lang)}</td>
                <td>{s.notifiedAt ? t('cultureKids.freeSpot.notified', { date: formatDateTime(s.notifiedAt, lang) }) : t('cultureKids.freeSpot.waiting')}</td>
                {canAct ? (
                  <td>
                    {gone ? (
                      <span className="muted">{t('cultureKids.freeSpot.removing')}</span>
                    ) : (
                      <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setRemoving(s)} data-testid="ck-free-spot-remove">
                        {t('cultureKids.freeSpot.remove')}
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {removing ? (
        <ConfirmDialog
          isOpen
          title={t('cultureKids.freeSpot.removeTitle')}
          text={t('cultureKids.freeSpot.removeText', { event: localized(removing.eventName, lang), time: removing.occurrenceStartsAt ? formatDateTime(removing.occurrenceStartsAt, lang) : '–' })}
          confirmLabel={t('cultureKids.freeSpot.remove')}
          cancelLabel={t('cultureKids.freeSpot.keep')}
          testId="ck-free-spot-remove-dialog"
          confirmTestId="ck-free-spot-remove-confirm"
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            const err = commandError(await unsubscribe({ childId: detail.child.id, occurrenceId: removing.occurrenceId }));
            if (!err) {
              setRemoved((prev) => new Set(prev).add(removing.occurrenceId));
              dispatch(announce({ key: 'cultureKids.freeSpot.removed' }));
            }
            return err;
          }}
        />
      ) : null}
    </section>
  );
}
