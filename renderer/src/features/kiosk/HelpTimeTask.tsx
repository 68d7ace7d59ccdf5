import { useState } from 'react';
import type { KioskHelpSlot } from '../../../../domain/kiosk/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { INTAKE_LANGUAGES, INTAKE_TOPICS, type IntakeLanguage, type IntakeTopic } from './intake-choices.ts';
import { useKioskInvoke } from './kiosk-calls.ts';
import { useKiosk, useKt } from './kiosk-context.ts';
import { KioskError } from './KioskError.tsx';
import { KioskField } from './KioskField.tsx';
import { clockSpan, weekdayDate } from './kiosk-time.ts';
import { useLeaveGuard } from './LeaveGuard.tsx';
import { RequestState } from './RequestState.tsx';
import { useHeldSend } from './use-held-send.ts';
import { TaskFrame } from './TaskFrame.tsx';
import { useForm } from './use-form.ts';

const EMPTY = { topic: '', ownDevice: '', language: '', accessibility: '', email: '', phone: '' };

/** Book help time: a free slot of the service point, then a short intake and an optional contact for a reminder. */
export function HelpTimeTask({ onBack }: { onBack: () => void }) {
  const kt = useKt();
  const invoke = useKioskInvoke();
  const { home, language } = useKiosk();
  const [slot, setSlot] = useState<KioskHelpSlot | null>(null);
  const { form, set, reset, dirty } = useForm(EMPTY);
  const [error, setError] = useState<AppError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const guard = useLeaveGuard(slot !== null && dirty, onBack);
  // The contact is optional, but one given must be one a reminder can go to.
  const { formRef, hold, contactWrong, emailError, phoneError } = useHeldSend(kt, form);

  async function send() {
    if (!slot || busy) return;
    const incomplete = !form.topic || !form.ownDevice || !form.language;
    setMissing(incomplete);
    if (incomplete || contactWrong) return hold();
    setBusy(true);
    const contact = form.email.trim() || form.phone.trim() ? { email: form.email.trim() || null, phone: form.phone.trim() || null } : null;
    const r = await invoke('assist.bookAppointment', {
      calendarId: slot.calendarId,
      startsAt: slot.startsAt,
      intake: { topic: form.topic, ownDevice: form.ownDevice === 'yes', language: form.language, accessibilityNeeds: form.accessibility.trim() || null },
      contact,
      bookedVia: 'kiosk',
      followUpOfSessionId: null,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    // The answers leave the screen at once; only the request's state follows.
    reset();
    setSent((r.value as { commandId: string }).commandId);
  }

  const days = home?.helpSlots.filter((d) => d.slots.length > 0) ?? [];
  return (
    <TaskFrame title={kt('kiosk.helpTime.title')} onBack={guard.requestLeave} testId="kiosk-help-time-task">
      {sent ? (
        <div className="kiosk-panel">
          <RequestState commandId={sent} textKey="kiosk.helpTime.sent" />
          {slot ? <p>{kt('kiosk.helpTime.when', { day: weekdayDate(slot.startsAt.slice(0, 10), language), time: clockSpan(slot.startsAt, slot.endsAt, language) })}</p> : null}
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={onBack} data-testid="kiosk-sent-done">
            {kt('kiosk.done')}
          </button>
        </div>
      ) : !slot ? (
        <div className="kiosk-panel">
          <p className="kiosk-lead">{kt('kiosk.helpTime.pick')}</p>
          {days.length === 0 ? <p data-testid="kiosk-no-slots">{kt('kiosk.helpTime.none')}</p> : null}
          {days.map((day) => (
            <section key={day.date} className="kiosk-day" data-date={day.date}>
              <h2>{weekdayDate(day.date, language)}</h2>
              <div className="kiosk-slots">
                {day.slots.map((s) => (
                  <button key={`${s.calendarId}-${s.startsAt}`} type="button" className="kiosk-slot" onClick={() => setSlot(s)} data-testid="kiosk-help-slot">
                    {clockSpan(s.startsAt, s.endsAt, language)}
                  </button>
                ))}
              </div>
            </section>
          ))}
        </div>
      ) : (
        <form
          ref={formRef}
          className="kiosk-panel kiosk-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <p className="kiosk-lead">{kt('kiosk.helpTime.chosen', { time: clockSpan(slot.startsAt, slot.endsAt, language) })}</p>
          <ChoiceGroup<IntakeTopic> legend={kt('kiosk.helpTime.topic')} options={INTAKE_TOPICS} value={form.topic as IntakeTopic | ''} onChange={set('topic')} label={(v) => kt(`kiosk.topics.${v}`)} testId="kiosk-topic" />
          <ChoiceGroup<'yes' | 'no'> legend={kt('kiosk.helpTime.ownDevice')} options={['yes', 'no']} value={form.ownDevice as 'yes' | 'no' | ''} onChange={set('ownDevice')} label={(v) => kt(`kiosk.${v}`)} testId="kiosk-own-device" />
          <ChoiceGroup<IntakeLanguage> legend={kt('kiosk.helpTime.language')} options={INTAKE_LANGUAGES} value={form.language as IntakeLanguage | ''} onChange={set('language')} label={(v) => kt(`kiosk.serviceLanguages.${v}`)} testId="kiosk-service-language" />
          <KioskField label={kt('kiosk.helpTime.accessibility')} hint={kt('kiosk.optional')} value={form.accessibility} onChange={set('accessibility')} maxLength={250} testId="kiosk-accessibility-needs" />
          <p>{kt('kiosk.helpTime.contactIntro')}</p>
          <KioskField label={kt('kiosk.email')} inputMode="email" hint={kt('kiosk.optional')} error={emailError} value={form.email} onChange={set('email')} maxLength={254} testId="kiosk-contact-email" />
          <KioskField label={kt('kiosk.phone')} inputMode="tel" hint={kt('kiosk.optional')} error={phoneError} value={form.phone} onChange={set('phone')} maxLength={20} testId="kiosk-contact-phone" />
          {missing ? (
            <p className="kiosk-error" role="alert" data-testid="kiosk-missing">
              {kt('kiosk.fillRequired')}
            </p>
          ) : null}
          <KioskError error={error} />
          <div className="kiosk-form__actions">
            <button type="button" className="kiosk-button kiosk-button--secondary" onClick={() => setSlot(null)}>
              {kt('kiosk.helpTime.otherTime')}
            </button>
            <button type="submit" className="kiosk-button kiosk-button--primary" disabled={busy} data-testid="kiosk-help-time-send">
              {kt('kiosk.helpTime.send')}
            </button>
          </div>
        </form>
      )}
      {guard.dialog}
    </TaskFrame>
  );
}
