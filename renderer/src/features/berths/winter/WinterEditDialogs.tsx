import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WINTER_SECTION_SERVICES, type WinterArea, type WinterPlace, type WinterSection } from '../../../../../domain/berths/winter-entities.ts';
import type { AppError } from '../../../../../domain/result.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { localized } from '../../../format/format.ts';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Check, CommentField, Field, useTouchedForm } from '../harbours/FormFields.tsx';
import type { Problems } from '../harbours/master-data-form.ts';
import { useAddWinterPlaceMutation, useAddWinterSectionMutation, useEditWinterAreaMutation, useEditWinterPlaceMutation, useEditWinterSectionMutation } from './winter-api.ts';
import {
  areaForm,
  checkAreaForm,
  checkPlaceForm,
  checkSectionForm,
  newPlaceForm,
  newSectionForm,
  placeForm,
  sectionForm,
  type AreaField,
  type AreaForm,
  type PlaceFields,
  type PlaceForm,
  type SectionFields,
  type SectionForm,
} from './winter-master-form.ts';

type Sent = { error?: unknown } | { data?: unknown };

/**
 * One edit as a modal form: saved once the fields are right, the refusal of the desk's own
 * decider (a lease holding the place) shown in the dialog in the user's language, as the
 * harbours' edit dialogs do.
 */
function EditDialog<P>({
  name,
  title,
  confirmLabel,
  checked,
  send,
  command,
  onClose,
  children,
}: {
  name: 'area' | 'section' | 'section-add' | 'place' | 'place-add';
  title: string;
  /** Save, unless the dialog adds. */
  confirmLabel?: string;
  checked: { ok: true; payload: P } | { ok: false };
  send: (payload: P) => Promise<Sent>;
  command: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  return (
    <ConfirmDialog
      isOpen
      title={title}
      confirmLabel={confirmLabel ?? t('berthsMaster.save')}
      testId={`winter-${name}-dialog`}
      confirmTestId={`winter-${name}-save`}
      blockedReason={checked.ok ? null : t('berthsMaster.fixFirst')}
      confirmDisabled={!checked.ok}
      onClose={onClose}
      onConfirm={async (): Promise<AppError | null> => {
        if (!checked.ok) return null;
        const r = await send(checked.payload);
        if ('error' in r && r.error) return asAppError(r.error);
        dispatch(announce({ key: 'commands.pending', params: { command: `commands.${command}` } }));
        return null;
      }}
    >
      <div className="master-form">{children}</div>
    </ConfirmDialog>
  );
}

const AREA_ROWS: readonly (readonly { name: AreaField; required?: boolean; inputMode?: 'numeric' }[])[] = [
  [{ name: 'nameFi', required: true }],
  [
    { name: 'nameSv', required: true },
    { name: 'nameEn', required: true },
  ],
  [{ name: 'streetAddress' }, { name: 'zipCode', inputMode: 'numeric' }],
];

/** An area's names in three languages, its address, its estimate of unmarked spaces and whether it is in use. */
export function WinterAreaDialog({ area, onClose }: { area: WinterArea; onClose: () => void }) {
  const { t } = useTranslation();
  const [edit] = useEditWinterAreaMutation();
  const { form, set, shown } = useTouchedForm<AreaForm>(() => areaForm(area));
  const checked = useMemo(() => checkAreaForm(area.id, form), [area.id, form]);
  const problems: Problems<AreaField> = checked.ok ? {} : checked.problems;
  const text = (name: Exclude<AreaField, 'isActive'>, label: string, extra: { required?: boolean; inputMode?: 'numeric'; helperText?: string } = {}) => (
    <Field key={name} id={`winter-area-${name}`} label={label} value={form[name]} onChange={(v) => set(name, v)} problem={problems[name]} shown={shown(name)} {...extra} />
  );
  const body = (
    <>
      {AREA_ROWS.map((row) => (
        <div key={row[0]!.name} className="master-form__row">
          {row.map((f) => text(f.name as Exclude<AreaField, 'isActive'>, t(`berthsMaster.fields.${f.name}`), f))}
        </div>
      ))}
      <div className="master-form__row">{text('estimatedUnmarkedSpaces', t('winter.areas.fields.unmarked'), { inputMode: 'numeric', helperText: t('winter.areas.fields.unmarkedHelp') })}</div>
      <div className="master-form__checks">
        <Check id="winter-area-active" label={t('berthsMaster.fields.active')} checked={form.isActive} onChange={(v) => set('isActive', v)} />
      </div>
    </>
  );
  return (
    <EditDialog name="area" title={t('winter.areas.areaTitle', { name: area.name.fi })} checked={checked} send={edit} command="editWinterArea" onClose={onClose}>
      {body}
    </EditDialog>
  );
}

/**
 * A section's identifier, services and whether it is in use: with `section`, saved as one
 * versioned edit; without, a new section in the area `area` (the core gives it its id).
 */
export function WinterSectionDialog({
  section,
  area,
  otherIdentifiers,
  onClose,
}: {
  section: WinterSection | null;
  area: WinterArea;
  otherIdentifiers: readonly string[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [edit] = useEditWinterSectionMutation();
  const [add] = useAddWinterSectionMutation();
  const { form, set, shown } = useTouchedForm<SectionForm>(() => (section ? sectionForm(section) : newSectionForm(area.isActive !== false)));
  const checked = useMemo(() => checkSectionForm(form, otherIdentifiers), [form, otherIdentifiers]);
  const problems = checked.ok ? {} : checked.problems;
  const toggle = (s: SectionForm['services'][number], on: boolean) =>
    set('services', on ? WINTER_SECTION_SERVICES.filter((x) => x === s || form.services.includes(x)) : form.services.filter((x) => x !== s));
  const body = (
    <>
      <div className="master-form__row">
        <Field id="winter-section-identifier" label={t('berthsMaster.fields.identifier')} value={form.identifier} onChange={(v) => set('identifier', v)} problem={problems.identifier} shown={shown('identifier')} required />
      </div>
      <fieldset className="master-form__checks">
        <legend>{t('berthsMaster.fields.services')}</legend>
        {WINTER_SECTION_SERVICES.map((s) => (
          <Check key={s} id={`winter-section-service-${s}`} label={t(`winter.areas.services.${s}`)} checked={form.services.includes(s)} onChange={(on) => toggle(s, on)} />
        ))}
      </fieldset>
      <div className="master-form__checks">
        <Check id="winter-section-active" label={t('berthsMaster.fields.active')} checked={form.isActive} onChange={(v) => set('isActive', v)} />
      </div>
    </>
  );
  return (
    <EditDialog
      name={section ? 'section' : 'section-add'}
      title={section ? t('winter.areas.sectionTitle', { section: section.identifier }) : t('winter.areas.addSectionTitle', { area: localized(area.name, asLanguage(i18n.language)) })}
      confirmLabel={section ? undefined : t('winter.areas.add')}
      checked={checked}
      send={(fields: SectionFields) => (section ? edit({ ...fields, sectionId: section.id }) : add({ ...fields, areaId: area.id }))}
      command={section ? 'editWinterSection' : 'addWinterSection'}
      onClose={onClose}
    >
      {body}
    </EditDialog>
  );
}

/**
 * A marked place's number, size, flags and comment: with `place`, saved as one versioned edit;
 * without, a new place in the section `sectionId` (the core gives it its id).
 */
export function WinterPlaceDialog({
  place,
  sectionId,
  section,
  otherNumbers,
  onClose,
}: {
  place: WinterPlace | null;
  sectionId: string;
  section: string;
  otherNumbers: readonly number[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [edit] = useEditWinterPlaceMutation();
  const [add] = useAddWinterPlaceMutation();
  const { form, set, shown } = useTouchedForm<PlaceForm>(() => (place ? placeForm(place, asLanguage(i18n.language)) : newPlaceForm(otherNumbers)));
  const checked = useMemo(() => checkPlaceForm(form, otherNumbers), [form, otherNumbers]);
  const problems = checked.ok ? {} : checked.problems;
  const field = (name: 'number' | 'width' | 'length', label: string) => (
    <Field id={`winter-place-${name}`} label={label} value={form[name]} onChange={(v) => set(name, v)} problem={problems[name]} shown={shown(name)} required inputMode={name === 'number' ? 'numeric' : 'decimal'} />
  );
  const body = (
    <>
      <div className="master-form__row">
        {field('number', t('berthsMaster.fields.number'))}
        {field('width', t('berthsMaster.fields.width'))}
        {field('length', t('berthsMaster.fields.length'))}
      </div>
      <p className="muted master-form__note master-form__note--below">{t('berthsMaster.fields.sizeHelp')}</p>
      <div className="master-form__checks">
        <Check id="winter-place-active" label={t('berthsMaster.fields.active')} checked={form.isActive} onChange={(v) => set('isActive', v)} />
        <Check id="winter-place-invoiceable" label={t('berthsMaster.fields.invoiceable')} checked={form.isInvoiceable} onChange={(v) => set('isInvoiceable', v)} />
      </div>
      <CommentField id="winter-place-comment" label={t('berthsMaster.fields.comment')} value={form.comment} onChange={(v) => set('comment', v)} problem={problems.comment} shown={shown('comment')} />
    </>
  );
  return (
    <EditDialog
      name={place ? 'place' : 'place-add'}
      title={place ? t('winter.areas.placeTitle', { place: `${section}-${place.number}` }) : t('winter.areas.addPlaceTitle', { section })}
      confirmLabel={place ? undefined : t('winter.areas.add')}
      checked={checked}
      send={(fields: PlaceFields) => (place ? edit({ ...fields, placeId: place.id }) : add({ ...fields, sectionId }))}
      command={place ? 'editWinterPlace' : 'addWinterPlace'}
      onClose={onClose}
    >
      {body}
    </EditDialog>
  );
}
