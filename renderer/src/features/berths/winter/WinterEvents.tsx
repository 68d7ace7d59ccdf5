import { useTranslation } from 'react-i18next';
import type { WinterEvent } from '../../../../../domain/berths/winter-entities.ts';
import { formatDateTime, formatIsoDate } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { recordedNote } from '../event-times.ts';
import { WinterSection } from './WinterSections.tsx';
import { useActorLabel } from '../../../i18n/actor-label.ts';

/** lease_created moves the application; the invoice events move the invoice. */
const STATUS_WORDS: Partial<Record<WinterEvent['kind'], string>> = { lease_created: 'statuses', lease_terminated: 'leaseStatuses', invoice_sent: 'berthOrders.statuses', invoice_paid: 'berthOrders.statuses', invoice_expired: 'berthOrders.statuses' };

/** The audit trail: each decision with who made it and when, and when the central recorded it. */
export function WinterEvents({ events }: { events: WinterEvent[] }) {
  const { t, i18n } = useTranslation();
  const actorLabel = useActorLabel();
  const lang = asLanguage(i18n.language);
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <WinterSection id="winter-events" title={t('winter.events.title')} testId="winter-events">
      {ordered.length === 0 ? (
        <p className="muted">{t('winter.events.empty')}</p>
      ) : (
        <ol className="history">
          {ordered.map((e) => {
            const recorded = recordedNote(e.at, e.recordedAt, lang);
            const words = STATUS_WORDS[e.kind];
            return (
              <li key={e.id} data-testid="winter-event" data-kind={e.kind}>
                <div className="history__head">
                  <strong>{t(`winter.events.kinds.${e.kind}`)}</strong>
                  <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
                </div>
                {recorded.kind === 'pending' ? <div className="history__change muted">{t('winter.events.notRecorded')}</div> : null}
                {recorded.kind === 'recorded' ? <div className="history__change muted">{t('winter.events.recordedAt', { time: recorded.time })}</div> : null}
                {words && e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? (
                  <div className="history__change">{t('detail.statusChange', { from: t(`${words}.${e.fromStatus}`), to: t(`${words}.${e.toStatus}`) })}</div>
                ) : null}
                {e.stickerNumber !== null ? <div className="history__note">{t('winter.events.sticker', { number: e.stickerNumber })}</div> : null}
                {e.kind === 'sticker_reassigned' && e.note ? <div className="history__note">{t('winter.events.replaced', { note: e.note })}</div> : null}
                {e.kind === 'lease_terminated' && e.note ? <div className="history__note">{t('winter.events.endsOn', { date: formatIsoDate(e.note, lang) })}</div> : null}
                {e.kind === 'lease_renewed' && e.note ? <div className="history__note">{t('winter.events.renews', { note: e.note })}</div> : null}
                {e.kind === 'sticker_posted' && e.note ? <div className="history__note">{t('winter.events.postedOn', { date: formatIsoDate(e.note, lang) })}</div> : null}
                {actorLabel(e.actorId, e.actorName) ? <div className="history__actor">{t('winter.events.by', { name: actorLabel(e.actorId, e.actorName) })}</div> : null}
              </li>
            );
          })}
        </ol>
      )}
    </WinterSection>
  );
}
