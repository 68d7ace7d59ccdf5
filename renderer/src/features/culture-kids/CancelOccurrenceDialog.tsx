import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OccurrenceView } from '../../../../domain/culture-kids/contract.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatDateTime } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkCancelOccurrenceMutation } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';

/** Cancelling an occurrence tells every enrolled family: the dialog says how many, and takes a reason. */
export function CancelOccurrenceDialog({ occurrence, onClose }: { occurrence: OccurrenceView; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [cancel] = useCkCancelOccurrenceMutation();
  const [reason, setReason] = useState('');
  const enrolled = occurrence.counts.enrolled;
  return (
    <ConfirmDialog
      isOpen
      title={t('cultureKids.program.cancelOccurrenceTitle', { time: formatDateTime(occurrence.occurrence.startsAt, lang) })}
      text={t('cultureKids.program.cancelOccurrenceText', { count: enrolled })}
      confirmLabel={t('cultureKids.program.cancelOccurrenceConfirm')}
      cancelLabel={t('cultureKids.program.keepOccurrence')}
      variant="danger"
      testId="ck-cancel-occurrence-dialog"
      confirmTestId="ck-cancel-occurrence-confirm"
      confirmDisabled={reason.trim() === ''}
      blockedReason={t('cultureKids.cancelEnrolment.reasonRequired')}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await cancel({ occurrenceId: occurrence.occurrence.id, reason: reason.trim() }));
        if (!err) dispatch(announce({ key: 'cultureKids.program.cancelDone' }));
        return err;
      }}
    >
      <TextAreaWithCounter id="ck-cancel-occurrence-reason" label={t('cultureKids.cancelEnrolment.reason')} value={reason} max={500} onValueChange={setReason} required />
    </ConfirmDialog>
  );
}
