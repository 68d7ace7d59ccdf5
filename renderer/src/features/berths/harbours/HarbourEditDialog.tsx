import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Harbour } from '../../../../../domain/berths/entities.ts';
import { asAppError } from '../../../api/base-query.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useAppDispatch } from '../../../store/store.ts';
import { announce } from '../../../store/ui-slice.ts';
import { Field, useTouchedForm } from './FormFields.tsx';
import { checkHarbourForm, harbourForm, type HarbourField, type HarbourForm } from './master-data-form.ts';
import { useEditHarbourMutation } from './master-data-api.ts';

type Spec = { name: HarbourField; required?: boolean; inputMode?: 'numeric' | 'url' };
/** Fields in rows, so the dialog fits a 1280 × 720 screen without scrolling. */
const ROWS: readonly (readonly Spec[])[] = [
  [{ name: 'nameFi', required: true }],
  [
    { name: 'nameSv', required: true },
    { name: 'nameEn', required: true },
  ],
  [{ name: 'streetAddress' }, { name: 'zipCode', inputMode: 'numeric' }],
  [{ name: 'wwwUrl', inputMode: 'url' }],
];

/** A harbour's names in three languages, its address and web page. */
export function HarbourEditDialog({ harbour, onClose }: { harbour: Harbour; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [editHarbour] = useEditHarbourMutation();
  const { form, set, shown } = useTouchedForm<HarbourForm>(() => harbourForm(harbour));
  const checked = useMemo(() => checkHarbourForm(harbour.id, form), [harbour.id, form]);
  const problems = checked.ok ? {} : checked.problems;

  return (
    <ConfirmDialog
      isOpen
      title={t('berthsMaster.harbourTitle', { name: harbour.name.fi })}
      confirmLabel={t('berthsMaster.save')}
      testId="harbour-edit-dialog"
      confirmTestId="harbour-edit-save"
      blockedReason={checked.ok ? null : t('berthsMaster.fixFirst')}
      confirmDisabled={!checked.ok}
      onClose={onClose}
      onConfirm={async () => {
        if (!checked.ok) return null;
        const r = await editHarbour(checked.payload);
        if ('error' in r && r.error) return asAppError(r.error);
        dispatch(announce({ key: 'commands.pending', params: { command: 'commands.editHarbour' } }));
        return null;
      }}
    >
      <div className="master-form">
        {ROWS.map((row) => (
          <div key={row[0]!.name} className="master-form__row">
            {row.map((f) => (
              <Field
                key={f.name}
                id={`harbour-edit-${f.name}`}
                label={t(`berthsMaster.fields.${f.name}`)}
                value={form[f.name]}
                onChange={(v) => set(f.name, v)}
                problem={problems[f.name]}
                shown={shown(f.name)}
                required={f.required}
                inputMode={f.inputMode}
              />
            ))}
          </div>
        ))}
      </div>
    </ConfirmDialog>
  );
}
