import { useTranslation } from 'react-i18next';
import type { GuardianView } from '../../../../domain/culture-kids/contract.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkUnsubscribeAllMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';

/** The family's "unsubscribe from everything", made for them by staff: it says exactly what goes. */
export function UnsubscribeAllDialog({ guardian, onClose }: { guardian: GuardianView; onClose: () => void }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const [unsubscribeAll] = useCkUnsubscribeAllMutation();
  return (
    <ConfirmDialog
      isOpen
      title={t('cultureKids.unsubscribeAll.title')}
      text={t('cultureKids.unsubscribeAll.text', { name: `${guardian.firstName} ${guardian.lastName}` })}
      confirmLabel={t('cultureKids.unsubscribeAll.confirm')}
      cancelLabel={t('cultureKids.unsubscribeAll.keep')}
      variant="danger"
      testId="ck-unsubscribe-all-dialog"
      confirmTestId="ck-unsubscribe-all-confirm"
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await unsubscribeAll({ guardianId: guardian.guardianId }));
        if (!err) dispatch(announce({ key: 'cultureKids.unsubscribeAll.done' }));
        return err;
      }}
    />
  );
}
