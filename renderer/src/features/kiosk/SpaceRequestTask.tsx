import { useMemo, useState } from 'react';
import type { AppError } from '../../../../domain/result.ts';
import { localized } from '../../format/format.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { useKioskInvoke } from './kiosk-calls.ts';
import { useKiosk, useKt } from './kiosk-context.ts';
import { KioskError } from './KioskError.tsx';
import { KioskField } from './KioskField.tsx';
import { clockTime, weekdayDate } from './kiosk-time.ts';
import { useLeaveGuard } from './LeaveGuard.tsx';
import { RequestState } from './RequestState.tsx';
import { personsCheck, personsCount, personsHint, requestRefusalKey } from './space-request-checks.ts';
import { spacesByPlace } from './space-order.ts';
import { requestDurations, requestStarts } from './space-times.ts';
import { TaskFrame } from './TaskFrame.tsx';
import { useForm } from './use-form.ts';
import { useHeldSend } from './use-held-send.ts';

const EMPTY = { space: '', day: '', start: '', minutes: '', persons: '', purpose: '', name: '', email: '', phone: '' };
const REQUIRED = ['space', 'day', 'start', 'minutes', 'persons', 'purpose', 'name', 'email', 'phone'] as const;

/**
 * A space booking request: a reservation unit, a time from its free slots, the party, the purpose
 * and who asks. On sending, the answers go to the kiosk's outbox and leave the screen; the kiosk's
 * cache never holds the reservee.
 */
export function SpaceRequestTask({ onBack }: { onBack: () => void }) {
  const kt = useKt();
  const invoke = useKioskInvoke();
  const { home, language } = useKiosk();
  const { form, set, reset, dirty } = useForm(EMPTY);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const guard = useLeaveGuard(dirty, onBack);

  const spaces = home?.spaces ?? [];
  const space = spaces.find((s) => s.reservationUnitId === form.space) ?? null;
  // The spaces in the kiosk's own building first, the other places' in a group of their own (as
  // on the today screen), each by name in the customer's language.
  const byPlace = spacesByPlace(spaces, home?.servicePoint?.unitIds ?? [], language);
  const here = byPlace.here.map((s) => s.reservationUnitId);
  const elsewhere = byPlace.elsewhere.map((s) => s.reservationUnitId);
  const spaceLabel = (id: string) => localized(spaces.find((s) => s.reservationUnitId === id)?.name, language);
  const spaceUnit = (id: string) => localized(spaces.find((s) => s.reservationUnitId === id)?.unitName, language);
  // Times from when the form opened: a few minutes' drift is harmless, the central checks anyway.
  const [openedAt] = useState(() => Date.now());
  const free = useMemo(() => space?.days.find((d) => d.date === form.day)?.free ?? [], [space, form.day]);
  const starts = useMemo(() => (space ? requestStarts(free, space, openedAt) : []), [space, free, openedAt]);
  const durations = space && form.start ? requestDurations(free, space, form.start) : [];
  // Too many people, or no number, shows as typed; too few only once a send was tried (a 1 on
  // the way to 12 is no mistake yet), as the e-mail address and the phone number (useHeldSend).
  const { formRef, tried, hold, contactWrong, emailError, phoneError } = useHeldSend(kt, form);
  const personsIssue = personsCheck(space, form.persons);
  const personsError = personsIssue && (tried || personsIssue.problem !== 'too_few') ? kt(personsIssue.text.key, personsIssue.text.params) : null;
  const hint = personsHint(space);

  const choose = (field: 'space' | 'day' | 'start') => (value: string) => {
    set(field)(value);
    // A new space or day makes the later choices meaningless.
    if (field === 'space') set('day')('');
    if (field !== 'start') set('start')('');
    set('minutes')('');
  };

  async function send() {
    if (busy) return;
    const incomplete = !space || REQUIRED.some((f) => form[f].trim() === '');
    setMissing(incomplete);
    const persons = personsCount(form.persons);
    if (incomplete || !space || persons === null || personsIssue || contactWrong) return hold();
    setBusy(true);
    setError(null);
    const beginsAt = form.start;
    const endsAt = new Date(Date.parse(beginsAt) + Number(form.minutes) * 60_000).toISOString();
    const r = await invoke('bookings.requestReservation', {
      reservationUnitId: space.reservationUnitId,
      beginsAt,
      endsAt,
      numPersons: persons,
      purpose: form.purpose.trim(),
      reservee: { name: form.name.trim(), email: form.email.trim(), phone: form.phone.trim() },
      // The handler's answer is written in the language the customer chose here.
      language,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    reset();
    setSent((r.value as { commandId: string }).commandId);
  }

  return (
    <TaskFrame title={kt('kiosk.request.title')} onBack={guard.requestLeave} testId="kiosk-request-task">
      {sent ? (
        <div className="kiosk-panel">
          <RequestState commandId={sent} textKey="kiosk.request.sent" refusalKey={requestRefusalKey} />
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={onBack} data-testid="kiosk-sent-done">
            {kt('kiosk.done')}
          </button>
        </div>
      ) : (
        <form
          ref={formRef}
          className="kiosk-panel kiosk-form"
          data-testid="kiosk-request-form"
          // The form's own check names what is missing in the customer's language; the browser's
          // bubble would speak the terminal's.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <p className="kiosk-lead">{kt('kiosk.request.intro')}</p>
          {spaces.length === 0 ? <p>{kt('kiosk.today.noSpaces')}</p> : null}
          <ChoiceGroup legend={kt('kiosk.request.space')} options={here} value={form.space} onChange={choose('space')} label={spaceLabel} detail={spaceUnit} testId="kiosk-request-space" />
          {elsewhere.length > 0 ? (
            <ChoiceGroup legend={kt('kiosk.today.elsewhere')} options={elsewhere} value={form.space} onChange={choose('space')} label={spaceLabel} detail={spaceUnit} testId="kiosk-request-space-elsewhere" />
          ) : null}
          {space ? (
            <ChoiceGroup
              legend={kt('kiosk.request.day')}
              options={space.days.filter((d) => d.free.length > 0).map((d) => d.date)}
              value={form.day}
              onChange={choose('day')}
              label={(d) => weekdayDate(d, language)}
              testId="kiosk-request-day"
            />
          ) : null}
          {space && form.day ? (
            starts.length > 0 ? (
              <ChoiceGroup legend={kt('kiosk.request.start')} options={starts} value={form.start} onChange={choose('start')} label={(s) => clockTime(s, language)} testId="kiosk-request-start" />
            ) : (
              <p>{kt('kiosk.request.noTimes')}</p>
            )
          ) : null}
          {durations.length > 0 ? (
            <ChoiceGroup legend={kt('kiosk.request.length')} options={durations.map(String)} value={form.minutes} onChange={set('minutes')} label={(m) => kt('kiosk.request.minutes', { count: Number(m) })} testId="kiosk-request-length" />
          ) : null}
          <KioskField
            label={kt('kiosk.request.persons')}
            hint={hint ? kt(hint.key, hint.params) : undefined}
            error={personsError}
            inputMode="numeric"
            value={form.persons}
            onChange={set('persons')}
            maxLength={5}
            required
            testId="kiosk-request-persons"
          />
          <KioskField label={kt('kiosk.request.purpose')} value={form.purpose} onChange={set('purpose')} maxLength={200} required multiline testId="kiosk-request-purpose" />
          <KioskField label={kt('kiosk.request.name')} value={form.name} onChange={set('name')} maxLength={200} required testId="kiosk-request-name" />
          <KioskField label={kt('kiosk.email')} inputMode="email" error={emailError} value={form.email} onChange={set('email')} maxLength={254} required testId="kiosk-request-email" />
          <KioskField label={kt('kiosk.phone')} inputMode="tel" error={phoneError} value={form.phone} onChange={set('phone')} maxLength={20} required testId="kiosk-request-phone" />
          {space?.requiresHandling !== false ? <p>{kt('kiosk.request.handled')}</p> : null}
          {missing ? (
            <p className="kiosk-error" role="alert" data-testid="kiosk-missing">
              {kt('kiosk.fillRequired')}
            </p>
          ) : null}
          <KioskError error={error} />
          <button type="submit" className="kiosk-button kiosk-button--primary kiosk-button--large" disabled={busy} data-testid="kiosk-request-send">
            {kt('kiosk.request.send')}
          </button>
        </form>
      )}
      {guard.dialog}
    </TaskFrame>
  );
}
