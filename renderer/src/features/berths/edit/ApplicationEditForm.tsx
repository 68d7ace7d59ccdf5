import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../../../../domain/contract.ts';
import type { ChangeField } from '../../../../../domain/berths/application-edit-schema.ts';
import { LANGUAGES } from '../../../../../domain/languages.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { asAppError } from '../../../api/base-query.ts';
import { useListHarboursQuery } from '../../../api/kuva-api.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { useErrorText } from '../../../components/StateViews.tsx';
import { localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Field } from '../harbours/FormFields.tsx';
import { checkEditForm, editForm, editScope, metresField, type EditForm, type TextField } from './application-edit-form.ts';
import { ChoiceList } from './ChoiceList.tsx';
import { useEditApplicationMutation } from './application-edit-api.ts';
import './application-edit.css';

const APPLICANT_ROWS: readonly (readonly TextField[])[] = [
  ['applicant.firstName', 'applicant.lastName'],
  ['applicant.email', 'applicant.phone'],
  ['applicant.address'],
  ['applicant.zipCode', 'applicant.municipality'],
];
const BOAT_ROWS: readonly (readonly TextField[])[] = [
  ['boat.registrationNumber', 'boat.name'],
  ['boat.model'],
  ['boat.length', 'boat.width', 'boat.draught'],
];
const BOAT_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const fieldId = (f: ChangeField) => `edit-${f.replace('.', '-')}`;
const shortName = (f: TextField) => f.slice(f.indexOf('.') + 1);

/**
 * The application's edit form, in the detail panel in place of the sections it edits. Save
 * sends one `berths.editApplication` with only what changed (decided in the cache at once, as
 * every command); Cancel or Escape leaves everything as it was.
 */
export function ApplicationEditForm({ detail, onDone }: { detail: ApplicationDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const errorText = useErrorText();
  const app = detail.application;
  const scope = editScope(app.status);
  const harbours = useListHarboursQuery();
  const [form, setForm] = useState<EditForm>(() => editForm(app, lang));
  const [touched, setTouched] = useState<ReadonlySet<ChangeField>>(new Set());
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [edit, { isLoading }] = useEditApplicationMutation();
  const headingRef = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => headingRef.current?.focus(), []);

  const known = useMemo(() => new Set((harbours.data ?? []).map((h) => h.id)), [harbours.data]);
  const harbourName = (id: string) => {
    const h = harbours.data?.find((x) => x.id === id) ?? detail.choices.find((c) => c.harbourId === id);
    return h ? localized(h.name, lang) : id;
  };
  const checked = useMemo(() => checkEditForm(app, form, harbours.data ? known : new Set(app.harbourChoices)), [app, form, known, harbours.data]);
  const problemCount = Object.keys(checked.problems).length;
  const shown = (f: ChangeField) => tried || touched.has(f);
  const problemOf = (f: ChangeField) => (shown(f) ? checked.problems[f] : undefined);

  const setValue = (f: TextField, value: string) => {
    setForm((s) => ({ ...s, values: { ...s.values, [f]: value } }));
    setTouched((s) => new Set(s).add(f));
  };
  const setChoices = (choices: string[]) => {
    setForm((s) => ({ ...s, choices }));
    setTouched((s) => new Set(s).add('harbourChoices'));
  };

  async function save(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setRefusal(null);
    if (problemCount > 0) return;
    if (checked.changes.length === 0) {
      onDone();
      dispatch(announce({ key: 'applicationEdit.unchanged' }));
      return;
    }
    const r = await edit({ applicationId: app.id, ...checked.payload });
    if ('error' in r && r.error) {
      setRefusal(asAppError(r.error));
      return;
    }
    dispatch(announce({ key: 'commands.pending', params: { command: 'commands.editApplication' } }));
    onDone();
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onDone();
    }
  };

  const textField = (f: TextField) => (
    <Field
      key={f}
      id={fieldId(f)}
      label={t(`applicationEdit.fields.${shortName(f)}`)}
      value={form.values[f]}
      onChange={(v) => setValue(f, v)}
      problem={problemOf(f)}
      shown={shown(f)}
      required={!['boat.registrationNumber', 'boat.name', 'boat.model', 'boat.draught'].includes(f)}
      inputMode={metresField(f) ? 'decimal' : f === 'applicant.zipCode' ? 'numeric' : undefined}
      helperText={metresField(f) ? t('applicationEdit.metresHelp') : undefined}
    />
  );

  return (
    <section className="detail-section application-edit" aria-labelledby="application-edit-title" data-testid="application-edit">
      <h3 id="application-edit-title" ref={headingRef} tabIndex={-1}>
        {t('applicationEdit.title', { reference: app.reference })}
      </h3>
      <form className="master-form" onSubmit={save} onKeyDown={onKeyDown} noValidate>
        {scope === 'contact' ? (
          <p className="application-edit__note" data-testid="edit-contact-only">
            {t('applicationEdit.contactOnly')}
          </p>
        ) : null}
        <fieldset className="application-edit__group">
          <legend>{t('applicationEdit.applicant')}</legend>
          {APPLICANT_ROWS.map((row) => (
            <div key={row[0]} className="master-form__row">
              {row.map(textField)}
            </div>
          ))}
          <SelectField
            id={fieldId('applicant.language')}
            label={t('applicationEdit.fields.language')}
            value={form.values['applicant.language']}
            options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
            onChange={(v) => setValue('applicant.language', v)}
          />
        </fieldset>
        {scope === 'all' ? (
          <>
            <fieldset className="application-edit__group">
              <legend>{t('applicationEdit.boat')}</legend>
              <SelectField
                id={fieldId('boat.boatType')}
                label={t('applicationEdit.fields.boatType')}
                value={form.values['boat.boatType']}
                options={BOAT_TYPES.map((n) => ({ value: String(n), label: t(`boatTypes.t${n}`) }))}
                onChange={(v) => setValue('boat.boatType', v)}
              />
              {BOAT_ROWS.map((row) => (
                <div key={row[0]} className="master-form__row">
                  {row.map(textField)}
                </div>
              ))}
            </fieldset>
            <ChoiceList
              choices={form.choices}
              options={(harbours.data ?? []).map((h) => ({ value: h.id, label: localized(h.name, lang) }))}
              harbourName={harbourName}
              onChange={setChoices}
              problem={problemOf('harbourChoices')}
            />
          </>
        ) : null}
        {tried && problemCount > 0 ? (
          <p className="application-edit__summary" role="alert" data-testid="edit-problems">
            {t('applicationEdit.invalid', { count: problemCount })}
          </p>
        ) : null}
        {refusal ? (
          <p className="application-edit__summary" role="alert" data-testid="edit-refusal">
            {errorText(refusal)}
          </p>
        ) : null}
        <div className="application-edit__buttons">
          <Button type="submit" size={ButtonSize.Small} disabled={isLoading} data-testid="edit-save">
            {isLoading ? t('applicationEdit.saving') : t('applicationEdit.save')}
          </Button>
          <Button type="button" size={ButtonSize.Small} variant={ButtonVariant.Secondary} onClick={onDone} data-testid="edit-cancel">
            {t('applicationEdit.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
