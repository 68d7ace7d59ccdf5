import { Button, ButtonSize, ButtonVariant } from 'hds-react';
import { LONG_TEXT_MAX } from '../../../../domain/text.ts';
import { TextAreaWithCounter } from '../../components/CharacterCounter.tsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canMoveApplication } from '../../../../domain/berths/statuses.ts';
import type { ApplicationDetail } from '../../../../domain/contract.ts';
import type { AppError } from '../../../../domain/result.ts';
import { asAppError } from '../../api/base-query.ts';
import {
  useExtendApplicationMutation,
  useMarkNoSuitableBerthMutation,
  useRecordOfferAnswerMutation,
  useReturnToQueueMutation,
  useWithdrawOfferMutation,
} from '../../api/kuva-api.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { editScope } from './edit/application-edit-form.ts';
import { canLinkCustomer } from './edit/link-customer.ts';
import { LinkCustomerDialog } from './edit/LinkCustomerDialog.tsx';
import { useAppDispatch, useAppSelector } from '../../store/store.ts';
import { announce, setSuggestionsOpen } from '../../store/ui-slice.ts';

type Pending = 'noSuitable' | 'extend' | 'withdraw' | 'accepted' | 'declined' | 'returnToQueue' | null;

/** What a status allows, from the same state machine the central enforces. */
export function availableActions(detail: ApplicationDetail): { suggest: boolean; noSuitable: boolean; extend: boolean; withdraw: boolean; answer: boolean; returnToQueue: boolean; edit: boolean; linkCustomer: boolean } {
  const status = detail.application.status;
  const offered = detail.offer?.lease.status === 'offered';
  return {
    suggest: status === 'pending',
    noSuitable: status === 'pending' && canMoveApplication(status, 'no_suitable_berths'),
    extend: status === 'no_suitable_berths' && canMoveApplication(status, 'pending'),
    withdraw: status === 'offer_sent' && offered,
    answer: status === 'offer_sent' && offered,
    returnToQueue: status === 'declined_by_customer' && canMoveApplication(status, 'pending'),
    edit: editScope(status) !== 'none',
    linkCustomer: canLinkCustomer(detail),
  };
}

function toError(r: { error?: unknown }): AppError | null {
  return 'error' in r && r.error ? asAppError(r.error) : null;
}

export function DetailActions({
  detail,
  canWrite,
  onEdit,
  editRef,
}: {
  detail: ApplicationDetail;
  canWrite: boolean;
  /** Opens the edit form; absent while it is open. */
  onEdit?: () => void;
  editRef?: (el: HTMLButtonElement | null) => void;
}) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const suggestionsOpen = useAppSelector((s) => s.ui.suggestionsOpen);
  const [confirming, setConfirming] = useState<Pending>(null);
  const [reason, setReason] = useState('');
  const [linking, setLinking] = useState(false);
  const [markNoSuitable] = useMarkNoSuitableBerthMutation();
  const [extend] = useExtendApplicationMutation();
  const [withdraw] = useWithdrawOfferMutation();
  const [recordAnswer] = useRecordOfferAnswerMutation();
  const [returnToQueue] = useReturnToQueueMutation();

  if (!canWrite) return <p className="read-only-note">{t('detail.readOnly')}</p>;

  const a = availableActions(detail);
  const applicationId = detail.application.id;
  const leaseId = detail.offer?.lease.id ?? '';
  const done = (command: string) => (err: AppError | null) => {
    if (!err) dispatch(announce({ key: 'commands.pending', params: { command } }));
    return err;
  };

  // Each dialog's buttons say what they do (actions.<name>Confirm / <name>Cancel), never a bare "Confirm".
  const dialogs: Record<Exclude<Pending, null>, { text: string; label: string; run: () => Promise<AppError | null>; danger?: boolean }> = {
    noSuitable: {
      text: t('actions.confirmNoSuitable'),
      label: t('actions.noSuitable'),
      run: async () => done('commands.markNoSuitableBerth')(toError(await markNoSuitable({ applicationId }))),
    },
    extend: {
      text: t('actions.confirmExtend'),
      label: t('actions.extend'),
      run: async () => done('commands.extendApplication')(toError(await extend({ applicationId }))),
    },
    withdraw: {
      text: t('actions.confirmWithdraw'),
      label: t('actions.withdraw'),
      danger: true,
      run: async () => done('commands.withdrawOffer')(toError(await withdraw({ applicationId, leaseId, reason: reason.trim() }))),
    },
    accepted: {
      text: t('actions.confirmAccepted'),
      label: t('actions.accepted'),
      run: async () => done('commands.recordOfferAnswer')(toError(await recordAnswer({ applicationId, leaseId, answer: 'accepted' }))),
    },
    declined: {
      text: t('actions.confirmDeclined'),
      label: t('actions.declined'),
      run: async () => done('commands.recordOfferAnswer')(toError(await recordAnswer({ applicationId, leaseId, answer: 'declined' }))),
    },
    returnToQueue: {
      text: t('actions.confirmReturnToQueue'),
      label: t('actions.returnToQueue'),
      run: async () => done('commands.returnToQueue')(toError(await returnToQueue({ applicationId }))),
    },
  };
  const dialog = confirming ? dialogs[confirming] : null;
  const none = !a.suggest && !a.noSuitable && !a.extend && !a.withdraw && !a.answer && !a.returnToQueue && !a.edit && !a.linkCustomer;

  return (
    <div className="detail-actions" role="group" aria-label={t('actions.label')}>
      {a.suggest ? (
        <Button
          size={ButtonSize.Small}
          data-testid="suggest-berths"
          aria-expanded={suggestionsOpen}
          aria-controls="suggestions-panel"
          onClick={() => dispatch(setSuggestionsOpen(!suggestionsOpen))}
        >
          {suggestionsOpen ? t('actions.hideSuggestions') : t('actions.suggest')}
        </Button>
      ) : null}
      {a.edit ? (
        <Button ref={editRef} size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-edit" disabled={!onEdit} onClick={onEdit}>
          {t('applicationEdit.edit')}
        </Button>
      ) : null}
      {a.linkCustomer ? (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-link-customer" onClick={() => setLinking(true)}>
          {t('applicationLink.action')}
        </Button>
      ) : null}
      {a.noSuitable ? (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-no-suitable" onClick={() => setConfirming('noSuitable')}>
          {t('actions.noSuitable')}
        </Button>
      ) : null}
      {a.extend ? (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-extend" onClick={() => setConfirming('extend')}>
          {t('actions.extend')}
        </Button>
      ) : null}
      {a.answer ? (
        <>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-accepted" onClick={() => setConfirming('accepted')}>
            {t('actions.accepted')}
          </Button>
          <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-declined" onClick={() => setConfirming('declined')}>
            {t('actions.declined')}
          </Button>
        </>
      ) : null}
      {a.returnToQueue ? (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Secondary} data-testid="action-return-to-queue" onClick={() => setConfirming('returnToQueue')}>
          {t('actions.returnToQueue')}
        </Button>
      ) : null}
      {a.withdraw ? (
        <Button size={ButtonSize.Small} variant={ButtonVariant.Danger} data-testid="action-withdraw" onClick={() => setConfirming('withdraw')}>
          {t('actions.withdraw')}
        </Button>
      ) : null}
      {none ? <p className="muted">–</p> : null}
      {linking ? <LinkCustomerDialog detail={detail} onClose={() => setLinking(false)} /> : null}
      {dialog && confirming ? (
        <ConfirmDialog
          isOpen
          title={dialog.label}
          text={dialog.text}
          confirmLabel={t(`actions.${confirming}Confirm`)}
          cancelLabel={t(`actions.${confirming}Cancel`)}
          variant={dialog.danger ? 'danger' : 'primary'}
          onConfirm={dialog.run}
          onClose={() => {
            setConfirming(null);
            setReason('');
          }}
          testId="action-dialog"
          confirmTestId="action-confirm"
        >
          {confirming === 'withdraw' ? (
            <TextAreaWithCounter id="withdraw-reason" label={t('actions.withdrawReason')} value={reason} max={LONG_TEXT_MAX} onValueChange={setReason} />
          ) : null}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
