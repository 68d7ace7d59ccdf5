import { TextArea } from 'hds-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PIER_SERVICES, type Pier } from '../../../../../domain/berths/entities.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Check, Field, useTouchedForm } from './FormFields.tsx';
import { checkPierForm, newPierForm, pierForm, type PierForm } from './master-data-form.ts';
import { useAddPierMutation, useEditPierMutation } from './master-data-api.ts';

/**
 * A pier's identifier, price tier, services and boat types, and whether it is in use: with
 * `pier`, saved as one versioned edit; without, a new pier in the harbour `harbourId` (named
 * `harbour` in the title; the core gives it its id).
 */
export function PierEditDialog({
  pier,
  harbourId,
  harbour,
  otherIdentifiers,
  onClose,
}: {
  pier: Pier | null;
  harbourId: string;
  harbour: string;
  otherIdentifiers: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [editPier] = useEditPierMutation();
  const [addPier] = useAddPierMutation();
  const { form, set, shown } = useTouchedForm<PierForm>(() => (pier ? pierForm(pier) : newPierForm()));
  const checked = useMemo(() => checkPierForm(form, otherIdentifiers), [form, otherIdentifiers]);
  const testId = pier ? 'pier-edit' : 'pier-add';
  const problems = checked.ok ? {} : checked.problems;
  const toggle = (s: PierForm['services'][number], on: boolean) => set('services', on ? PIER_SERVICES.filter((x) => x === s || form.services.includes(x)) : form.services.filter((x) => x !== s));

  return (
    <ConfirmDialog
      isOpen
      title={pier ? t('berthsMaster.pierTitle', { pier: pier.identifier }) : t('berthsMaster.addPierTitle', { harbour })}
      confirmLabel={pier ? t('berthsMaster.save') : t('berthsMaster.add')}
      testId={`${testId}-dialog`}
      confirmTestId={`${testId}-save`}
      blockedReason={checked.ok ? null : t('berthsMaster.fixFirst')}
      confirmDisabled={!checked.ok}
      onClose={onClose}
      onConfirm={async () => {
        if (!checked.ok) return null;
        const r = pier ? await editPier({ ...checked.payload, pierId: pier.id }) : await addPier({ ...checked.payload, harbourId });
        if ('error' in r && r.error) return asAppError(r.error);
        dispatch(announce({ key: 'commands.pending', params: { command: pier ? 'commands.editPier' : 'commands.addPier' } }));
        return null;
      }}
    >
      <div className="master-form">
        <div className="master-form__row">
          <Field id="pier-edit-identifier" label={t('berthsMaster.fields.identifier')} value={form.identifier} onChange={(v) => set('identifier', v)} problem={problems.identifier} shown={shown('identifier')} required />
          <SelectField
            id="pier-edit-tier"
            label={t('berthsMaster.fields.priceTier')}
            value={String(form.priceTier)}
            onChange={(v) => set('priceTier', Number(v) as PierForm['priceTier'])}
            options={[1, 2, 3].map((n) => ({ value: String(n), label: t('berthsMaster.tier', { tier: n }) }))}
          />
        </div>
        <fieldset className="master-form__checks">
          <legend>{t('berthsMaster.fields.services')}</legend>
          {PIER_SERVICES.map((s) => (
            <Check key={s} id={`pier-edit-service-${s}`} label={t(`berthsMaster.services.${s}`)} checked={form.services.includes(s)} onChange={(on) => toggle(s, on)} />
          ))}
        </fieldset>
        <div className="master-form__checks">
          <Check id="pier-edit-electricity" label={t('berthsMaster.fields.personalElectricity')} checked={form.personalElectricity} onChange={(v) => set('personalElectricity', v)} />
          <Check id="pier-edit-active" label={t('berthsMaster.fields.active')} checked={form.isActive} onChange={(v) => set('isActive', v)} />
        </div>
        <TextArea
          id="pier-edit-boat-types"
          data-testid="pier-edit-boat-types"
          label={t('berthsMaster.fields.boatTypes')}
          helperText={t('berthsMaster.fields.boatTypesHelp')}
          value={form.suitableBoatTypes}
          onChange={(e) => set('suitableBoatTypes', e.target.value)}
          invalid={shown('suitableBoatTypes') && problems.suitableBoatTypes !== undefined}
          errorText={shown('suitableBoatTypes') && problems.suitableBoatTypes ? t(problems.suitableBoatTypes.key) : undefined}
          rows={3}
        />
      </div>
    </ConfirmDialog>
  );
}
