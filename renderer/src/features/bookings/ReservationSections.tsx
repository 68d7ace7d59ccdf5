import { useState } from 'react';
import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { ReservationDetail } from '../../../../domain/bookings/contract.ts';
import { splitGross } from '../../../../domain/bookings/pricing.ts';
import { formatDateTime, formatIsoDate, formatMoney, localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { timeRange } from './booking-time.ts';
import { EndSeriesDialog } from './EndSeriesDialog.tsx';
import { RescheduleSeriesDialog } from './RescheduleSeriesDialog.tsx';
import { isStaffCreatedType } from '../../../../domain/bookings/vocabulary.ts';

type Props = { detail: ReservationDetail };

function Facts({ rows, testId }: { rows: [string, string | null | undefined][]; testId?: string }) {
  return (
    <dl className="facts" data-testid={testId}>
      {rows
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => (
          <div key={k} className="facts__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

export function TimeSection({ detail }: Props) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const r = detail.reservation;
  const buffers = r.bufferBeforeMin === null && r.bufferAfterMin === null ? t('bookings.detail.unitBuffers') : t('bookings.detail.buffers', { before: r.bufferBeforeMin ?? 0, after: r.bufferAfterMin ?? 0 });
  return (
    <section className="detail-section" aria-labelledby="res-time">
      <h3 id="res-time">{t('bookings.detail.booking')}</h3>
      <Facts
        testId="reservation-facts"
        rows={[
          [t('bookings.detail.unit'), localized(detail.unitName, lang)],
          [t('bookings.detail.reservationUnit'), localized(detail.reservationUnitName, lang)],
          [t('bookings.detail.time'), timeRange(r.beginsAt, r.endsAt, lang)],
          [t('bookings.detail.bufferLabel'), r.type === 'BLOCKED' ? t('bookings.detail.noBuffers') : buffers],
          [t('bookings.detail.name'), r.name],
          [t('bookings.detail.description'), r.description],
          [t('bookings.detail.partySize'), r.partySize === null ? null : String(r.partySize)],
        ]}
      />
    </section>
  );
}

export function PriceSection({ detail }: Props) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const r = detail.reservation;
  const split = splitGross(r.priceCents, r.vatPercent);
  return (
    <section className="detail-section" aria-labelledby="res-price">
      <h3 id="res-price">{t('bookings.detail.price')}</h3>
      <Facts
        testId="reservation-price"
        rows={[
          [t('bookings.detail.priceGross'), formatMoney(r.priceCents, lang)],
          [t('bookings.detail.priceSplit', { vat: String(r.vatPercent).replace('.', lang === 'en' ? '.' : ',') }), `${formatMoney(split.netCents, lang)} + ${formatMoney(split.vatCents, lang)}`],
          [t('bookings.detail.undiscounted'), formatMoney(r.undiscountedPriceCents, lang)],
          [t('bookings.detail.subsidised'), r.subsidised ? t('bookings.detail.yes') : null],
          [t('bookings.detail.paymentStatus'), r.paymentStatus ? t(`bookings.payment.${r.paymentStatus}`) : r.priceCents === 0 ? t('bookings.payment.FREE') : t('bookings.detail.noPaymentOrder')],
          [t('bookings.detail.paymentDue'), r.paymentDueAt ? formatDateTime(r.paymentDueAt, lang) : null],
          [t('bookings.detail.freeOfCharge'), r.applyingForFreeOfCharge ? t('bookings.detail.freeOfChargeYes', { reason: r.freeOfChargeReason ?? '–' }) : null],
        ]}
      />
    </section>
  );
}

export function ReserveeSection({ detail }: Props) {
  const { t } = useTranslation();
  const r = detail.reservation;
  if (r.type === 'STAFF' || r.type === 'BLOCKED') return null;
  return (
    <section className="detail-section" aria-labelledby="res-reservee">
      <h3 id="res-reservee">{t('bookings.detail.reservee')}</h3>
      <Facts
        testId="reservation-reservee"
        rows={[
          [t('bookings.detail.reserveeKind'), t(`bookings.reserveeKinds.${r.reserveeKind}`)],
          [t('bookings.detail.reserveeName'), [r.reserveeFirstName, r.reserveeLastName].filter(Boolean).join(' ')],
          [t('bookings.detail.organisation'), r.reserveeOrganisation],
          [t('bookings.detail.businessId'), r.reserveeBusinessId],
          [t('bookings.detail.email'), r.reserveeEmail],
          [t('bookings.detail.phone'), r.reserveePhone],
          [t('bookings.detail.language'), t(`languages.${r.reserveeLanguage}`)],
        ]}
      />
    </section>
  );
}

export function HandlingSection({ detail }: Props) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const r = detail.reservation;
  const reason = detail.denyReasons.find((d) => d.id === r.denyReasonId);
  if (!r.handledAt && !r.handlingNote && !reason && !r.cancelReason) return null;
  return (
    <section className="detail-section" aria-labelledby="res-handling">
      <h3 id="res-handling">{t('bookings.detail.handling')}</h3>
      <Facts
        rows={[
          [t('bookings.detail.handledAt'), r.handledAt ? formatDateTime(r.handledAt, lang) : null],
          [t('bookings.detail.denyReason'), reason ? localized(reason.reason, lang) : null],
          [t('bookings.detail.handlingNote'), r.handlingNote],
          [t('bookings.detail.cancelReason'), r.cancelReason ? t(`bookings.cancelReasons.${r.cancelReason}`) : null],
          [t('bookings.detail.cancelDetails'), r.cancelDetails],
        ]}
      />
    </section>
  );
}

export function SeriesSection({ detail }: Props) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const [open, setOpen] = useState<'end' | 'reschedule' | null>(null);
  const s = detail.series;
  if (!s) return null;
  const canEnd = detail.allowedActions.includes('deny') || detail.allowedActions.includes('cancel') || detail.allowedActions.includes('approve');
  // A customer's seasonal series is settled by its round; staff move only their own kinds.
  const canReschedule = canEnd && isStaffCreatedType(s.type);
  return (
    <section className="detail-section" aria-labelledby="res-series" data-testid="reservation-series">
      <h3 id="res-series">{t('bookings.detail.series')}</h3>
      <Facts
        rows={[
          [t('bookings.detail.seriesName'), s.name],
          [t('bookings.detail.seriesDays'), s.weekdays.map((d) => t(`bookings.weekdays.${d}`)).join(', ')],
          [t('bookings.detail.seriesEvery'), t('bookings.series.everyWeeks', { count: s.recurrenceInDays / 7 })],
          [t('bookings.detail.seriesRange'), `${formatIsoDate(s.beginDate, lang)}–${formatIsoDate(s.endDate, lang)}`],
          [t('bookings.detail.seriesTimes'), `${s.beginTime}–${s.endTime}`],
        ]}
      />
      {canEnd ? (
        <div className="series-actions">
          {canReschedule ? (
            <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setOpen('reschedule')} data-testid="reschedule-series">
              {t('bookings.reschedule.open')}
            </Button>
          ) : null}
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={() => setOpen('end')} data-testid="end-series">
            {t('bookings.endSeries.open')}
          </Button>
        </div>
      ) : null}
      {open === 'end' ? <EndSeriesDialog detail={detail} onClose={() => setOpen(null)} /> : null}
      {open === 'reschedule' ? <RescheduleSeriesDialog detail={detail} onClose={() => setOpen(null)} /> : null}
    </section>
  );
}

export function HistorySection({ detail }: Props) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  return (
    <section className="detail-section" aria-labelledby="res-history">
      <h3 id="res-history">{t('bookings.detail.history')}</h3>
      {detail.events.length === 0 ? (
        <p className="muted">{t('bookings.detail.noHistory')}</p>
      ) : (
        <ol className="history-list" data-testid="reservation-history">
          {detail.events.map((e) => (
            <li key={e.id} data-kind={e.kind}>
              <strong>{t(`bookings.events.${e.kind}`)}</strong>
              {e.fromState && e.toState ? ` (${t(`bookings.states.${e.fromState}`)} → ${t(`bookings.states.${e.toState}`)})` : ''}
              <span className="muted">
                {' '}
                · {formatDateTime(e.at, lang)}
                {e.actorName ? ` · ${e.actorName}` : ''}
                {e.recordedAt === null ? ` · ${t('bookings.detail.notRecordedYet')}` : ''}
              </span>
              {e.note ? <p className="history-note">{e.note}</p> : null}
              {e.notifyCustomer ? <p className="muted">{t('bookings.detail.customerNotified')}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
