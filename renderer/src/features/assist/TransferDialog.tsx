import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueTicket } from '../../../../domain/assist/entities.ts';
import { commandError } from '../../api/command-error.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { localized } from '../../format/format.ts';
import { asLanguage } from '../../format/locale.ts';
import { useAppDispatch } from '../../store/store.ts';
import { announce } from '../../store/ui-slice.ts';
import type { AsContext } from './as-context.ts';
import { useAsTransferMutation } from './assist-api.ts';

/** Sends a ticket to another service point's queue; it keeps its place in time there. */
export function TransferDialog({ ctx, ticket, onClose }: { ctx: AsContext; ticket: QueueTicket; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = asLanguage(i18n.language);
  const dispatch = useAppDispatch();
  const [transfer] = useAsTransferMutation();
  const targets = ctx.servicePoints.filter((p) => p.id !== ctx.servicePoint.id && p.active);
  const [to, setTo] = useState(targets[0]?.id ?? '');
  const target = targets.find((p) => p.id === to);
  return (
    <ConfirmDialog
      isOpen
      title={t('assist.transfer.title', { label: ticket.label })}
      text={t('assist.transfer.text')}
      confirmLabel={t('assist.transfer.confirm')}
      testId="as-transfer-dialog"
      confirmTestId="as-transfer-confirm"
      confirmDisabled={!target}
      blockedReason={t('assist.transfer.noTargets')}
      onClose={onClose}
      onConfirm={async () => {
        const err = commandError(await transfer({ ticketId: ticket.id, toServicePointId: to }));
        if (!err && target) dispatch(announce({ key: 'assist.transfer.done', params: { label: ticket.label, to: localized(target.name, lang) } }));
        return err;
      }}
    >
      {targets.length > 0 ? <SelectField id="as-transfer-to" label={t('assist.transfer.to')} value={to} onChange={setTo} options={targets.map((p) => ({ value: p.id, label: localized(p.name, lang) }))} /> : null}
    </ConfirmDialog>
  );
}
