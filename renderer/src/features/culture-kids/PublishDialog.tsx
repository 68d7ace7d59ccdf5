import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { LoadingState } from '../../components/StateViews.tsx';
import { formatInteger } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import { useCkPublishEventMutation, useCkPublishGroupMutation, useCkRecipientCountQuery } from './ck-api.ts';
import { commandError } from '../../api/command-error.ts';

/**
 * Publishing sends the invitations at once: the dialog says to how many families (those of the
 * cohort who accepted messages, as the central will count them) before the user confirms.
 */
export function PublishDialog({ cohortId, target, name, blockedReason, onClose }: { cohortId: string; target: { eventId: string } | { eventGroupId: string }; name: string; blockedReason: string | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [publishEvent] = useCkPublishEventMutation();
  const [publishGroup] = useCkPublishGroupMutation();
  const families = useCkRecipientCountQuery({ cohortId, selection: 'all' }, { refetchOnMountOrArgChange: true });
  const count = families.data?.count;
  const isGroup = 'eventGroupId' in target;
  return (
    <ConfirmDialog
      isOpen
      title={isGroup ? t('cultureKids.program.publishGroupTitle', { name }) : t('cultureKids.program.publishEventTitle', { name })}
      confirmLabel={t('cultureKids.program.publishConfirm')}
      testId="ck-publish-dialog"
      confirmTestId="ck-publish-confirm"
      confirmDisabled={blockedReason !== null}
      blockedReason={blockedReason}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError('eventGroupId' in target ? await publishGroup(target) : await publishEvent(target));
        if (!err) dispatch(announce({ key: 'cultureKids.program.publishDone' }));
        return err;
      }}
    >
      {families.data?.refusal ? (
        <p data-testid="ck-publish-count">{t('cultureKids.program.publishTextUncounted')}</p>
      ) : count === undefined ? (
        <LoadingState small text={t('cultureKids.messages.counting')} />
      ) : (
        <p data-testid="ck-publish-count" data-count={count}>
          {t('cultureKids.program.publishText', { count, formatted: formatInteger(count, lang) })}
        </p>
      )}
    </ConfirmDialog>
  );
}
