import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail } from '../../../../domain/culture-kids/contract.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkEraseChildMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';

const REASON_MAX = 500;

/**
 * The GDPR erasure: names, contacts and notes go, the enrolments stay for the statistics. It cannot
 * be undone, so the child's first name is typed to confirm, and a reason is logged.
 */
export function EraseChildDialog({ detail, onClose }: { detail: ChildDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [erase] = useCkEraseChildMutation();
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const name = detail.child.firstName;
  const ready = typed.trim().toLocaleLowerCase() === name.toLocaleLowerCase() && reason.trim() !== '';
  return (
    <ConfirmDialog
      isOpen
      title={t('cultureKids.erase.title')}
      text={t('cultureKids.erase.text')}
      confirmLabel={t('cultureKids.erase.confirm')}
      cancelLabel={t('cultureKids.erase.keep')}
      variant="danger"
      testId="ck-erase-dialog"
      confirmTestId="ck-erase-confirm"
      confirmDisabled={!ready}
      blockedReason={t('cultureKids.erase.blocked')}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await erase({ childId: detail.child.id, reason: reason.trim() }));
        if (!err) dispatch(announce({ key: 'cultureKids.erase.done' }));
        return err;
      }}
    >
      <div className="field">
        <label htmlFor="ck-erase-name">{t('cultureKids.erase.typeName', { name })}</label>
        <input id="ck-erase-name" data-testid="ck-erase-name" className="native-input" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
      <TextAreaWithCounter id="ck-erase-reason" label={t('cultureKids.cancelEnrolment.reason')} value={reason} max={REASON_MAX} onValueChange={setReason} required />
    </ConfirmDialog>
  );
}
