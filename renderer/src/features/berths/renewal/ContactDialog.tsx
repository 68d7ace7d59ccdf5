import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { emailProblem } from '../../../../../domain/berths/renewal.ts';
import type { RenewalContact } from '../../../../../domain/berths/renewal-contract.ts';
import { LANGUAGES, type Language } from '../../../../../domain/languages.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Field, useTouchedForm } from '../harbours/FormFields.tsx';
import { useEditCustomerContactMutation } from './renewal-api.ts';

type Contact = RenewalContact;

/** Whose contact is edited: a failed renewal's customer, or one the preview flags. */
export interface ContactToFix {
  customerId: string;
  customerName: string;
  contact: RenewalContact;
}
type TextField = 'email' | 'phone' | 'address' | 'zipCode' | 'municipality';
const ROWS: readonly (readonly TextField[])[] = [['email'], ['phone', 'address'], ['zipCode', 'municipality']];

/** Why the email cannot be saved, as the central would refuse it (domain/berths/renewal.ts). */
function emailKey(contact: Contact): string | null {
  const problem = emailProblem(contact.email);
  if (problem === 'customer_email_invalid') return 'renewal.contact.emailInvalid';
  return problem && contact.invoicingType === 'online_payment' ? 'renewal.contact.emailRequired' : null;
}

/**
 * The customer's contact details and invoicing type, corrected where the renewal failed. The edit
 * is decided like any command (the customer's version is its base); the renewal is sent again
 * from the list once its customer can be reached.
 */
export function ContactDialog({ person, onClose, onSaved }: { person: ContactToFix; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [edit] = useEditCustomerContactMutation();
  const { form, set, shown } = useTouchedForm<Contact>(() => ({ ...person.contact }));
  const emailError = useMemo(() => emailKey(form), [form]);

  return (
    <ConfirmDialog
      isOpen
      title={t('renewal.contact.title', { name: person.customerName })}
      confirmLabel={t('renewal.contact.save')}
      testId="renewal-contact-dialog"
      confirmTestId="renewal-contact-save"
      blockedReason={emailError ? t('renewal.contact.fixFirst') : null}
      confirmDisabled={emailError !== null}
      onClose={onClose}
      onConfirm={async () => {
        if (emailError) return null;
        const r = await edit({ customerId: person.customerId, ...form, email: form.email.trim() });
        if ('error' in r && r.error) return asAppError(r.error);
        dispatch(announce({ key: 'renewal.contact.saved' }));
        onSaved();
        return null;
      }}
    >
      <div className="master-form">
        {ROWS.map((row) => (
          <div key={row[0]} className="master-form__row">
            {row.map((name) => (
              <Field
                key={name}
                id={`renewal-contact-${name}`}
                label={t(`renewal.contact.${name}`)}
                value={form[name]}
                onChange={(v) => set(name, v)}
                problem={name === 'email' && emailError ? { key: emailError } : undefined}
                // A missing address is shown at once: it is why the dialog was opened.
                shown={name === 'email' ? shown('email') || emailError === 'renewal.contact.emailRequired' : shown(name)}
                required={name === 'email' && form.invoicingType === 'online_payment'}
                inputMode={name === 'zipCode' ? 'numeric' : undefined}
              />
            ))}
          </div>
        ))}
        <div className="master-form__row">
          <SelectField
            id="renewal-contact-language"
            label={t('renewal.contact.language')}
            value={form.language}
            onChange={(v) => set('language', v as Language)}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          />
          <SelectField
            id="renewal-contact-invoicing"
            label={t('renewal.contact.invoicing')}
            value={form.invoicingType}
            onChange={(v) => set('invoicingType', v as Contact['invoicingType'])}
            options={[
              { value: 'online_payment', label: t('renewal.contact.online') },
              { value: 'paper_invoice', label: t('renewal.contact.paper') },
            ]}
          />
        </div>
      </div>
    </ConfirmDialog>
  );
}
