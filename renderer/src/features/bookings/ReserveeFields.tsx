import { TextInput } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { RESERVEE_KINDS, type ReserveeKind } from '../../../../domain/bookings/entities.ts';
import { LANGUAGES, type Language } from '../../../../domain/languages.ts';
import { SelectField } from '../../components/SelectField.tsx';

export interface ReserveeDraft {
  kind: ReserveeKind;
  firstName: string;
  lastName: string;
  organisation: string;
  businessId: string;
  email: string;
  phone: string;
  language: Language;
}

export const EMPTY_RESERVEE: ReserveeDraft = { kind: 'individual', firstName: '', lastName: '', organisation: '', businessId: '', email: '', phone: '', language: 'fi' };

/** What is missing before a BEHALF booking can be made (the same rules the entity holds), as an i18n key. */
export function reserveeProblem(r: ReserveeDraft): string | null {
  if (!r.firstName.trim() || !r.lastName.trim()) return 'bookings.reservee.nameRequired';
  if (r.kind !== 'individual' && !r.organisation.trim()) return 'bookings.reservee.organisationRequired';
  if (r.kind === 'company' && !r.businessId.trim()) return 'bookings.reservee.businessIdRequired';
  return null;
}

export function reserveePayload(r: ReserveeDraft) {
  return {
    kind: r.kind,
    firstName: r.firstName.trim(),
    lastName: r.lastName.trim(),
    organisation: r.kind === 'individual' ? null : r.organisation.trim() || null,
    businessId: r.businessId.trim() || null,
    email: r.email.trim(),
    phone: r.phone.trim(),
    language: r.language,
  };
}

/** For whom a BEHALF booking is made. */
export function ReserveeFields({ value, onChange, idPrefix }: { value: ReserveeDraft; onChange: (r: ReserveeDraft) => void; idPrefix: string }) {
  const { t } = useTranslation();
  const text = (key: 'firstName' | 'lastName' | 'organisation' | 'businessId' | 'email' | 'phone', required = false) => (
    <TextInput
      id={`${idPrefix}-${key}`}
      data-testid={`${idPrefix}-${key}`}
      label={t(`bookings.reservee.${key}`)}
      value={value[key]}
      required={required}
      maxLength={200}
      autoComplete="off"
      onChange={(e) => onChange({ ...value, [key]: e.target.value })}
    />
  );
  return (
    <fieldset className="form-group" data-testid={`${idPrefix}-reservee`}>
      <legend>{t('bookings.reservee.legend')}</legend>
      <SelectField
        id={`${idPrefix}-kind`}
        label={t('bookings.reservee.kind')}
        value={value.kind}
        onChange={(v) => onChange({ ...value, kind: v as ReserveeKind })}
        options={RESERVEE_KINDS.map((k) => ({ value: k, label: t(`bookings.reserveeKinds.${k}`) }))}
      />
      <div className="form-row">
        {text('firstName', true)}
        {text('lastName', true)}
      </div>
      {value.kind !== 'individual' ? (
        <div className="form-row">
          {text('organisation', true)}
          {text('businessId', value.kind === 'company')}
        </div>
      ) : null}
      <div className="form-row">
        {text('email')}
        {text('phone')}
      </div>
      <SelectField
        id={`${idPrefix}-language`}
        label={t('bookings.reservee.language')}
        value={value.language}
        onChange={(v) => onChange({ ...value, language: v as Language })}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
      />
    </fieldset>
  );
}
