import { Checkbox, RadioButton, TextInput } from 'hds-react';
import { useTranslation } from 'react-i18next';
import type { ReservationUnitOption } from '../../../../domain/bookings/contract.ts';
import { STAFF_CREATED_TYPES } from '../../../../domain/bookings/vocabulary.ts';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { EMPTY_RESERVEE, ReserveeFields, reserveePayload, reserveeProblem, type ReserveeDraft } from './ReserveeFields.tsx';

export type StaffType = (typeof STAFF_CREATED_TYPES)[number];

export interface BookingDraft {
  type: StaffType;
  name: string;
  description: string;
  /** The unit's own buffers, or the ones typed here. */
  ownBuffers: boolean;
  bufferBefore: string;
  bufferAfter: string;
  reservee: ReserveeDraft;
}

export const EMPTY_BOOKING: BookingDraft = { type: 'STAFF', name: '', description: '', ownBuffers: true, bufferBefore: '0', bufferAfter: '0', reservee: EMPTY_RESERVEE };

const minutes = (text: string): number | null => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The booking's buffers as the command takes them: null = the unit's; BLOCKED has none. */
export function draftBuffers(d: BookingDraft): { bufferBeforeMin: number | null; bufferAfterMin: number | null } {
  if (d.type === 'BLOCKED' || d.ownBuffers) return { bufferBeforeMin: null, bufferAfterMin: null };
  return { bufferBeforeMin: minutes(d.bufferBefore), bufferAfterMin: minutes(d.bufferAfter) };
}

/** What is missing in the form, as an i18n key; null when it can be sent. */
export function draftProblem(d: BookingDraft): string | null {
  if (d.type !== 'BLOCKED' && !d.ownBuffers) {
    const b = minutes(d.bufferBefore);
    const a = minutes(d.bufferAfter);
    if (b === null || a === null || b > 1440 || a > 1440) return 'bookings.staff.bufferInvalid';
  }
  if (d.type === 'BEHALF') return reserveeProblem(d.reservee);
  return null;
}

export function draftReservee(d: BookingDraft) {
  return d.type === 'BEHALF' ? reserveePayload(d.reservee) : null;
}

/** Type, name, description, buffers and (for BEHALF) the reservee: the staff booking and the series share them. */
export function BookingFields({ value, onChange, unit, idPrefix }: { value: BookingDraft; onChange: (d: BookingDraft) => void; unit: ReservationUnitOption; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="radio-group radio-group--row">
        <legend>{t('bookings.staff.type')}</legend>
        {STAFF_CREATED_TYPES.map((type) => (
          <RadioButton
            key={type}
            id={`${idPrefix}-type-${type}`}
            data-testid={`${idPrefix}-type-${type}`}
            name={`${idPrefix}-type`}
            value={type}
            label={t(`bookings.types.${type}`)}
            checked={value.type === type}
            onChange={() => onChange({ ...value, type })}
          />
        ))}
      </fieldset>
      <p className="muted">{t(`bookings.staff.typeHelp_${value.type}`)}</p>
      <TextInput id={`${idPrefix}-name`} data-testid={`${idPrefix}-name`} label={t('bookings.staff.name')} value={value.name} maxLength={200} autoComplete="off" onChange={(e) => onChange({ ...value, name: e.target.value })} />
      <TextAreaWithCounter id={`${idPrefix}-description`} label={t('bookings.staff.description')} value={value.description} max={LONG_TEXT_MAX} onValueChange={(v) => onChange({ ...value, description: v })} />
      {value.type === 'BLOCKED' ? (
        <p className="muted">{t('bookings.staff.blockedNoBuffers')}</p>
      ) : (
        <fieldset className="form-group">
          <legend>{t('bookings.staff.buffers')}</legend>
          <Checkbox
            id={`${idPrefix}-own-buffers`}
            data-testid={`${idPrefix}-own-buffers`}
            label={t('bookings.staff.unitBuffers', { before: unit.bufferBeforeMin, after: unit.bufferAfterMin })}
            checked={value.ownBuffers}
            onChange={(e) => onChange({ ...value, ownBuffers: e.target.checked })}
          />
          {!value.ownBuffers ? (
            <div className="form-row">
              <TextInput id={`${idPrefix}-buffer-before`} data-testid={`${idPrefix}-buffer-before`} label={t('bookings.staff.bufferBefore')} value={value.bufferBefore} inputMode="numeric" onChange={(e) => onChange({ ...value, bufferBefore: e.target.value })} />
              <TextInput id={`${idPrefix}-buffer-after`} data-testid={`${idPrefix}-buffer-after`} label={t('bookings.staff.bufferAfter')} value={value.bufferAfter} inputMode="numeric" onChange={(e) => onChange({ ...value, bufferAfter: e.target.value })} />
            </div>
          ) : null}
        </fieldset>
      )}
      {value.type === 'BEHALF' ? <ReserveeFields value={value.reservee} onChange={(reservee) => onChange({ ...value, reservee })} idPrefix={idPrefix} /> : null}
    </>
  );
}
