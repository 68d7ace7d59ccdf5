import { Button, ButtonVariant, Dialog, Notification, TextInput } from 'hds-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoatCertificateSlot } from '../../../../../domain/berths/boat-certificate-contract.ts';
import { CERTIFICATE_ISSUER_MAX, CERTIFICATE_NUMBER_MAX } from '../../../../../domain/berths/boat-certificate-commands.ts';
import type { DocumentRef } from '../../../../../domain/documents/document.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { commandError } from '../../../api/command-error.ts';
import { useErrorText } from '../../../components/StateViews.tsx';
import { useReturnFocus } from '../../../components/useReturnFocus.ts';
import { DocumentPicker } from '../../../files/DocumentPicker.tsx';
import { helsinkiToday } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { useAddBoatCertificateMutation, useEditBoatCertificateMutation } from './boat-api.ts';
import { certificateFormOf, checkCertificateForm, type CertificateField, type CertificateForm } from './certificate-form.ts';

/**
 * Adds a boat's certificate of one type, or edits the one it has: number, issuer and the days it
 * is valid, typed in the user's date format, and the scan of the document the handler checked. A problem shows beside its field once the field is
 * typed in or Save is tried; Enter saves, Escape cancels. Saving records the handler as the one
 * who checked it; a refusal on this machine stays in the dialog.
 */
export function CertificateDialog({ boatId, boatLabel, slot, onClose }: { boatId: string; boatLabel: string; slot: BoatCertificateSlot; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const id = useId().replace(/:/g, '');
  const type = slot.certificateType;
  const existing = slot.certificate;
  const [form, setForm] = useState<CertificateForm>(() => certificateFormOf(existing, lang));
  const [touched, setTouched] = useState<ReadonlySet<CertificateField>>(new Set());
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [scan, setScan] = useState<DocumentRef | null>(existing?.document ?? null);
  const [add] = useAddBoatCertificateMutation();
  const [edit] = useEditBoatCertificateMutation();
  useReturnFocus();

  const checked = checkCertificateForm(form, lang, helsinkiToday());
  const problem = (f: CertificateField) => {
    const p = tried || touched.has(f) ? checked.problems[f] : undefined;
    return p ? t(p.key, p.params ?? {}) : undefined;
  };
  const set = (f: CertificateField, value: string) => {
    setForm((s) => ({ ...s, [f]: value }));
    setTouched((s) => new Set(s).add(f));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setRefusal(null);
    const values = checked.values;
    if (!values || busy) return;
    setBusy(true);
    // An edit names the scan only when it changed: one attached on another desk stays as it is.
    const document = existing && scan?.id === existing.document?.id ? {} : { document: scan };
    const failed = existing
      ? commandError(await edit({ certificateId: existing.id, ...values, ...document }))
      : commandError(await add({ boatId, certificateType: type, ...values, ...document }));
    setBusy(false);
    if (failed) {
      setRefusal(failed);
      return;
    }
    dispatch(announce({ key: 'commands.pending', params: { command: existing ? 'commands.editBoatCertificate' : 'commands.addBoatCertificate' } }));
    onClose();
  }

  const field = (f: CertificateField, label: string, helperText: string, extra: { maxLength?: number; required?: boolean } = {}) => {
    const error = problem(f);
    return (
      <TextInput
        id={`certificate-${f}`}
        data-testid={`certificate-${f}`}
        label={label}
        helperText={helperText}
        value={form[f]}
        onChange={(e) => set(f, e.target.value)}
        invalid={error !== undefined}
        errorText={error}
        aria-invalid={error !== undefined}
        autoComplete="off"
        spellCheck={false}
        {...extra}
      />
    );
  };

  return (
    <Dialog
      id={`dlg-${id}`}
      aria-labelledby={`dlg-${id}-title`}
      aria-describedby={`dlg-${id}-text`}
      isOpen
      close={onClose}
      closeButtonLabelText={t('berthBoats.dialog.cancel')}
      data-testid="certificate-dialog"
    >
      <Dialog.Header id={`dlg-${id}-title`} title={t(`berthBoats.dialog.${existing ? 'editTitle' : 'addTitle'}.${type}`)} />
      <form onSubmit={save} noValidate className="certificate-form">
        <Dialog.Content>
          <p id={`dlg-${id}-text`}>{t('berthBoats.dialog.text', { boat: boatLabel })}</p>
          <div className="certificate-form__fields">
            {field('number', t('berthBoats.dialog.number'), t('berthBoats.dialog.optional'), { maxLength: CERTIFICATE_NUMBER_MAX })}
            {field('issuer', t(`berthBoats.dialog.issuer.${type}`), t('berthBoats.dialog.optional'), { maxLength: CERTIFICATE_ISSUER_MAX })}
            {field('validFrom', t('berthBoats.dialog.validFrom'), t('berthBoats.dialog.validFromHelp'))}
            {field('validUntil', t('berthBoats.dialog.validUntil'), t('berthBoats.dialog.validUntilHelp'), { required: true })}
          </div>
          <DocumentPicker purpose="boat_certificate" label={t('berthBoats.dialog.scan')} value={scan} onChange={setScan} disabled={busy} testId="certificate-scan" />
          {refusal ? (
            <Notification type="error" label={t('states.actionFailedTitle')} role="alert" data-testid="dialog-error" data-code={refusal.code}>
              {errorText(refusal)}
            </Notification>
          ) : null}
        </Dialog.Content>
        <Dialog.ActionButtons>
          <Button type="submit" disabled={busy} data-testid="certificate-save">
            {t('berthBoats.dialog.save')}
          </Button>
          <Button type="button" variant={ButtonVariant.Secondary} onClick={onClose} data-testid="certificate-cancel">
            {t('berthBoats.dialog.cancel')}
          </Button>
        </Dialog.ActionButtons>
      </form>
    </Dialog>
  );
}
