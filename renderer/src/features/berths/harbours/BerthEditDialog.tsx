import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MOORING_TYPES, type Berth, type MooringType } from '../../../../../domain/berths/entities.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { asLanguage } from '../../../format/locale.ts';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Check, CommentField, Field, useTouchedForm } from './FormFields.tsx';
import { berthForm, checkBerthForm, newBerthForm, type BerthForm } from './master-data-form.ts';
import { useAddBerthMutation, useEditBerthMutation } from './master-data-api.ts';

/**
 * One berth's sizes, mooring and flags, checked as typed: with `berth`, saved as one versioned
 * edit; without, a new berth on the pier `pierId` (the core gives it its id).
 */
export function BerthEditDialog({
  berth,
  pierId,
  pier,
  otherNumbers,
  newMooring,
  onClose,
}: {
  berth: { record: Berth; version: number } | null;
  pierId: string;
  pier: string;
  otherNumbers: readonly string[];
  /** A new berth's first mooring type: the pier's own. */
  newMooring?: MooringType;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [editBerth] = useEditBerthMutation();
  const [addBerth] = useAddBerthMutation();
  const { form, set, shown } = useTouchedForm<BerthForm>(() => (berth ? berthForm(berth.record, lang) : newBerthForm(newMooring)));
  const checked = useMemo(() => checkBerthForm(form, otherNumbers), [form, otherNumbers]);
  const mode = berth ? 'edit' : 'add';
  const problems = checked.ok ? {} : checked.problems;
  const field = (name: 'number' | 'width' | 'length' | 'depth', label: string, helperText?: string) => (
    <Field id={`berth-edit-${name}`} label={label} value={form[name]} onChange={(v) => set(name, v)} problem={problems[name]} shown={shown(name)} helperText={helperText} required={name !== 'depth'} inputMode={name === 'number' ? 'text' : 'decimal'} />
  );

  return (
    <ConfirmDialog
      isOpen
      title={berth ? t('berthsMaster.berthTitle', { number: berth.record.number, pier }) : t('berthsMaster.addBerthTitle', { pier })}
      confirmLabel={berth ? t('berthsMaster.save') : t('berthsMaster.add')}
      testId={`berth-${mode}-dialog`}
      confirmTestId={`berth-${mode}-save`}
      blockedReason={checked.ok ? null : t('berthsMaster.fixFirst')}
      confirmDisabled={!checked.ok}
      onClose={onClose}
      onConfirm={async () => {
        if (!checked.ok) return null;
        const r = berth ? await editBerth({ ...checked.payload, berthId: berth.record.id }) : await addBerth({ ...checked.payload, pierId });
        if ('error' in r && r.error) return asAppError(r.error);
        dispatch(announce({ key: 'commands.pending', params: { command: berth ? 'commands.editBerth' : 'commands.addBerth' } }));
        return null;
      }}
    >
      <div className="master-form" data-base-version={berth?.version}>
        <div className="master-form__row">
          {field('number', t('berthsMaster.fields.number'))}
          <SelectField
            id="berth-edit-mooring"
            label={t('berthsMaster.fields.mooring')}
            value={form.mooringType}
            onChange={(v) => set('mooringType', v as BerthForm['mooringType'])}
            options={MOORING_TYPES.map((m) => ({ value: m, label: t(`mooring.${m}`) }))}
          />
          <SelectField
            id="berth-edit-accessible"
            label={t('berthsMaster.fields.accessible')}
            value={form.isAccessible}
            onChange={(v) => set('isAccessible', v as BerthForm['isAccessible'])}
            options={(['unknown', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`berthsMaster.accessibleOptions.${v}`) }))}
          />
        </div>
        <p className="muted master-form__note">{t('berthsMaster.fields.sizeHelp')}</p>
        <div className="master-form__row">
          {field('width', t('berthsMaster.fields.width'))}
          {field('length', t('berthsMaster.fields.length'))}
          {field('depth', t('berthsMaster.fields.depth'), t('berthsMaster.fields.depthHelp'))}
        </div>
        <div className="master-form__checks">
          <Check id="berth-edit-active" label={t('berthsMaster.fields.active')} checked={form.isActive} onChange={(v) => set('isActive', v)} />
          <Check id="berth-edit-invoiceable" label={t('berthsMaster.fields.invoiceable')} checked={form.isInvoiceable} onChange={(v) => set('isInvoiceable', v)} />
        </div>
        <CommentField id="berth-edit-comment" label={t('berthsMaster.fields.comment')} value={form.comment} onChange={(v) => set('comment', v)} problem={problems.comment} shown={shown('comment')} />
      </div>
    </ConfirmDialog>
  );
}
