import { skipToken } from '@reduxjs/toolkit/query';
import { TextInput } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { fromWallClock, toIsoInstant } from '../../../../domain/wall-clock.ts';
import { useCheckSlotQuery, useCreateStaffReservationMutation } from '../../api/kuva-api.ts';
import { clockFor, parseClock } from '../../calendar/time-grid.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadingState } from '../../components/StateViews.tsx';
import { dayForInput, parseDay } from '../../format/dates.ts';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { BookingFields, draftBuffers, draftProblem, draftReservee, EMPTY_BOOKING, type BookingDraft } from './BookingFields.tsx';
import { commandError } from '../../api/command-error.ts';
import { blockerText, type BlockerView } from './slot-reasons.ts';

export interface SlotChoice {
  reservationUnit: ReservationUnitOption;
  date: string;
  beginMin: number;
  endMin: number;
}

/**
 * A staff booking from a calendar slot (brief 4.7): it skips opening hours, windows and duration
 * limits, never the conflict check. The slot is checked as the form changes; when it is taken the
 * dialog says why (which booking, which buffer, which relation) and the booking cannot be made.
 */
export function StaffBookingDialog({ slot, onClose }: { slot: SlotChoice; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [create] = useCreateStaffReservationMutation();
  const [draft, setDraft] = useState<BookingDraft>(EMPTY_BOOKING);
  const [dateText, setDateText] = useState(dayForInput(slot.date, lang));
  const [beginText, setBeginText] = useState(clockFor(slot.beginMin, lang));
  const [endText, setEndText] = useState(clockFor(slot.endMin, lang));
  const unit = slot.reservationUnit;

  const day = parseDay(dateText, lang);
  const begin = parseClock(beginText);
  const end = parseClock(endText);
  const timeProblem = !day.ok ? 'bookings.staff.dateInvalid' : begin === null || end === null ? 'bookings.staff.timeInvalid' : end <= begin ? 'bookings.staff.endBeforeBegin' : null;
  const when = day.ok && begin !== null && end !== null && end > begin ? { beginsAt: toIsoInstant(fromWallClock(day.iso, begin)), endsAt: toIsoInstant(fromWallClock(day.iso, end)) } : null;
  const buffers = draftBuffers(draft);
  const formProblem = draftProblem(draft);
  const check = useCheckSlotQuery(when && formProblem !== 'bookings.staff.bufferInvalid' ? { reservationUnitId: unit.id, type: draft.type, ...when, ...buffers } : skipToken);
  const answer = when ? check.data : undefined;
  const taken = answer ? !answer.free : false;
  const blocked = timeProblem ? t(timeProblem) : formProblem ? t(formProblem) : check.isFetching || !answer ? t('bookings.staff.checking') : taken ? t('bookings.staff.taken') : null;

  return (
    <ConfirmDialog
      isOpen
      title={t('bookings.staff.title')}
      text={t('bookings.staff.intro', { unit: localized(unit.name, lang) })}
      confirmLabel={t('bookings.staff.confirm')}
      cancelLabel={t('bookings.staff.cancel')}
      testId="staff-booking-dialog"
      confirmTestId="staff-booking-confirm"
      confirmDisabled={blocked !== null}
      blockedReason={blocked}
      onClose={onClose}
      onConfirm={async () => {
        if (!when) return null;
        const err = commandError(
          await create({ reservationUnitId: unit.id, type: draft.type, ...when, name: draft.name.trim(), description: draft.description.trim(), ...buffers, reservee: draftReservee(draft) }),
        );
        if (!err) dispatch(announce({ key: 'commands.pending', params: { command: 'commands.createStaffReservation' } }));
        return err;
      }}
    >
      <div className="form-row">
        <TextInput id="staff-date" data-testid="staff-date" label={t('bookings.staff.date')} value={dateText} onChange={(e) => setDateText(e.target.value)} invalid={!day.ok} autoComplete="off" required />
        <TextInput id="staff-begin" data-testid="staff-begin" label={t('bookings.staff.begin')} value={beginText} onChange={(e) => setBeginText(e.target.value)} invalid={begin === null} autoComplete="off" required />
        <TextInput id="staff-end" data-testid="staff-end" label={t('bookings.staff.end')} value={endText} onChange={(e) => setEndText(e.target.value)} invalid={end === null} autoComplete="off" required />
      </div>
      <SlotAnswer loading={Boolean(when) && check.isFetching && !answer} answer={answer} error={check.isError} />
      <BookingFields value={draft} onChange={setDraft} unit={unit} idPrefix="staff" />
    </ConfirmDialog>
  );
}

/** The live answer: free, or every blocker and why. */
export function SlotAnswer({ loading, answer, error }: { loading: boolean; answer: { free: boolean; blockers: BlockerView[] } | undefined; error: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  if (loading) return <LoadingState text={t('bookings.staff.checking')} small />;
  if (error) return <p className="slot-answer slot-answer--error" role="alert">{t('bookings.staff.checkFailed')}</p>;
  if (!answer) return null;
  return (
    <div className={`slot-answer${answer.free ? ' slot-answer--free' : ' slot-answer--taken'}`} role="status" data-testid="slot-answer" data-free={answer.free}>
      <strong>{answer.free ? t('bookings.staff.free') : t('bookings.staff.takenTitle')}</strong>
      {answer.free ? null : (
        <ul data-testid="slot-blockers">
          {answer.blockers.map((b, i) => (
            <li key={`${b.reservationId}-${i}`} data-reservation-id={b.reservationId} data-cause={b.cause.kind} data-relation={b.relation}>
              {blockerText(b, t, lang)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
