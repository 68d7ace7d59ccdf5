import { Button, ButtonVariant, Dialog, Notification } from 'hds-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppointmentRow } from '../../../../domain/assist/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { parseInstant, toWallClock } from '../../../../domain/wall-clock.ts';
import { commandError } from '../../api/command-error.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { useErrorText } from '../../components/StateViews.tsx';
import { useReturnFocus } from '../../components/useReturnFocus.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAsAppointmentNoShowMutation, useAsCancelAppointmentMutation } from './assist-api.ts';
import { timeOf, weekdayLabel } from './assist-time.ts';

/** A booked help time: its intake and contact, and what can still be done to it (cancel; no-show once it has begun). */
export function AppointmentDialog({ row, nowMs, onClose }: { row: AppointmentRow; nowMs: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const errorText = useErrorText();
  const id = useId().replace(/:/g, '');
  const [cancel] = useAsCancelAppointmentMutation();
  const [noShow] = useAsAppointmentNoShowMutation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  useReturnFocus();
  const a = row.appointment;
  const active = a.status === 'booked' || a.status === 'reminded';
  const begun = parseInstant(a.startsAt) <= nowMs;
  const when = `${weekdayLabel(toWallClock(parseInstant(a.startsAt)).date, lang)} ${timeOf(a.startsAt, lang)}–${timeOf(a.endsAt, lang)}`;
  const act = async (r: Promise<{ error?: unknown }>) => {
    const err = commandError(await r);
    setError(err);
    if (!err) onClose();
  };
  const fact = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <Dialog id={`as-appt-${id}`} aria-labelledby={`as-appt-${id}-title`} isOpen close={onClose} closeButtonLabelText={t('assist.appointment.close')} data-testid="as-appointment-dialog">
      <Dialog.Header id={`as-appt-${id}-title`} title={t('assist.appointment.title', { when })} />
      <Dialog.Content>
        <dl className="as-facts">
          {fact(t('assist.appointments.status'), `${t(`assist.appointmentStatus.${a.status}`)}${row.pending ? ` · ${t('assist.states.pending')}` : ''}`)}
          {fact(t('assist.intake.topic'), t(`assist.topics.${a.intake.topic}`))}
          {fact(t('assist.intake.language'), t(`assist.languages.${a.intake.language}`))}
          {fact(t('assist.intake.ownDevice'), a.intake.ownDevice ? t('assist.session.yes') : t('assist.session.no'))}
          {fact(t('assist.intake.accessibility'), a.intake.accessibilityNeeds ?? '–')}
          {fact(t('assist.book.contact'), a.contact ? [a.contact.email, a.contact.phone].filter(Boolean).join(', ') : t('assist.appointment.noContact'))}
          {fact(t('assist.appointment.bookedVia'), t(`assist.sources.${a.bookedVia}`))}
        </dl>
        {active ? <TextAreaWithCounter id="as-appt-reason" label={t('assist.appointment.reason')} value={reason} max={500} onValueChange={setReason} rows={2} /> : null}
        {active && !begun ? <p className="muted">{t('assist.appointment.noShowLater')}</p> : null}
        {error ? (
          <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="dialog-error" data-code={error.code}>
            {errorText(error)}
          </Notification>
        ) : null}
      </Dialog.Content>
      <Dialog.ActionButtons>
        {active ? (
          <Button variant={ButtonVariant.Danger} onClick={() => void act(cancel({ appointmentId: a.id, reason: reason.trim() === '' ? null : reason.trim() }))} data-testid="as-appt-cancel">
            {t('assist.appointment.cancel')}
          </Button>
        ) : null}
        {active && begun ? (
          <Button variant={ButtonVariant.Secondary} onClick={() => void act(noShow({ appointmentId: a.id }))} data-testid="as-appt-no-show">
            {t('assist.appointment.noShow')}
          </Button>
        ) : null}
        <Button variant={ButtonVariant.Secondary} onClick={onClose} data-testid="as-appt-close">
          {t('assist.appointment.close')}
        </Button>
      </Dialog.ActionButtons>
    </Dialog>
  );
}
