import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventGroup, Trilingual } from '../../../../domain/culture-kids/entities.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCreateEventGroupMutation, useCkUpdateEventGroupMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';
import { EMPTY_TRILINGUAL, TrilingualFields, type TrilingualField } from '../../components/TrilingualFields.tsx';

const TEXT_KEYS = ['name', 'shortDescription', 'description', 'imageAltText'] as const;
type TextKey = (typeof TEXT_KEYS)[number];
const MAX: Record<TextKey, number> = { name: 200, shortDescription: 140, description: 5000, imageAltText: 300 };

/** An event group ("choose one"), new or edited. */
export function GroupDialog({ cohortId, group, onClose }: { cohortId: string; group: EventGroup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [create] = useCkCreateEventGroupMutation();
  const [update] = useCkUpdateEventGroupMutation();
  const [texts, setTexts] = useState<Record<TextKey, Trilingual>>(() => Object.fromEntries(TEXT_KEYS.map((k) => [k, group ? group[k] : EMPTY_TRILINGUAL])) as Record<TextKey, Trilingual>);
  const [imageUrl, setImageUrl] = useState(group?.imageUrl ?? '');
  const fields: TrilingualField[] = TEXT_KEYS.map((k) => ({ key: k, label: t(`cultureKids.event.${k}`), max: MAX[k], long: k === 'description' }));
  return (
    <ConfirmDialog
      isOpen
      title={group ? t('cultureKids.event.editGroupTitle') : t('cultureKids.event.createGroupTitle')}
      confirmLabel={t('cultureKids.event.save')}
      testId="ck-group-dialog"
      confirmTestId="ck-group-save"
      confirmDisabled={texts.name.fi.trim() === ''}
      blockedReason={t('cultureKids.venue.finnishRequired')}
      onClose={onClose}
      onConfirm={async () => {
        const fields = { ...texts, imageUrl: imageUrl.trim() || null };
        const err = commandError(group ? await update({ eventGroupId: group.id, ...fields }) : await create({ cohortId, ...fields }));
        if (!err) dispatch(announce({ key: 'cultureKids.event.saved' }));
        return err;
      }}
    >
      <div className="ck-form">
        <TrilingualFields idPrefix="ck-group" fields={fields} values={texts} onChange={(k, v) => setTexts((s) => ({ ...s, [k]: v }))} />
        <div className="field">
          <label htmlFor="ck-group-image">{t('cultureKids.event.imageUrl')}</label>
          <input id="ck-group-image" data-testid="ck-group-image" className="native-input" type="url" value={imageUrl} maxLength={500} onChange={(e) => setImageUrl(e.target.value)} />
        </div>
      </div>
    </ConfirmDialog>
  );
}
